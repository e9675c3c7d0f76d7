/* gearshift: the pass that instruments a translation unit.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   One SIMPLE_IPA_PASS, inserted after build_ssa_passes: every function
   of the unit is in SSA form and nothing is inlined yet, so each body
   is still the source function, with source-level variables, and the
   call graph is complete (GCC-NOTES Q1).  Per unit it:
   1. renames main to __gearshift_main (the runtime's main calls it, so
      that a fully unwound stack returns to the runtime);
   2. decides which functions can be instrumented (gs-support.cc) and
      which can recurse (see find_recursion);
   3. instruments each function: points, checks, liveness, frame, save
      paths;
   4. makes each function's low-gear clone (gs-clone.cc);
   5. emits the metadata;
   6. keeps GCC from cloning or splitting instrumented functions and
      their clones (see keep_whole) and from inlining uninstrumented
      functions that make calls into instrumented ones (a callee that
      unwound would return into code without a check).  */

#include "gs-plugin.h"

namespace {

const pass_data pass_data_gearshift =
{
  SIMPLE_IPA_PASS,		/* type */
  "gearshift",			/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_NONE,			/* tv_id */
  PROP_ssa | PROP_cfg,		/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0,				/* todo_flags_finish */
};

class pass_gearshift : public simple_ipa_opt_pass
{
public:
  pass_gearshift (gcc::context *ctxt)
    : simple_ipa_opt_pass (pass_data_gearshift, ctxt)
  {}

  virtual bool gate (function *) { return !seen_error (); }
  virtual unsigned int execute (function *);
};

} // anon namespace

/* Whether a call through a pointer of function type FNTYPE can reach
   FN, as far as types tell: C calls a function only through a pointer of
   a compatible type, so their parameters and results must be alike.
   Loosely (any pointer is like any other, an integer like one of its
   mode; no prototype or variadic: alike), so as to err towards a cycle
   (which costs a check at entry) rather than miss one.  */

static bool
call_may_reach_p (tree fntype, tree fn)
{
  tree type = TREE_TYPE (fn);
  if (!fntype || !prototype_p (fntype) || !prototype_p (type)
      || stdarg_p (fntype) || stdarg_p (type))
    return true;
  auto alike = [] (tree a, tree b)
    {
      if (POINTER_TYPE_P (a) || POINTER_TYPE_P (b))
	return POINTER_TYPE_P (a) && POINTER_TYPE_P (b);
      return (TREE_CODE (a) == TREE_CODE (b)
	      && TYPE_MODE (a) == TYPE_MODE (b));
    };
  if (!alike (TREE_TYPE (fntype), TREE_TYPE (type)))
    return false;
  tree a = TYPE_ARG_TYPES (fntype), b = TYPE_ARG_TYPES (type);
  for (; a && b; a = TREE_CHAIN (a), b = TREE_CHAIN (b))
    if (!alike (TREE_VALUE (a), TREE_VALUE (b)))
      return false;
  return !a && !b;
}

/* Tarjan's strongly connected components over the calls among the
   functions of UNIT: the direct calls, and, when WITH_INDIRECT, every
   call through a pointer as an edge to every function of the unit whose
   address is taken and whose type allows it (call_may_reach_p).  Each
   function's component goes to COMP; without WITH_INDIRECT, members of
   cycles are marked recursive.  */

struct scc_state
{
  hash_map<cgraph_node *, int> index, low, comp;
  auto_vec<cgraph_node *> stack;
  hash_set<cgraph_node *> on_stack;
  hash_map<cgraph_node *, gs_function *> *fn_of;
  const vec<cgraph_node *> *escaping;	/* Address taken.  */
  bool with_indirect;
  int counter;
};

