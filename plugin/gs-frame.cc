/* gearshift: which variables are live at each point; the frame layout.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Runs after gs_insert_checks, on the function's SSA form.  A point
   saves what the rest of the function can still read there:

   - register variables: the SSA names live on the edge from the check
     block to the continuation, computed by a backward dataflow over SSA
     versions (use/def per block, PHI arguments on their edges).  Each
     name stands for its variable's value at the point.  Default
     definitions of locals are undefined values and are not saved; a
     call point does not save its own result, which the callee will
     produce again when it resumes.
   - memory variables (aggregates, arrays): every one whose scope is open
     at the point, from compute_live_vars (tree-ssa-live.cc), which
     tracks scopes by their first mention and their end-of-scope
     clobbers.  They are copied whole.
   - address-taken variables live on the side stack (gs-side.cc): the
     pointer to each is an SSA name like any other, saved when live, in
     a field flagged GS_FIELD_INDIRECT and named after the variable.

   Source-level variables get one field each (named, parameters first,
   then locals in declaration order; a shadowed name gets ".1", ".2").
   Compiler temporaries live across a point (the result of f () in
   f () + g (), at the call of g) get anonymous fields flagged
   GS_FIELD_TEMP: the runtime needs them to resume, users never see
   them.  The frame is a RECORD_TYPE built with finish_builtin_struct,
   so its layout is the C layout of those fields.  */

#include "gs-plugin.h"

/* Whether DECL is a variable the user wrote (not a temporary).  */

static bool
user_decl_p (tree decl)
{
  return (decl && (TREE_CODE (decl) == VAR_DECL
		   || TREE_CODE (decl) == PARM_DECL)
	  && DECL_NAME (decl) && !DECL_ARTIFICIAL (decl)
	  && !DECL_IGNORED_P (decl));
}

/* Per-block sets of SSA versions for the liveness dataflow.  */
struct ssa_live
{
  bitmap_obstack obstack;
  vec<bitmap> use, def, in;
};

/* Fill USE and DEF of BB in L.  PHI results are defs; PHI arguments are
   counted on their edges (see live_on_edge), not here.  */

static void
collect_use_def (ssa_live *l, basic_block bb)
{
  bitmap use = l->use[bb->index], def = l->def[bb->index];
  for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      tree res = gimple_phi_result (gsi.phi ());
      if (!virtual_operand_p (res))
	bitmap_set_bit (def, SSA_NAME_VERSION (res));
    }
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      ssa_op_iter it;
      tree op;
      FOR_EACH_SSA_TREE_OPERAND (op, stmt, it, SSA_OP_USE)
	if (!bitmap_bit_p (def, SSA_NAME_VERSION (op)))
	  bitmap_set_bit (use, SSA_NAME_VERSION (op));
      FOR_EACH_SSA_TREE_OPERAND (op, stmt, it, SSA_OP_DEF)
	bitmap_set_bit (def, SSA_NAME_VERSION (op));
    }
}

/* Add to OUT what is live on edge E: live-in of its destination, minus
   the destination's PHI results, plus the PHI arguments on E.  */