static void
scc_visit (scc_state *s, cgraph_node *n)
{
  s->index.put (n, s->counter);
  s->low.put (n, s->counter);
  s->counter++;
  s->stack.safe_push (n);
  s->on_stack.add (n);

  auto_vec<cgraph_node *> succs;
  for (cgraph_edge *e = n->callees; e; e = e->next_callee)
    {
      cgraph_node *m = e->callee->ultimate_alias_target ();
      if (s->fn_of->get (m))
	succs.safe_push (m);
    }
  if (s->with_indirect)
    for (cgraph_edge *e = n->indirect_calls; e; e = e->next_callee)
      for (cgraph_node *m : *s->escaping)
	if (call_may_reach_p (gimple_call_fntype (e->call_stmt), m->decl))
	  succs.safe_push (m);

  bool self = false;
  for (cgraph_node *m : succs)
    {
      self |= m == n;
      if (!s->index.get (m))
	{
	  scc_visit (s, m);
	  int lm = *s->low.get (m);
	  if (lm < *s->low.get (n))
	    s->low.put (n, lm);
	}
      else if (s->on_stack.contains (m))
	{
	  int im = *s->index.get (m);
	  if (im < *s->low.get (n))
	    s->low.put (n, im);
	}
    }
  if (*s->low.get (n) == *s->index.get (n))
    {
      cgraph_node *m;
      int size = 0;
      auto_vec<cgraph_node *> members;
      do
	{
	  m = s->stack.pop ();
	  s->on_stack.remove (m);
	  s->comp.put (m, *s->index.get (n));
	  members.safe_push (m);
	  size++;
	}
      while (m != n);
      if (!s->with_indirect && (size > 1 || self))
	for (cgraph_node *c : members)
	  (*s->fn_of->get (c))->recursive = true;
    }
}

/* Whether the current function is a small wrapper: no loop, a few
   statements, and every call through a pointer in tail position, so
   that once that call has no point (gs-points.cc) GCC inlines it as it
   does the plain function, unless it gets an entry point.  */

static bool
wrapper_p (void)
{
  const unsigned most = 16;
  unsigned n = 0;
  basic_block bb;
  mark_dfs_back_edges ();
  FOR_EACH_BB_FN (bb, cfun)
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e->flags & EDGE_DFS_BACK)
	  return false;
      for (gimple_stmt_iterator gsi = gsi_start_nondebug_bb (bb);
	   !gsi_end_p (gsi); gsi_next_nondebug (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (++n > most)
	    return false;
	  if (is_gimple_call (stmt) && !gimple_call_fndecl (stmt)
	      && !gimple_call_internal_p (stmt) && !gs_tail_call_p (stmt))
	    return false;
	}
    }
  return true;
}

/* Mark the functions of UNIT that can recurse, so that a point at their
   entry breaks every cycle of calls that has no other point: members of
   a cycle of direct calls, and functions making a call through a
   pointer that can reach a function of the unit that can call them
   back (a cycle through such a call passes its caller; C calls a
   function only through a pointer of a compatible type, so the call
   reaches only functions whose address is taken and whose type is
   alike).  When that caller is a small wrapper (wrapper_p), the
   functions it can reach in the cycle get the entry point instead: they
   are called through pointers, which GCC does not inline anyway, and
   the wrapper stays as cheap as the plain one (SQLite's sqlite3PagerGet
   and sqlite3PcacheFetch).  A cycle through code outside the unit (a callback from a
   library or another file) is not seen: an update then waits for a
   point elsewhere on it, as it waits for the C library.  */

static void
find_recursion (gs_unit *unit)
{
  hash_map<cgraph_node *, gs_function *> fn_of;
  auto_vec<cgraph_node *> escaping;
  for (gs_function *gf : unit->fns)
    {
      fn_of.put (gf->node, gf);
      if (gf->node->address_taken)
	escaping.safe_push (gf->node);
    }

  for (int with_indirect = 0; with_indirect < 2; with_indirect++)
    {
      scc_state s;
      s.fn_of = &fn_of;
      s.escaping = &escaping;
      s.with_indirect = with_indirect;
      s.counter = 1;
      for (gs_function *gf : unit->fns)
	if (!s.index.get (gf->node))
	  scc_visit (&s, gf->node);
      if (!with_indirect)
	continue;
      for (gs_function *gf : unit->fns)
	{
	  int c = *s.comp.get (gf->node);
	  int wrapper = -1;	/* Not looked at yet: only if it closes a
				   cycle.  */
	  for (cgraph_edge *e = gf->node->indirect_calls;
	       e && !gf->recursive; e = e->next_callee)
	    for (cgraph_node *m : escaping)
	      if (*s.comp.get (m) == c
		  && call_may_reach_p (gimple_call_fntype (e->call_stmt),
				       m->decl))
		{
		  if (wrapper < 0)
		    {
		      push_cfun (DECL_STRUCT_FUNCTION (gf->decl));
		      wrapper = wrapper_p ();
		      pop_cfun ();
		    }
		  /* A wrapper calling itself through a pointer marks
		     itself all the same.  */
		  gs_function *mark = wrapper ? *fn_of.get (m) : gf;
		  mark->recursive = true;
		  if (!wrapper)
		    break;
		}
	}
    }
}

/* Forget the points found for GF.  */

static void
free_points (gs_function *gf)
{
  for (gs_point *p : gf->points)
    {
      free (p->label);
      p->live.release ();
      p->fields.release ();
      free (p);
    }
  gf->points.release ();
  for (char *label : gf->exempt)
    free (label);
  gf->exempt.release ();
}

/* Leave alone the functions of UNIT that can never be part of a captured
   stack: no update point of their own, and no call that could unwind (to
   a function defined elsewhere, through a pointer, or to a function of
   the unit that can).  They need no metadata, no low-gear clone, and
   their callers no check after calling them; and keeping them out of
   the metadata, which would hold their address, leaves GCC free to
   inline them (KissFFT's butterflies: each loop counted and call-free,
   so exempt under points=auto).  Those that pointers may reach stay in
   the metadata, bare (gs_function.bare), for an update to redirect
   their entries: functions whose address is taken here, and public
   ones, whose address another unit may take.  */

static void
drop_needless (gs_unit *unit)
{
  unsigned n = unit->fns.length ();
  hash_map<tree, unsigned> index;
  for (unsigned i = 0; i < n; i++)
    index.put (unit->fns[i]->decl, i);

  /* Plan each function's points, as gs_find_points will, and what its
     call points call.  */
  auto_vec<bool> unwinds;
  auto_vec<vec<unsigned> > callees;
  unwinds.safe_grow_cleared (n);
  callees.safe_grow_cleared (n);
  FILE *dump = dump_file;
  dump_file = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      gs_function *gf = unit->fns[i];
      push_cfun (DECL_STRUCT_FUNCTION (gf->decl));
      gs_find_points (unit, gf, true);
      for (gs_point *p : gf->points)
	{
	  tree callee = (p->kind == GS_POINT_CALL
			 ? gimple_call_fndecl (p->stmt) : NULL_TREE);
	  unsigned *j = callee ? index.get (callee) : NULL;
	  if (p->kind != GS_POINT_CALL || !j)
	    unwinds[i] = true;
	  else
	    callees[i].safe_push (*j);
	}
      /* Keep the exemptions for the dump of a function left alone.  */
      auto_vec<char *> exempt;
      for (char *label : gf->exempt)
	exempt.safe_push (xstrdup (label));
      free_points (gf);
      gf->exempt = exempt.copy ();
      pop_cfun ();
    }
  dump_file = dump;

  /* A function can unwind if it calls one that can.  */
  for (bool changed = true; changed;)
    {
      changed = false;
      for (unsigned i = 0; i < n; i++)
	if (!unwinds[i])
	  for (unsigned j : callees[i])
	    if (unwinds[j])
	      {
		unwinds[i] = changed = true;
		break;
	      }
    }

  unsigned kept = 0;
  for (unsigned i = 0; i < n; i++)
    {
      gs_function *gf = unit->fns[i];
      /* A function that pointers may reach stays known to the runtime,
	 which redirects its entry when the program is updated.  */
      bool reachable = (gf->node->address_taken
			|| (TREE_PUBLIC (gf->decl)
			    && !DECL_EXTERNAL (gf->decl)));
      gf->bare = !unwinds[i];
      if (gf->bare && dump_file)
	{
	  fprintf (dump_file, "function %s: not instrumented: no need (no "
		   "update point, no call that can unwind)%s\n",
		   IDENTIFIER_POINTER (DECL_NAME (gf->decl)),
		   !reachable ? ""
		   : gf->node->address_taken
		   ? "; in the metadata, as its address is taken"
		   : "; in the metadata, as it is public");
	  for (char *label : gf->exempt)
	    fprintf (dump_file, "  exempt %s\n", label);
	}
      for (char *label : gf->exempt)
	free (label);
      gf->exempt.release ();
      if (gf->bare)
	{
	  unit->instrumented->remove (gf->decl);
	  unit->uninstrumented->add (gf->decl);
	}
      /* With unwind=eh, it throws when it unwinds; GCC's first nothrow
	 discovery (pass_nothrow) ran before it had any point.  */
      else if (gs_opts.unwind_eh)
	gf->node->set_nothrow_flag (false);
      if (gf->bare && !reachable)
	{
	  free (gf);
	  continue;
	}
      gf->index = kept;
      unit->fns[kept++] = gf;
    }
  unit->fns.truncate (kept);
  for (vec<unsigned> &c : callees)
    c.release ();
}