static void
live_on_edge (ssa_live *l, edge e, bitmap out)
{
  basic_block dest = e->dest;
  if (dest == EXIT_BLOCK_PTR_FOR_FN (cfun))
    return;
  bitmap_ior_into (out, l->in[dest->index]);
  for (gphi_iterator gsi = gsi_start_phis (dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      tree arg = PHI_ARG_DEF_FROM_EDGE (gsi.phi (), e);
      if (TREE_CODE (arg) == SSA_NAME && !virtual_operand_p (arg))
	bitmap_set_bit (out, SSA_NAME_VERSION (arg));
    }
}

/* Solve live-in for every block of the current function into L.  */

static void
solve_ssa_liveness (ssa_live *l)
{
  unsigned n = last_basic_block_for_fn (cfun);
  bitmap_obstack_initialize (&l->obstack);
  l->use.create (n);
  l->def.create (n);
  l->in.create (n);
  for (unsigned i = 0; i < n; i++)
    {
      l->use.quick_push (BITMAP_ALLOC (&l->obstack));
      l->def.quick_push (BITMAP_ALLOC (&l->obstack));
      l->in.quick_push (BITMAP_ALLOC (&l->obstack));
    }
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    collect_use_def (l, bb);

  bitmap out = BITMAP_ALLOC (&l->obstack);
  bool changed = true;
  while (changed)
    {
      changed = false;
      FOR_EACH_BB_REVERSE_FN (bb, cfun)
	{
	  bitmap_clear (out);
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, bb->succs)
	    live_on_edge (l, e, out);
	  /* in = use | (out & ~def).  */
	  changed |= bitmap_ior_and_compl (l->in[bb->index], l->use[bb->index],
					   out, l->def[bb->index]);
	}
    }
}

/* Release L.  */

static void
free_ssa_liveness (ssa_live *l)
{
  l->use.release ();
  l->def.release ();
  l->in.release ();
  bitmap_obstack_release (&l->obstack);
}

/* The index of GF's field for KEY (a decl, or an SSA name for a
   temporary), creating it from TYPE and FLAGS when new.  */

static unsigned
field_for (gs_function *gf, hash_map<tree, unsigned> &index, tree key,
	   tree type, unsigned flags)
{
  bool existed;
  unsigned &i = index.get_or_insert (key, &existed);
  if (!existed)
    {
      gs_field f = { key, type, NULL, flags, NULL_TREE };
      i = gf->fields.length ();
      gf->fields.safe_push (f);
    }
  return i;
}

/* The constant that VALUE, a value a point saves, always holds, if its
   definition is one: a number, or the address of a global object or a
   function (a local whose value never changes from its initialiser).  */

tree
gs_constant_value (tree value)
{
  if (TREE_CODE (value) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (value))
    return NULL_TREE;
  gimple *def = SSA_NAME_DEF_STMT (value);
  if (!gimple_assign_single_p (def))
    return NULL_TREE;
  tree rhs = gimple_assign_rhs1 (def);
  if (CONSTANT_CLASS_P (rhs))
    return rhs;
  if (TREE_CODE (rhs) == ADDR_EXPR && is_gimple_min_invariant (rhs))
    {
      tree base = get_base_address (TREE_OPERAND (rhs, 0));
      if (base && (TREE_CODE (base) == FUNCTION_DECL
		   || (VAR_P (base) && is_global_var (base))))
	return rhs;
    }
  return NULL_TREE;
}

/* Record that point P saves VALUE (an SSA name or a memory decl).  */

static void
save_at (gs_function *gf, hash_map<tree, unsigned> &index, gs_point *p,
	 tree value)
{
  tree key, type;
  unsigned flags = 0;
  int side = -1;
  for (unsigned i = 0; i < gf->side_ptrs.length (); i++)
    if (gf->side_ptrs[i] == value)
      side = i;
  if (side >= 0)
    {
      key = gf->side_vars[side];
      type = TREE_TYPE (value);
      flags = GS_FIELD_INDIRECT;
      if (!user_decl_p (key))
	flags |= GS_FIELD_TEMP;
    }
  else if (value == gf->side)
    {
      key = value;
      type = TREE_TYPE (value);
      flags = GS_FIELD_TEMP | GS_FIELD_SIDE;
    }
  else if (TREE_CODE (value) == SSA_NAME)
    {
      tree var = SSA_NAME_VAR (value);
      if (user_decl_p (var))
	key = var, type = TREE_TYPE (var);
      else
	key = value, type = TREE_TYPE (value), flags = GS_FIELD_TEMP;
    }
  else
    {
      key = value, type = TREE_TYPE (value), flags = GS_FIELD_MEMORY;
      if (!user_decl_p (value))
	flags |= GS_FIELD_TEMP;
    }
  if (TREE_CODE (key) == PARM_DECL)
    flags |= GS_FIELD_PARM;
  unsigned i = field_for (gf, index, key, type, flags);
  /* Two versions of one variable live at once (possible only after
     copies the front end made): keep the second as a temporary.  */
  if (p->fields.contains (i))
    i = field_for (gf, index, value, TREE_TYPE (value), flags | GS_FIELD_TEMP);
  p->live.safe_push (value);
  p->fields.safe_push (i);
}