/* Whether the current function makes a call that could reach
   instrumented code.  */

static bool
makes_calls_p (void)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi))
	  && !gimple_call_internal_p (gsi_stmt (gsi))
	  && !gimple_call_builtin_p (gsi_stmt (gsi), BUILT_IN_NORMAL))
	return true;
  return false;
}

/* Rename the program's main, if this unit defines it.  */

static void
rename_main (void)
{
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (DECL_NAME (node->decl) && MAIN_NAME_P (DECL_NAME (node->decl))
	&& TREE_PUBLIC (node->decl) && !decl_function_context (node->decl))
      {
	symtab->change_decl_assembler_name (node->decl,
					    get_identifier ("__gearshift_main"));
      }
}

/* Push to STMTS every statement but debug ones of every function of
   the unit with a GIMPLE body.  */

void
gs_body_statements (vec<gimple *> *stmts)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      function *fn = DECL_STRUCT_FUNCTION (node->decl);
      if (!fn || !fn->cfg)
	continue;
      basic_block bb;
      FOR_EACH_BB_FN (bb, fn)
	for (gimple_stmt_iterator gsi = gsi_start_nondebug_bb (bb);
	     !gsi_end_p (gsi); gsi_next_nondebug (&gsi))
	  stmts->safe_push (gsi_stmt (gsi));
    }
}

/* Push to NODES the unit's functions with a body of their own (not
   clones, nor copies inlined), in the call graph's order.  */

void
gs_function_bodies (vec<cgraph_node *> *nodes)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    if (!node->clone_of && !node->inlined_to)
      nodes->safe_push (node);
}

/* Keep GCC from cloning the function DECL, as the runtime recognises
   frames by the start address of their function: IPA-CP, IPA-SRA and
   function splitting would make copies the runtime has never heard of
   (noclone).  Hot/cold partitioning may split it: the metadata records
   where its cold part starts (gs_fill_cold_address).  */

static void
keep_whole (tree decl)
{
  DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("noclone"), NULL_TREE,
				      DECL_ATTRIBUTES (decl));
}

/* Reserve GS_REDIRECT_AREA bytes of nops before the entry of GF's body,
   never executed, for the jump to its successor that an update writes
   there (runtime/redirect.c): calls made through pointers held
   anywhere, or from old code, then reach the new version.  Not where
   the user asked for an area of another kind.  */

static void
reserve_redirect_area (gs_function *gf)
{
  if (lookup_attribute ("patchable_function_entry",
			DECL_ATTRIBUTES (gf->decl))
      || flag_patchable_function_entry)
    return;
  tree size = build_int_cst (integer_type_node, GS_REDIRECT_AREA);
  tree args = tree_cons (NULL_TREE, size, tree_cons (NULL_TREE, size,
						      NULL_TREE));
  DECL_ATTRIBUTES (gf->decl)
    = tree_cons (get_identifier ("patchable_function_entry"), args,
		 DECL_ATTRIBUTES (gf->decl));
  /* Aligned to 8 bytes at least (also at -Os, which aligns nothing),
     so that the jump's target, the area's last 8 bytes, which a later
     update rewrites while old code may jump through it, is written in
     one store.  Not a user alignment: -falign-functions still counts.  */
  if (DECL_ALIGN (gf->decl) < 64)
    SET_DECL_ALIGN (gf->decl, 64);
  gf->redirectable = true;
}

/* The runtime's volatile int NAME.  Volatile, so that LIM cannot hoist
   its load out of a loop (GCC-NOTES Q3).  */

static tree
runtime_var (const char *name)
{
  tree var = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
			 build_qualified_type (integer_type_node,
					       TYPE_QUAL_VOLATILE));
  TREE_PUBLIC (var) = 1;
  DECL_EXTERNAL (var) = 1;
  TREE_THIS_VOLATILE (var) = 1;
  return var;
}

/* The runtime's thread-local pointer NAME, in the initial-exec model:
   the runtime is loaded with the program, so even an update object can
   reach it without a call to __tls_get_addr.  */

static tree
runtime_tls_var (const char *name)
{
  tree var = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
			 ptr_type_node);
  TREE_PUBLIC (var) = 1;
  DECL_EXTERNAL (var) = 1;
  set_decl_tls_model (var, TLS_MODEL_INITIAL_EXEC);
  return var;
}

/* The runtime's function NAME of TYPE, which never calls back into
   this unit (leaf) and, if COLD, is called only on cold paths.  FNSPEC,
   if not null, is GCC's internal "fn spec" of the function (see GCC's
   attr-fnspec.h): what it does to the memory the unit can see.  */

static tree
runtime_fn (const char *name, tree type, bool cold,
	    const char *fnspec = NULL)
{
  bool novops = fnspec && fnspec[1] == 'c';
  if (fnspec)
    type = build_type_attribute_variant
	     (type, tree_cons (get_identifier ("fn spec"),
			       build_tree_list (NULL_TREE,
						build_string (strlen (fnspec),
							      fnspec)),
			       TYPE_ATTRIBUTES (type)));
  tree decl = build_fn_decl (name, type);
  tree attrs = tree_cons (get_identifier ("leaf"), NULL_TREE, NULL_TREE);
  if (cold)
    attrs = tree_cons (get_identifier ("cold"), NULL_TREE, attrs);
  DECL_ATTRIBUTES (decl) = attrs;
  /* A call that touches no memory of the unit's gets no virtual
     operands: LIM takes any call with them in a loop for one that may
     write all memory, and then moves nothing into or out of the loop.  */
  DECL_IS_NOVOPS (decl) = novops;
  return decl;
}

/* In a shared object (a new version of the program, loaded beside the
   running one and after libc), prepare the unit's definitions for the
   runtime (runtime/swap.c):
   - functions bind to themselves: otherwise a call to step () or a
     reference to main would resolve to the executable's or libc's
     symbol of that name first.  Protected visibility keeps them
     exported;
   - variables are reached through the GOT, whose entries the runtime
     re-points to the running version's variables, so that they keep
     their address: public ones are already, with default visibility
     (protected data would be relaxed by the linker to direct access);
     statics are made public under a name of their own
     ("__gs_static.FILE.HASH.NAME", HASH that of the source's absolute
     path: two files of one base name in different directories each
     keep theirs), which puts them there too.  Constants
     as well: an address is an identity in C (a method table, a name
     string, a sentinel), and a pointer to the running version's
     constant must compare equal to the new version's address of it.
     GCC still folds reads of a const variable with an initializer
     when it is public (varpool_node::ctor_useable_for_folding_p).  */

static void
prepare_shared_object (void)
{
  if (!flag_shlib)
    return;
  cgraph_node *fn;
  FOR_EACH_DEFINED_FUNCTION (fn)
    if (TREE_PUBLIC (fn->decl) && !DECL_EXTERNAL (fn->decl)
	&& DECL_VISIBILITY (fn->decl) == VISIBILITY_DEFAULT
	&& !DECL_WEAK (fn->decl))
      {
	DECL_VISIBILITY (fn->decl) = VISIBILITY_PROTECTED;
	DECL_VISIBILITY_SPECIFIED (fn->decl) = 1;
      }
  const char *src = main_input_filename;
  char *path = (IS_ABSOLUTE_PATH (src) ? xstrdup (src)
		: concat (get_src_pwd (), "/", src, NULL));
  hashval_t where = htab_hash_string (path);
  free (path);
  varpool_node *var;
  FOR_EACH_DEFINED_VARIABLE (var)
    {
      tree decl = var->decl;
      if (TREE_PUBLIC (decl) || DECL_ARTIFICIAL (decl) || !DECL_NAME (decl)
	  || DECL_THREAD_LOCAL_P (decl)
	  || DECL_HARD_REGISTER (decl) || DECL_EXTERNAL (decl))
	continue;
      char *own = gs_static_name (decl, ".");
      char *name = xasprintf ("__gs_static.%s.%08x.%s", lbasename (src),
			      (unsigned) where, own);
      free (own);
      /* The assembler takes letters, digits, '_' and '.' in a name.  */
      for (char *c = name; *c; c++)
	if (!ISALNUM (*c) && *c != '_' && *c != '.')
	  *c = '_';
      TREE_PUBLIC (decl) = 1;
      DECL_VISIBILITY (decl) = VISIBILITY_DEFAULT;
      var->externally_visible = true;
      var->resolution = LDPR_UNKNOWN;
      symtab->change_decl_assembler_name (decl, get_identifier (name));
      free (name);
    }
}