/* The memory-resident variables of the current function whose frame
   fields would have a known size: locals that are not GIMPLE registers,
   and such parameters; not the address-taken ones, which live on the
   side stack (gs-side.cc) and are saved as pointers, but for those
   whose address callees only borrow (GF's stack_vars).  */

static void
memory_variables (gs_function *gf, vec<tree> &vars)
{
  unsigned ix;
  tree var;
  for (tree parm = DECL_ARGUMENTS (current_function_decl); parm;
       parm = DECL_CHAIN (parm))
    if (!is_gimple_reg (parm) && !TREE_ADDRESSABLE (parm))
      vars.safe_push (parm);
  FOR_EACH_LOCAL_DECL (cfun, ix, var)
    if (TREE_CODE (var) == VAR_DECL && !is_gimple_reg (var)
	&& !TREE_ADDRESSABLE (var)
	&& !TREE_STATIC (var) && !DECL_EXTERNAL (var)
	&& DECL_SIZE_UNIT (var) && TREE_CODE (DECL_SIZE_UNIT (var)) == INTEGER_CST
	&& !DECL_HAS_VALUE_EXPR_P (var))
      vars.safe_push (var);
  for (tree var : gf->stack_vars)
    vars.safe_push (var);
}

/* walk_tree callback: push the SSA names met to the vec<tree> DATA.  */

static tree
collect_ssa_names (tree *tp, int *, void *data)
{
  if (TREE_CODE (*tp) == SSA_NAME)
    ((vec<tree> *) data)->safe_push (*tp);
  return NULL_TREE;
}

/* Compute what each point of GF (the current function) saves.  */