/* Print GF's points and frame to the dump file.  */

static void
dump_function (gs_function *gf)
{
  unsigned size = (gf->frame_type
		   ? tree_to_uhwi (TYPE_SIZE_UNIT (gf->frame_type)) : 0);
  fprintf (dump_file, "function %s: instrumented, %u points, frame %u bytes"
	   "%s%s\n", IDENTIFIER_POINTER (DECL_NAME (gf->decl)),
	   gf->points.length (), size, gf->recursive ? ", recursive" : "",
	   gf->passes ? ", passes" : "");
  for (char *label : gf->exempt)
    fprintf (dump_file, "  exempt %s\n", label);
  for (gs_field &f : gf->fields)
    {
      char *type = gs_type_name (f.type), *lay = gs_type_layout (f.type);
      fprintf (dump_file, "  field %s: %s [%s] offset %u%s%s%s%s%s%s\n",
	       f.name, type, lay, (unsigned) int_byte_position (f.field_decl),
	       f.flags & GS_FIELD_PARM ? " parm" : "",
	       f.flags & GS_FIELD_MEMORY ? " memory" : "",
	       f.flags & GS_FIELD_TEMP ? " temp" : "",
	       f.flags & GS_FIELD_INDIRECT ? " indirect" : "",
	       f.flags & GS_FIELD_SIDE ? " side" : "",
	       f.flags & GS_FIELD_ARGUMENT ? " argument" : "");
      free (type);
      free (lay);
    }
  for (gs_point *p : gf->points)
    {
      expanded_location x = expand_location (p->loc);
      fprintf (dump_file, "  point %u %s kind=%s line %d:", p->id, p->label,
	       gs_point_kind_name (p->kind), x.line);
      for (unsigned j = 0; j < p->fields.length (); j++)
	fprintf (dump_file, " %s", gf->fields[p->fields[j]].name);
      fprintf (dump_file, "\n");
    }
}

/* Instrument GF, whose body is the current function.  */

static void
instrument_function (gs_unit *unit, gs_function *gf)
{
  /* Loop analysis and update_ssa trace into whatever dump file is open;
     keep ours to what this pass decides.  */
  FILE *dump = dump_file;
  dump_file = NULL;
  gs_move_to_side_stack (unit, gf);
  gs_find_points (unit, gf, false);
  gs_insert_checks (unit, gf);
  gs_compute_liveness (unit, gf);
  for (gs_field &f : gf->fields)
    if ((f.flags & GS_FIELD_PARM) && unit->passed_again->contains (f.key))
      f.flags |= GS_FIELD_ARGUMENT;
  gs_layout_frame (gf);
  gs_fill_save_paths (unit, gf);
  cgraph_edge::rebuild_edges ();
  dump_file = dump;
  if (dump_file)
    dump_function (gf);
  if (gs_opts.verbose)
    inform (DECL_SOURCE_LOCATION (gf->decl),
	    "gearshift: %qD instrumented: %u update point%s, frame of %u bytes",
	    gf->decl, gf->points.length (),
	    gf->points.length () == 1 ? "" : "s",
	    gf->frame_type
	    ? (unsigned) tree_to_uhwi (TYPE_SIZE_UNIT (gf->frame_type)) : 0);
}

/* Decide which functions of the unit to instrument, before changing
   anything: instrumenting adds functions' calls to the runtime, and the
   set must not move under us.  Fill UNIT's function list and its sets
   of instrumented and uninstrumented functions, warning about those
   left alone for a reason the user can act on.  */

static void
choose_functions (gs_unit *unit)
{
  auto_vec<cgraph_node *> nodes;
  gs_function_bodies (&nodes);
  for (cgraph_node *n : nodes)
    {
      push_cfun (DECL_STRUCT_FUNCTION (n->decl));
      location_t loc;
      bool quiet = false;
      const char *why = (DECL_EXTERNAL (n->decl) ? ""
			 : gs_unsupported_reason (n, &loc, &quiet));
      if (why)
	{
	  /* A build with -Werror must still build: then a note.  */
	  if (*why && !quiet && global_dc->warning_as_error_requested)
	    inform (loc, "gearshift: %qD is not instrumented: %s", n->decl,
		    why);
	  else if (*why && !quiet)
	    warning_at (loc, 0, "gearshift: %qD is not instrumented: %s",
			n->decl, why);
	  else if (*why && gs_opts.verbose)
	    inform (loc, "gearshift: %qD is not instrumented: %s; an update "
		    "waits until it returns", n->decl, why);
	  if (dump_file)
	    fprintf (dump_file, "function %s: not instrumented: %s\n",
		     n->name (), *why ? why : "no need");
	  unit->uninstrumented->add (n->decl);
	  /* Inlined, its calls would lose their unwind points.  But an
	     inline-only body (gnu_inline, C99 inline) or an always_inline
	     function must stay inlinable, or GCC refuses the program:
	     calls made inside those are not unwind points.  */
	  if (makes_calls_p () && !DECL_EXTERNAL (n->decl)
	      && !lookup_attribute ("always_inline",
				    DECL_ATTRIBUTES (n->decl)))
	    DECL_UNINLINABLE (n->decl) = 1;
	}
      else
	{
	  gs_function *gf = XCNEW (gs_function);
	  gf->node = n;
	  gf->decl = n->decl;
	  gf->index = unit->fns.length ();
	  unit->fns.safe_push (gf);
	  unit->instrumented->add (n->decl);
	}
      pop_cfun ();
    }
}

/* Declare in UNIT what the instrumented code uses of the runtime.  */

static void
declare_runtime (gs_unit *unit)
{
  unit->flag_decl = runtime_var ("__gearshift_flag");
  unit->restoring_decl = runtime_var ("__gearshift_restoring");
  /* The push, the side stack's allocation and its release touch no
     memory of the program's, nor errno (the runtime keeps it): only the
     runtime's own state, which the unit cannot see ("c"); the first two
     return memory that no pointer of the program's reaches yet ("m"),
     and the metadata is only read ("r").  Without this, a push in a loop
     (on the cold path, but the loop goes on when the push declines) would
     count as a call that may write any global and read any memory: GCC
     could no longer keep a global in a register across the loop, or
     hoist a load out of it (csmith seed 1060: 2.5 times slower).  The
     barrier on the path that saves makes memory exact where it must be.
     The pop and the rest run once per frame of a reconstruction: the
     default, "anything", is right for them.  */
  unit->push_decl = runtime_fn ("__gearshift_push_frame",
				build_function_type_list
				(ptr_type_node, const_ptr_type_node,
				 unsigned_type_node, unsigned_type_node,
				 NULL_TREE), true, "mcr . . ");
  /* With unwind=eh, the point that starts a capture throws: noreturn,
     and not nothrow.  */
  unit->unwind_decl = runtime_fn ("__gearshift_unwind",
				  build_function_type_list (void_type_node,
							    NULL_TREE),
				  true);
  TREE_THIS_VOLATILE (unit->unwind_decl) = 1;
  TREE_NOTHROW (unit->unwind_decl) = 0;
  unit->pop_decl = runtime_fn ("__gearshift_pop_frame",
			       build_function_type_list
			       (ptr_type_node, const_ptr_type_node, NULL_TREE),
			       true);
  unit->popped_point_decl = runtime_fn ("__gearshift_popped_point",
					build_function_type_list
					(unsigned_type_node, NULL_TREE), true);
  unit->next_low_decl = runtime_fn ("__gearshift_next_low",
				    build_function_type_list (ptr_type_node,
							      NULL_TREE),
				    true);
  /* The side block also holds no pointer yet, and the release neither
     reads the block nor lets it escape ("R").  */
  unit->side_alloc_decl = runtime_fn ("__gearshift_side_alloc",
				      build_function_type_list
				      (ptr_type_node, size_type_node,
				       NULL_TREE), false, "mc. ");
  DECL_ATTRIBUTES (unit->side_alloc_decl)
    = tree_cons (get_identifier ("returns_nonnull"), NULL_TREE,
		 DECL_ATTRIBUTES (unit->side_alloc_decl));
  unit->side_release_decl = runtime_fn ("__gearshift_side_release",
					build_function_type_list
					(void_type_node, ptr_type_node,
					 NULL_TREE), false, ".cR ");
  unit->side_top_decl = runtime_tls_var ("__gearshift_side_top");
  unit->side_end_decl = runtime_tls_var ("__gearshift_side_end");
}