void
gs_compute_liveness (gs_unit *unit, gs_function *gf)
{
  ssa_live l;
  solve_ssa_liveness (&l);

  auto_vec<tree> memvars;
  memory_variables (gf, memvars);
  live_vars_map map;
  unsigned n = 0;
  tree var;
  unsigned ix;
  FOR_EACH_VEC_ELT (memvars, ix, var)
    if (TREE_CODE (var) == VAR_DECL)
      map.put (DECL_UID (var), n++);
  vec<bitmap_head> scopes = compute_live_vars (cfun, &map);

  hash_map<tree, unsigned> index;
  bitmap live = BITMAP_ALLOC (&l.obstack);
  gs_point *p;
  FOR_EACH_VEC_ELT (gf->points, ix, p)
    {
      bitmap_clear (live);
      live_on_edge (&l, find_edge (p->check_bb, p->cont_bb), live);
      bitmap_iterator bi;
      unsigned v;
      EXECUTE_IF_SET_IN_BITMAP (live, 0, v, bi)
	{
	  tree name = ssa_name (v);
	  if (!name || name == p->call_lhs)
	    continue;
	  if (SSA_NAME_IS_DEFAULT_DEF (name)
	      && TREE_CODE (SSA_NAME_VAR (name)) != PARM_DECL)
	    continue;
	  save_at (gf, index, p, name);
	}
      /* A call storing its result to memory ("p->d = f ()") stores it
	 again when the low-gear clone re-enters the callee: keep what
	 the address needs.  */
      if (p->kind == GS_POINT_CALL && p->stmt && !p->call_lhs
	  && gimple_call_lhs (p->stmt))
	{
	  auto_vec<tree> names;
	  walk_tree (gimple_call_lhs_ptr (p->stmt), collect_ssa_names, &names,
		     NULL);
	  for (tree name : names)
	    if (!bitmap_bit_p (live, SSA_NAME_VERSION (name)))
	      {
		bitmap_set_bit (live, SSA_NAME_VERSION (name));
		save_at (gf, index, p, name);
	      }
	}
      /* What a call passes to a parameter that the callee takes from
	 its caller when it resumes (gs_find_parms_passed_again) it
	 passes again then: a pointer to a variable on the side stack
	 (which high gear computes again in the save path), or one
	 derived from it.  Parameters of the function's own passed
	 again are there anyway.  */
      tree callee = (p->kind == GS_POINT_CALL && p->stmt
		     ? gimple_call_fndecl (p->stmt) : NULL_TREE);
      unsigned a = 0;
      for (tree parm = callee ? DECL_ARGUMENTS (callee) : NULL_TREE;
	   parm && a < gimple_call_num_args (p->stmt);
	   parm = DECL_CHAIN (parm), a++)
	{
	  tree arg = gimple_call_arg (p->stmt, a);
	  if (TREE_CODE (arg) == SSA_NAME
	      && unit->passed_again->contains (parm)
	      && !SSA_NAME_IS_DEFAULT_DEF (arg)
	      && !bitmap_bit_p (live, SSA_NAME_VERSION (arg)))
	    {
	      bitmap_set_bit (live, SSA_NAME_VERSION (arg));
	      save_at (gf, index, p, arg);
	    }
	}
      unsigned j;
      FOR_EACH_VEC_ELT (memvars, j, var)
	{
	  /* A compiler's aggregate temporary (an initialiser's, a
	     returned struct's) lives within one statement's evaluation:
	     only a call inside that evaluation can be reached with it
	     live.  */
	  if (!user_decl_p (var) && p->kind != GS_POINT_CALL)
	    continue;
	  unsigned *slot = map.get (DECL_UID (var));
	  if (!slot || bitmap_bit_p (&scopes[p->check_bb->index], *slot))
	    save_at (gf, index, p, var);
	}
    }
  destroy_live_vars (scopes);
  free_ssa_liveness (&l);

  /* The fields that every point saving them holds a constant in.  */
  auto_vec<bool> constant;
  constant.safe_grow (gf->fields.length (), true);
  for (unsigned i = 0; i < gf->fields.length (); i++)
    constant[i] = !(gf->fields[i].flags & (GS_FIELD_TEMP | GS_FIELD_MEMORY
					    | GS_FIELD_INDIRECT
					    | GS_FIELD_PARM));
  FOR_EACH_VEC_ELT (gf->points, ix, p)
    for (unsigned k = 0; k < p->live.length (); k++)
      if (!gs_constant_value (p->live[k]))
	constant[p->fields[k]] = false;
  for (unsigned i = 0; i < gf->fields.length (); i++)
    if (constant[i])
      gf->fields[i].flags |= GS_FIELD_CONSTANT;
}

/* The declaration line of field F, for ordering.  */

static int
field_line (const gs_field &f)
{
  tree decl = TREE_CODE (f.key) == SSA_NAME ? NULL_TREE : f.key;
  return decl ? LOCATION_LINE (DECL_SOURCE_LOCATION (decl)) : INT_MAX;
}

/* Order fields: parameters (in order), named locals by declaration,
   temporaries last.  */