/* Give every instrumented function of UNIT its low-gear clone (made
   outside push_cfun) with its way back in, and finish the side stack
   of both bodies.  */

static void
make_low_gear (gs_unit *unit)
{
  for (gs_function *gf : unit->fns)
    if (gf->bare)
      continue;
    else if (gs_make_low_clone (gf))
      unit->low_of->put (gf->decl, gf->low);
    else if (global_dc->warning_as_error_requested)
      inform (DECL_SOURCE_LOCATION (gf->decl),
	      "gearshift: %qD has no low-gear clone (GCC cannot copy it); an "
	      "update can capture it but not resume it", gf->decl);
    else
      warning_at (DECL_SOURCE_LOCATION (gf->decl), 0,
		  "gearshift: %qD has no low-gear clone (GCC cannot copy it);"
		  " an update can capture it but not resume it", gf->decl);
  for (gs_function *gf : unit->fns)
    {
      if (gf->bare)
	continue;
      if (gf->low)
	{
	  push_cfun (DECL_STRUCT_FUNCTION (gf->low));
	  FILE *dump = dump_file;
	  dump_file = NULL;
	  gs_add_restore_path (unit, gf);
	  gs_inline_side_stack (unit, false);
	  if (gs_opts.gear == GS_GEAR_LOW)
	    gs_redirect_to_low (unit);
	  cgraph_edge::rebuild_edges ();
	  dump_file = dump;
	  pop_cfun ();
	}
      /* The high-gear body (and so the copies made of it below) never
	 restores a frame: its side stack can be all inline.  */
      push_cfun (DECL_STRUCT_FUNCTION (gf->decl));
      gs_rematerialize_side_pointers (gf);
      gs_inline_side_stack (unit, true);
      if (gs_opts.gear == GS_GEAR_LOW)
	gs_redirect_to_low (unit);
      cgraph_edge::rebuild_edges ();
      pop_cfun ();
    }
  gs_copy_callees_for_low (unit);
}

unsigned int
pass_gearshift::execute (function *)
{
  gs_unit unit;
  memset (&unit, 0, sizeof unit);
  unit.instrumented = new hash_set<tree>;
  unit.uninstrumented = new hash_set<tree>;
  unit.entry_points = new hash_set<tree>;
  unit.low_of = new hash_map<tree, tree>;

  rename_main ();
  prepare_shared_object ();
  gs_canonical_addresses ();
  gs_find_heap_types (&unit);
  choose_functions (&unit);

  /* Where points go: entries of functions that can recurse, then what
     each function's points need (functions that cannot be on a
     captured stack are left alone).  */
  find_recursion (&unit);
  if (gs_opts.points != GS_POINTS_MANUAL)
    for (gs_function *gf : unit.fns)
      if (gf->recursive)
	unit.entry_points->add (gf->decl);
  drop_needless (&unit);
  gs_find_parms_passed_again (&unit);

  gs_build_meta_types (&unit);
  declare_runtime (&unit);
  gs_route_allocations (&unit);
  for (gs_function *gf : unit.fns)
    if (!gf->bare)
      {
	push_cfun (DECL_STRUCT_FUNCTION (gf->decl));
	instrument_function (&unit, gf);
	pop_cfun ();
      }
  make_low_gear (&unit);
  for (gs_function *gf : unit.fns)
    {
      reserve_redirect_area (gf);
      for (gs_point *p : gf->points)
	if (p->kind == GS_POINT_LOOP)
	  gs_note_loop_point (gf->index, p->id);
    }
  gs_emit_metadata (&unit);

  for (gs_function *gf : unit.fns)
    if (!gf->bare)
      {
	keep_whole (gf->decl);
	if (gf->low)
	  keep_whole (gf->low);
	if (gf->copy)
	  keep_whole (gf->copy);
      }

  delete unit.passed_again;
  delete unit.low_of;
  delete unit.entry_points;
  delete unit.instrumented;
  delete unit.uninstrumented;
  unit.fns.release ();
  unit.heap_types.release ();
  return 0;
}

/* Create the pass, for plugin_init.  */

opt_pass *
gs_make_pass (gcc::context *ctxt)
{
  return new pass_gearshift (ctxt);
}