static int
compare_fields (const void *a, const void *b)
{
  const gs_field *fa = (const gs_field *) a, *fb = (const gs_field *) b;
  int ka = (fa->flags & GS_FIELD_TEMP) ? 2 : (fa->flags & GS_FIELD_PARM) ? 0 : 1;
  int kb = (fb->flags & GS_FIELD_TEMP) ? 2 : (fb->flags & GS_FIELD_PARM) ? 0 : 1;
  if (ka != kb)
    return ka - kb;
  if (ka == 0)
    {
      for (tree p = DECL_ARGUMENTS (current_function_decl); p;
	   p = DECL_CHAIN (p))
	if (p == fa->key || p == fb->key)
	  return p == fa->key ? -1 : 1;
      return 0;
    }
  int la = field_line (*fa), lb = field_line (*fb);
  if (la != lb)
    return la < lb ? -1 : 1;
  tree ta = fa->key, tb = fb->key;
  unsigned ua = TREE_CODE (ta) == SSA_NAME ? SSA_NAME_VERSION (ta) : DECL_UID (ta);
  unsigned ub = TREE_CODE (tb) == SSA_NAME ? SSA_NAME_VERSION (tb) : DECL_UID (tb);
  return ua < ub ? -1 : ua > ub;
}

/* The type a frame field of TYPE gets: unqualified, and no more aligned
   than the 16 bytes the runtime guarantees for a frame.  */

static tree
field_type (tree type)
{
  type = TYPE_MAIN_VARIANT (type);
  if (TYPE_ALIGN (type) > 128)
    type = build_aligned_type (type, 128);
  return type;
}

/* Sort the live entries of P by field index, so that a point lists its
   variables in frame order.  */

static void
sort_live (gs_point *p)
{
  for (unsigned i = 1; i < p->fields.length (); i++)
    for (unsigned j = i; j > 0 && p->fields[j - 1] > p->fields[j]; j--)
      {
	std::swap (p->fields[j - 1], p->fields[j]);
	std::swap (p->live[j - 1], p->live[j]);
      }
}

/* Sort GF's fields, name them, renumber the points' field indices, and
   build GF's frame RECORD_TYPE.  */

void
gs_layout_frame (gs_function *gf)
{
  unsigned nfields = gf->fields.length ();
  if (nfields == 0)
    return;

  /* Sort, remembering where each field went.  */
  auto_vec<tree> old_keys;
  for (unsigned i = 0; i < nfields; i++)
    old_keys.safe_push (gf->fields[i].key);
  gf->fields.qsort (compare_fields);
  hash_map<tree, unsigned> where;
  for (unsigned i = 0; i < nfields; i++)
    where.put (gf->fields[i].key, i);
  unsigned ix;
  gs_point *p;
  FOR_EACH_VEC_ELT (gf->points, ix, p)
    {
      for (unsigned j = 0; j < p->fields.length (); j++)
	p->fields[j] = *where.get (old_keys[p->fields[j]]);
      sort_live (p);
    }

  /* Names: the source name, ".N" for the Nth shadowing declaration.  */
  hash_map<nofree_string_hash, unsigned> uses;
  unsigned ntemps = 0;
  for (unsigned i = 0; i < nfields; i++)
    {
      gs_field &f = gf->fields[i];
      if (f.flags & GS_FIELD_TEMP)
	{
	  f.name = xasprintf ("tmp.%u", ntemps++);
	  continue;
	}
      const char *base = IDENTIFIER_POINTER (DECL_NAME (f.key));
      bool existed;
      unsigned &n = uses.get_or_insert (base, &existed);
      n = existed ? n + 1 : 0;
      f.name = n ? xasprintf ("%s.%u", base, n) : xstrdup (base);
    }

  /* finish_builtin_struct reverses the chain it is given, so build it
     last to first.  */
  tree chain = NULL_TREE;
  for (unsigned i = nfields; i-- > 0;)
    {
      gs_field &f = gf->fields[i];
      tree fd = build_decl (UNKNOWN_LOCATION, FIELD_DECL,
			    get_identifier (f.name), field_type (f.type));
      DECL_CHAIN (fd) = chain;
      chain = fd;
      f.field_decl = fd;
    }
  tree rec = make_node (RECORD_TYPE);
  char *name = xasprintf ("gs_frame_%s",
			  IDENTIFIER_POINTER (DECL_NAME (gf->decl)));
  finish_builtin_struct (rec, name, nreverse (chain), NULL_TREE);
  free (name);
  gf->frame_type = rec;
}
