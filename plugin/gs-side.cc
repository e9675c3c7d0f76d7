/* gearshift: address-taken locals live on a side stack.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   A capture returns from every function on the stack, and the resume
   runs their low-gear clones in frames of their own, at other
   addresses.  A variable whose address was taken (held by another
   local, passed to a callee, stored in the heap) would move, and every
   pointer to it would dangle.  So such variables do not live on the
   machine stack at all: each instrumented function that has any takes
   one block from a per-thread side stack that the runtime manages, and
   its address-taken locals (and parameters) live there:

     before                          after (sketch)
     int f (int n)                   int f (int n)
     {                               {
       int acc = n;                    char *side = __gearshift_side_alloc (8);
       struct s st;                    int *acc_p = (int *) side;
       g (&acc, &st);                  struct s *st_p = (struct s *) (side + 4);
       return acc;                     *acc_p = n;
     }                                 g (acc_p, st_p);
				       int r = *acc_p;
				       __gearshift_side_release (side);
				       return r;
				     }

   The save path of a point does not release the block: it stays where it
   is while the stack is captured, the frame saves the pointers (SIDE,
   ACC_P...) like any live value, and the low-gear clone restores them,
   so the variables keep their addresses and their values, and so do the
   pointers to them.  Normal returns release the block; a longjmp over a
   frame leaks its block only until an outer frame returns and releases
   its own, older one.

   Only functions with address-taken locals pay, and only a bump of the
   side stack's top on entry and a store of it on return.  */

#include "gs-plugin.h"

/* The variables of the current function that move to the side stack:
   address-taken locals and parameters of constant size.  */

static void
addressable_variables (vec<tree> &vars)
{
  for (tree parm = DECL_ARGUMENTS (current_function_decl); parm;
       parm = DECL_CHAIN (parm))
    if (TREE_ADDRESSABLE (parm))
      vars.safe_push (parm);
  unsigned ix;
  tree var;
  FOR_EACH_LOCAL_DECL (cfun, ix, var)
    if (TREE_CODE (var) == VAR_DECL && TREE_ADDRESSABLE (var)
	&& !TREE_STATIC (var) && !DECL_EXTERNAL (var)
	&& !DECL_HAS_VALUE_EXPR_P (var) && !DECL_HARD_REGISTER (var)
	&& DECL_SIZE_UNIT (var) && tree_fits_uhwi_p (DECL_SIZE_UNIT (var)))
      vars.safe_push (var);
}

/* Whether the SSA name NAME is a compiler temporary, not a version of
   a variable of the source.  */

static bool
temporary_p (tree name)
{
  return !SSA_NAME_VAR (name) || DECL_ARTIFICIAL (SSA_NAME_VAR (name));
}

/* Whether STMT, a use of the SSA name NAME, dereferences it, as
   "*NAME = v", "v = NAME->f" and the like: NAME is the base of a
   memory reference on one side, and never the value stored ("*NAME =
   NAME" neither).  */

static bool
dereferences_p (gimple *stmt, tree name)
{
  if (!gimple_assign_single_p (stmt))
    return false;
  tree lhs = gimple_assign_lhs (stmt), rhs = gimple_assign_rhs1 (stmt);
  if (rhs == name)
    return false;
  while (handled_component_p (lhs))
    lhs = TREE_OPERAND (lhs, 0);
  while (handled_component_p (rhs))
    rhs = TREE_OPERAND (rhs, 0);
  bool at_lhs = TREE_CODE (lhs) == MEM_REF && TREE_OPERAND (lhs, 0) == name;
  bool at_rhs = TREE_CODE (rhs) == MEM_REF && TREE_OPERAND (rhs, 0) == name;
  return at_lhs != at_rhs;
}

/* Whether every use of the SSA name NAME but in debug statements
   dereferences it (dereferences_p) or, if COPIES, copies it into a
   compiler temporary.  */

static bool
only_dereferenced_p (tree name, bool copies)
{
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, name)
    {
      gimple *stmt = USE_STMT (use);
      if (is_gimple_debug (stmt))
	continue;
      /* A copy into a compiler temporary, which the next round
	 propagates in turn.  */
      if (copies && gimple_assign_single_p (stmt)
	  && gimple_assign_rhs1 (stmt) == name
	  && TREE_CODE (gimple_assign_lhs (stmt)) == SSA_NAME
	  && temporary_p (gimple_assign_lhs (stmt)))
	continue;
      if (!dereferences_p (stmt, name))
	return false;
    }
  return true;
}

/* One round of propagate_addresses: replace the SSA names holding the
   address of a local that it may replace, and let GCC rewrite into SSA
   form the variables whose address is no longer taken.  Returns whether
   anything changed.  */

static bool
propagate_addresses_once (void)
{
  auto_vec<gimple *> defs;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gassign *def = dyn_cast <gassign *> (gsi_stmt (gsi));
	if (!def || gimple_assign_rhs_code (def) != ADDR_EXPR)
	  continue;
	/* The address of a whole variable: where it stays in memory after
	   all, the side stack's rewrite turns "&x" into x's pointer in any
	   operand, but not the address of a part, "&r.a[5]", which is a
	   valid operand only while r's address is invariant.  */
	tree lhs = gimple_assign_lhs (def);
	tree var = TREE_OPERAND (gimple_assign_rhs1 (def), 0);
	if (TREE_CODE (lhs) != SSA_NAME
	    || SSA_NAME_OCCURS_IN_ABNORMAL_PHI (lhs)
	    || !DECL_P (var) || !auto_var_in_fn_p (var, current_function_decl)
	    || !is_gimple_min_invariant (gimple_assign_rhs1 (def)))
	  continue;
	if (!temporary_p (lhs) && !only_dereferenced_p (lhs, true))
	  continue;
	defs.safe_push (def);
      }
  for (gimple *def : defs)
    {
      tree lhs = gimple_assign_lhs (def);
      replace_uses_by (lhs, unshare_expr (gimple_assign_rhs1 (def)));
      gimple_stmt_iterator gsi = gsi_for_stmt (def);
      gsi_remove (&gsi, true);
      release_ssa_name (lhs);
    }
  if (defs.is_empty ())
    return false;
  execute_update_addresses_taken ();
  return true;
}

/* Many addresses are taken only to be dereferenced: "lhs = *(i64 *) &x"
   or "memcpy (&y, p, 8)" is gimplified as "t = &x; lhs = *t", and
   "int *p = &x; ... *p = 1" is common in generated code.  GCC's first
   optimisations, which run after this pass, would propagate &x into
   the dereferences, fold them, and find that x need not live in memory
   at all.  Do that much here, so that such variables stay off the side
   stack: replace every compiler temporary holding the address of a
   local, and every pointer variable of the source that holds it and is
   only dereferenced, by the address itself (folding the statements that
   use it), then let GCC rewrite the variables whose address is no
   longer taken into SSA form, and again, for pointers to those
   pointers.  A source pointer used otherwise (copied into a variable,
   compared, passed) stays: it holds the address, so the variable stays
   on the side stack, and a frame may need the pointer's value.  (csmith seed 112237: four
   such pointers kept a loop's variables on the side stack, and the
   loop ran at 3 times the plain build's time.)  Returns whether
   anything changed.  */

static bool
propagate_addresses (void)
{
  bool changed = false;
  /* Each round reaches one more level of pointers to pointers.  */
  for (unsigned round = 0; round < 8 && propagate_addresses_once (); round++)
    changed = true;
  return changed;
}

/* The parameter number ARG of function FNDECL, or null.  */

static tree
nth_parm (tree fndecl, unsigned arg)
{
  tree parm = DECL_ARGUMENTS (fndecl);
  for (unsigned i = 0; parm && i < arg; i++)
    parm = DECL_CHAIN (parm);
  return parm;
}

/* Whether the call CALL, given the address of a local of the caller as
   its argument ARG, only borrows it: a parameter passed again
   (gs_find_parms_passed_again), or it cannot be on a captured stack
   (no point is reachable from it) and nothing keeps the address once it
   returns.  That is a built-in function that GCC knows neither lets the
   argument escape nor returns it (memcpy's result unused, memset,
   memcmp...) or that formats (snprintf, sscanf: the variable arguments,
   which GCC gives no flags), or a function of the unit left
   uninstrumented, which
   cannot be replaced at link time, and whose parameter is only
   dereferenced.  */

static bool
call_borrows_p (gs_unit *unit, gcall *call, unsigned arg)
{
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl && unit->passed_again
      && unit->passed_again->contains (nth_parm (fndecl, arg)))
    return true;
  if (!fndecl || gs_calls_instrumentable_p (call, unit)
      || (gimple_call_flags (call) & ECF_RETURNS_TWICE))
    return false;
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    {
      /* The C library's formatted input and output (snprintf, sscanf,
	 fprintf...) read and write through their arguments during the
	 call and keep none: GCC knows no flags for the variable ones.  */
      if (lookup_attribute ("format", TYPE_ATTRIBUTES (TREE_TYPE (fndecl)))
	  || lookup_attribute ("format", DECL_ATTRIBUTES (fndecl)))
	return true;
      int flags = gimple_call_arg_flags (call, arg);
      int no_escape = EAF_NO_DIRECT_ESCAPE | EAF_NO_INDIRECT_ESCAPE;
      if ((flags & no_escape) == no_escape
	  && ((flags & EAF_NOT_RETURNED_DIRECTLY) || !gimple_call_lhs (call)))
	return true;
      /* What is copied out of it (memcpy's source) is its contents, not
	 its address, which GCC counts as escaping too.  */
      attr_fnspec spec = gimple_call_fnspec (call);
      unsigned to, ret;
      return (spec.known_p () && spec.arg_specified_p (arg)
	      && spec.arg_copied_to_arg_p (arg, &to)
	      && (!spec.returns_arg (&ret) || ret != arg));
    }
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node || !gs_defined_here_p (fndecl)
      || !unit->uninstrumented->contains (fndecl)
      || node->get_availability () < AVAIL_AVAILABLE)
    return false;
  tree parm = nth_parm (fndecl, arg);
  function *fn = DECL_STRUCT_FUNCTION (fndecl);
  if (!parm || TREE_ADDRESSABLE (parm) || !is_gimple_reg (parm)
      || !fn || !fn->gimple_df)
    return false;
  tree name = ssa_default_def (fn, parm);
  return !name || only_dereferenced_p (name, false);
}

/* If T takes the address of (a part of) a variable, "&x" or "&x.a[2]",
   that variable; otherwise null.  */

static tree
addressed_decl (tree t)
{
  if (TREE_CODE (t) != ADDR_EXPR)
    return NULL_TREE;
  tree base = get_base_address (TREE_OPERAND (t, 0));
  return base && DECL_P (base) ? base : NULL_TREE;
}

/* walk_tree callback: add to the hash_set<tree> DATA->info each variable
   whose address the operand takes, and in an asm each variable it
   names; a dereference of an address, "MEM[&x + 4]", is a use of the
   value.  */

static tree
note_addresses (tree *tp, int *walk_subtrees, void *data)
{
  walk_stmt_info *wi = (walk_stmt_info *) data;
  hash_set<tree> *escaping = (hash_set<tree> *) wi->info;
  tree t = *tp;
  if (TYPE_P (t)
      || (TREE_CODE (t) == MEM_REF
	  && TREE_CODE (TREE_OPERAND (t, 0)) == ADDR_EXPR))
    *walk_subtrees = 0;
  else if (tree var = addressed_decl (t))
    {
      escaping->add (var);
      *walk_subtrees = 0;
    }
  else if (DECL_P (t) && wi->stmt && gimple_code (wi->stmt) == GIMPLE_ASM)
    escaping->add (t);
  return NULL_TREE;
}

/* Add to ESCAPING the variables of the current function whose address
   may outlive the statement that takes it: every variable whose address
   is taken but in "f (&x)" or "f (&x.part)" where F only borrows it
   (call_borrows_p) and in dereferences of the address.  One walk over
   the function serves all its variables.  */

static void
escaping_variables (gs_unit *unit, hash_set<tree> *escaping)
{
  walk_stmt_info wi;
  memset (&wi, 0, sizeof wi);
  wi.info = escaping;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	for (unsigned i = 0; i < gimple_phi_num_args (pi.phi ()); i++)
	  {
	    tree arg = gimple_phi_arg_def (pi.phi (), i);
	    wi.stmt = pi.phi ();
	    walk_tree (&arg, note_addresses, &wi, NULL);
	  }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (is_gimple_debug (stmt))
	    continue;
	  wi.stmt = stmt;
	  gcall *call = dyn_cast <gcall *> (stmt);
	  if (!call)
	    {
	      walk_gimple_op (stmt, note_addresses, &wi);
	      continue;
	    }
	  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	    {
	      tree *arg = gimple_call_arg_ptr (call, i);
	      if (!addressed_decl (*arg) || !call_borrows_p (unit, call, i))
		walk_tree (arg, note_addresses, &wi, NULL);
	    }
	  if (gimple_call_lhs (call))
	    walk_tree (gimple_call_lhs_ptr (call), note_addresses, &wi, NULL);
	  if (gimple_call_fn (call))
	    walk_tree (gimple_call_fn_ptr (call), note_addresses, &wi, NULL);
	  if (gimple_call_chain (call))
	    walk_tree (gimple_call_chain_ptr (call), note_addresses, &wi,
		       NULL);
	}
    }
}

/* A parameter that may be passed again (gs_find_parms_passed_again):
   the calls its value goes to, with the argument's position.  */
struct again_parm
{
  tree parm;
  vec<gcall *> calls;
  vec<unsigned> args;
};

/* walk_tree callback: stop at the SSA name DATA.  */

static tree
find_name (tree *tp, int *, void *data)
{
  return *tp == (tree) data ? *tp : NULL_TREE;
}

/* If the pointer parameter PARM of the current function may be passed
   again, fill P with the calls it goes to and return true: no statement
   sets it, and each use dereferences it (as only_dereferenced_p), tests
   it against null, or passes it to a call as an argument.  */

static bool
parm_candidate_p (tree parm, again_parm *p)
{
  if (!POINTER_TYPE_P (TREE_TYPE (parm)) || TREE_ADDRESSABLE (parm)
      || !is_gimple_reg (parm))
    return false;
  tree def = ssa_default_def (cfun, parm);
  if (!def)
    return false;
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, cfun)
    if (SSA_NAME_VAR (name) == parm && name != def)
      return false;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, def)
    {
      gimple *stmt = USE_STMT (use);
      if (is_gimple_debug (stmt))
	continue;
      if (gcond *cond = dyn_cast <gcond *> (stmt))
	{
	  if (!integer_zerop (gimple_cond_rhs (cond))
	      && !integer_zerop (gimple_cond_lhs (cond)))
	    return false;
	  continue;
	}
      if (gcall *call = dyn_cast <gcall *> (stmt))
	{
	  /* Only as an argument, whole: not the callee, nor a part of an
	     argument ("&DEF->f").  */
	  if (gimple_call_fn (call) == def || gimple_call_lhs (call) == def)
	    return false;
	  for (unsigned a = 0; a < gimple_call_num_args (call); a++)
	    {
	      tree *arg = gimple_call_arg_ptr (call, a);
	      if (*arg == def)
		{
		  p->calls.safe_push (call);
		  p->args.safe_push (a);
		}
	      else if (walk_tree (arg, find_name, def, NULL))
		return false;
	    }
	  continue;
	}
      if (!dereferences_p (stmt, def))
	return false;
    }
  return true;
}

/* Whether ARG, the argument of a call that the current function, the
   caller, makes again when its low-gear clone resumes the call, is the
   same value then: an invariant (a constant, the address of a global
   object or of a function, of a local or parameter of the caller's:
   its new address where it stays in the frame, else its pointer on
   the side stack, which gs_compute_liveness has the point save), or a
   parameter of the caller's own that is passed again (in SET).  */

static bool
passed_again_p (tree arg, hash_set<tree> *set)
{
  if (TREE_CODE (arg) == SSA_NAME)
    return (SSA_NAME_IS_DEFAULT_DEF (arg)
	    && TREE_CODE (SSA_NAME_VAR (arg)) == PARM_DECL
	    && set->contains (SSA_NAME_VAR (arg)));
  return is_gimple_min_invariant (arg);
}

/* Find the parameters of UNIT's instrumented functions that the
   low-gear clone can take from its caller rather than from the frame
   (GS_FIELD_ARGUMENT), and put them in UNIT->passed_again: pointers
   that the function never sets and only dereferences, tests against
   null or passes to calls that borrow them in turn, of a static
   function whose address is not taken, whose every caller that can be
   on a captured stack passes the same value again when it resumes
   (passed_again_p) and does not call it in tail position (a caller
   passed by there would have its caller enter the function directly,
   with the arguments of another call).  A local whose address goes
   only to such parameters stays off the side stack: the callee's
   frame does not keep its old address (call_borrows_p).  SQLite's
   out-parameters: "rc = f (..., &res)".  The sets shrink together
   until every condition holds.  */

void
gs_find_parms_passed_again (gs_unit *unit)
{
  auto_vec<again_parm> parms;
  unit->passed_again = new hash_set<tree>;
  for (gs_function *gf : unit->fns)
    {
      tree decl = gf->decl;
      push_cfun (DECL_STRUCT_FUNCTION (decl));
      /* Arguments as they will be once the addresses that
	 gs_move_to_side_stack propagates are.  */
      auto_vec<tree> vars;
      addressable_variables (vars);
      if (!vars.is_empty ())
	propagate_addresses ();
      bool local = !(TREE_PUBLIC (decl) || gf->node->address_taken
		     || DECL_PRESERVE_P (decl)
		     || gf->node->externally_visible);
      for (tree parm = local ? DECL_ARGUMENTS (decl) : NULL_TREE; parm;
	   parm = DECL_CHAIN (parm))
	{
	  again_parm p = { parm, vNULL, vNULL };
	  if (parm_candidate_p (parm, &p))
	    {
	      parms.safe_push (p);
	      unit->passed_again->add (parm);
	    }
	  else
	    {
	      p.calls.release ();
	      p.args.release ();
	    }
	}
      pop_cfun ();
    }

  if (parms.is_empty ())
    return;

  /* What instrumented callers pass to such parameters: an argument that
     is neither an invariant nor a parameter of the caller's own, or a
     call in tail position or that does not come back (no point then),
     rules the parameter out at once; the calls passing a parameter of
     the caller's own are kept, to check again while the set shrinks.
     (Whether an address is invariant depends on the function it is
     in: decided here, in the caller.)  */
  auto_vec<gcall *> forwards;
  for (gs_function *caller : unit->fns)
    {
      push_cfun (DECL_STRUCT_FUNCTION (caller->decl));
      basic_block bb;
      FOR_EACH_BB_FN (bb, cfun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	    tree callee = call ? gimple_call_fndecl (call) : NULL_TREE;
	    if (!callee || !gs_passes_again_p (unit, callee))
	      continue;
	    bool tail = (gs_tail_call_p (call)
			 || (stmt_ends_bb_p (call)
			     && !find_fallthru_edge (bb->succs)));
	    bool forwarded = false;
	    unsigned a = 0;
	    for (tree parm = DECL_ARGUMENTS (callee);
		 parm && a < gimple_call_num_args (call);
		 parm = DECL_CHAIN (parm), a++)
	      {
		tree arg = gimple_call_arg (call, a);
		if (!unit->passed_again->contains (parm))
		  continue;
		if (tail || !passed_again_p (arg, unit->passed_again))
		  unit->passed_again->remove (parm);
		else
		  forwarded |= TREE_CODE (arg) == SSA_NAME;
	      }
	    if (forwarded)
	      forwards.safe_push (call);
	  }
      pop_cfun ();
    }

  for (bool changed = true; changed;)
    {
      changed = false;
      /* Where each goes, it must be borrowed.  */
      for (again_parm &p : parms)
	if (unit->passed_again->contains (p.parm))
	  for (unsigned i = 0; i < p.calls.length (); i++)
	    if (!call_borrows_p (unit, p.calls[i], p.args[i]))
	      {
		unit->passed_again->remove (p.parm);
		changed = true;
		break;
	      }
      /* A parameter of the caller's own passed on must still be one.  */
      for (gcall *call : forwards)
	{
	  unsigned a = 0;
	  for (tree parm = DECL_ARGUMENTS (gimple_call_fndecl (call));
	       parm && a < gimple_call_num_args (call);
	       parm = DECL_CHAIN (parm), a++)
	    {
	      tree arg = gimple_call_arg (call, a);
	      if (TREE_CODE (arg) == SSA_NAME
		  && unit->passed_again->contains (parm)
		  && !passed_again_p (arg, unit->passed_again))
		{
		  unit->passed_again->remove (parm);
		  changed = true;
		}
	    }
	}
    }
  for (again_parm &p : parms)
    {
      p.calls.release ();
      p.args.release ();
    }
}

/* Whether a parameter of FNDECL is passed again by its callers
   (gs_find_parms_passed_again).  */

bool
gs_passes_again_p (gs_unit *unit, tree fndecl)
{
  if (unit->passed_again)
    for (tree parm = DECL_ARGUMENTS (fndecl); parm; parm = DECL_CHAIN (parm))
      if (unit->passed_again->contains (parm))
	return true;
  return false;
}

/* A moved variable: its pointer, and the dependence base of the
   references through it.  */
struct side_var
{
  tree ptr;
  unsigned short base;
};

/* The moved variables of the current function, and the dependence
   clique of the references to them (0: none).  */
struct side_vars
{
  hash_map<tree, side_var> of;
  unsigned short clique;

  /* VAR's pointer, or null if VAR did not move.  */
  tree ptr (tree var)
  {
    side_var *v = of.get (var);
    return v ? v->ptr : NULL_TREE;
  }
};

/* What the operand walk needs: the moved variables.  */
struct side_walk
{
  side_vars *sv;
  bool changed;
};

/* Mark REF, a reference through the pointer of SV's variable VAR, as
   independent of the references through the others' pointers, with a
   dependence clique and base of its own (GCC's way of telling apart
   the references through "restrict" pointers; tree-ssa-alias.cc): two
   variables never overlap, wherever their pointers come from.  In high
   gear GCC sees that anyway, all pointers being the block's plus
   constants; in the low-gear clone the pointers come from the captured
   frame too, and without this GCC would keep in a loop every store
   through one of them that a read through another follows (csmith seed
   611807).  References that GCC later makes through copies of the
   pointers have no clique, and GCC asks its points-to sets.  */

static void
set_dependence (side_vars *sv, tree var, tree ref)
{
  side_var *v = sv->of.get (var);
  if (sv->clique && v && MR_DEPENDENCE_CLIQUE (ref) == 0)
    {
      MR_DEPENDENCE_CLIQUE (ref) = sv->clique;
      MR_DEPENDENCE_BASE (ref) = v->base;
    }
}

/* A memory reference of TYPE to SV's variable VAR.  */

static tree
side_ref (side_vars *sv, tree type, tree var)
{
  tree ref = build2 (MEM_REF, type, sv->ptr (var),
		     build_int_cst (build_pointer_type (type), 0));
  if (TYPE_VOLATILE (type))
    TREE_THIS_VOLATILE (ref) = 1;
  set_dependence (sv, var, ref);
  return ref;
}

/* walk_tree callback: replace "&VAR" by VAR's pointer and every other
   mention of VAR by a reference through it.  */

static tree
replace_operand (tree *tp, int *walk_subtrees, void *data)
{
  walk_stmt_info *wi = (walk_stmt_info *) data;
  side_walk *w = (side_walk *) wi->info;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  /* "MEM[&VAR + 4]" becomes "MEM[VAR_p + 4]", its operand below.  */
  if (TREE_CODE (t) == MEM_REF
      && TREE_CODE (TREE_OPERAND (t, 0)) == ADDR_EXPR
      && DECL_P (TREE_OPERAND (TREE_OPERAND (t, 0), 0)))
    set_dependence (w->sv, TREE_OPERAND (TREE_OPERAND (t, 0), 0), t);
  if (TREE_CODE (t) == ADDR_EXPR && DECL_P (TREE_OPERAND (t, 0)))
    {
      tree ptr = w->sv->ptr (TREE_OPERAND (t, 0));
      if (ptr)
	{
	  *tp = fold_convert (TREE_TYPE (t), ptr);
	  w->changed = true;
	  *walk_subtrees = 0;
	}
      return NULL_TREE;
    }
  if (DECL_P (t))
    {
      if (w->sv->ptr (t))
	{
	  *tp = side_ref (w->sv, TREE_TYPE (t), t);
	  w->changed = true;
	}
      *walk_subtrees = 0;
    }
  return NULL_TREE;
}

/* gimple_regimplify_operands made the call STMT return into a temporary
   and copied it to the call's old result after it; but a call that may
   throw ends its block.  Move what follows STMT to its block's normal
   exit, the only path where the call returns.  */

static void
move_after_throwing_call (gimple *stmt)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  if (gsi_one_before_end_p (gsi) || !stmt_can_throw_internal (cfun, stmt))
    return;
  gimple_seq after = gsi_split_seq_after (gsi);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, gimple_bb (stmt)->succs)
    if (!(e->flags & EDGE_COMPLEX))
      break;
  gsi_insert_seq_on_edge_immediate (e, after);
}

/* Rewrite the current function's mentions of the variables of SV, but
   in the statements of KEEP.  Clobbers of them (ends of scope) go: the
   side stack has no scopes.  */

static void
rewrite_mentions (side_vars *sv, hash_set<gimple *> *keep)
{
  side_walk w = { sv, false };
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gphi *phi = gsi.phi ();
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    {
	      tree arg = gimple_phi_arg_def (phi, i);
	      if (TREE_CODE (arg) == ADDR_EXPR)
		{
		  tree ptr = sv->ptr (TREE_OPERAND (arg, 0));
		  if (ptr)
		    SET_PHI_ARG_DEF (phi, i, fold_convert (TREE_TYPE (arg),
							   ptr));
		}
	    }
	}
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);)
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (keep->contains (stmt))
	    {
	      gsi_next (&gsi);
	      continue;
	    }
	  if (gimple_clobber_p (stmt)
	      && sv->ptr (gimple_assign_lhs (stmt)))
	    {
	      unlink_stmt_vdef (stmt);
	      gsi_remove (&gsi, true);
	      continue;
	    }
	  walk_stmt_info wi;
	  memset (&wi, 0, sizeof wi);
	  wi.info = &w;
	  w.changed = false;
	  walk_gimple_op (stmt, replace_operand, &wi);
	  if (w.changed)
	    {
	      if (!is_gimple_debug (stmt))
		gimple_regimplify_operands (stmt, &gsi);
	      update_stmt (stmt);
	      /* GSI is at the statement added after STMT, if any.  */
	      if (is_gimple_call (stmt))
		{
		  move_after_throwing_call (stmt);
		  gsi = gsi_for_stmt (stmt);
		}
	    }
	  gsi_next (&gsi);
	}
    }
}

/* Move the current function, GF's, address-taken variables to the side
   stack; record in GF the block and which pointer stands for which
   variable.  */

void
gs_move_to_side_stack (gs_unit *unit, gs_function *gf)
{
  auto_vec<tree> vars;
  addressable_variables (vars);
  if (!vars.is_empty () && propagate_addresses ())
    {
      vars.truncate (0);
      addressable_variables (vars);
    }
  if (vars.is_empty ())
    return;

  /* A local or parameter whose address only a callee borrows stays
     where it is: no pointer to it can be left when an update captures
     the frame, which saves and restores it like any variable in memory.
     (SQLite passes "&serial_type" to sqlite3GetVarint32 in its hottest
     functions, and its parameters "&zPattern" to sqlite3Utf8Read.)  */
  hash_set<tree> escaping;
  escaping_variables (unit, &escaping);
  unsigned kept = 0;
  for (tree var : vars)
    if (!escaping.contains (var))
      gf->stack_vars.safe_push (var);
    else
      vars[kept++] = var;
  vars.truncate (kept);
  if (vars.is_empty ())
    return;

  /* Lay the block out: each variable at its alignment.  */
  auto_vec<unsigned HOST_WIDE_INT> offsets;
  unsigned HOST_WIDE_INT size = 0;
  for (tree var : vars)
    {
      unsigned HOST_WIDE_INT align = DECL_ALIGN_UNIT (var);
      if (align > 64)
	{
	  warning_at (DECL_SOURCE_LOCATION (var), 0,
		      "gearshift: %qD asks for more alignment than the side "
		      "stack gives (64 bytes); it gets 64", var);
	  align = 64;
	}
      size = (size + align - 1) & -align;
      offsets.safe_push (size);
      size += tree_to_uhwi (DECL_SIZE_UNIT (var));
    }

  /* side = __gearshift_side_alloc (SIZE); VAR_p = side + OFFSET; and
     parameters copied in, in a block of their own after the entry.  */
  basic_block entry
    = split_edge (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (cfun)));
  gimple_stmt_iterator gsi = gsi_start_bb (entry);
  tree side = make_ssa_name (ptr_type_node);
  gcall *alloc = gimple_build_call (unit->side_alloc_decl, 1,
				    size_int (size ? size : 1));
  gimple_call_set_lhs (alloc, side);
  gsi_insert_after (&gsi, alloc, GSI_NEW_STMT);

  /* A clique of their own (1 is the one GCC's points-to pass resets),
     a base for each.  */
  side_vars sv;
  sv.clique = 0;
  if (cfun->last_clique < (unsigned short) -1 && vars.length () < 0xffff)
    {
      if (cfun->last_clique == 0)
	cfun->last_clique = 1;
      sv.clique = ++cfun->last_clique;
    }
  for (unsigned i = 0; i < vars.length (); i++)
    {
      tree var = vars[i];
      tree ptr = make_ssa_name (build_pointer_type (TREE_TYPE (var)));
      gimple *at = gimple_build_assign (ptr, POINTER_PLUS_EXPR, side,
					size_int (offsets[i]));
      gsi_insert_after (&gsi, at, GSI_NEW_STMT);
      side_var v = { ptr, (unsigned short) (i + 1) };
      sv.of.put (var, v);
      gf->side_vars.safe_push (var);
      gf->side_ptrs.safe_push (ptr);
    }
  /* Parameters arrive in registers or on the stack: copy them in.  The
     statements reading them are left alone by the rewrite.  */
  hash_set<gimple *> keep;
  for (tree var : vars)
    if (TREE_CODE (var) == PARM_DECL)
      {
	tree ref = side_ref (&sv, TREE_TYPE (var), var);
	gimple *read;
	if (is_gimple_reg_type (TREE_TYPE (var)))
	  {
	    tree tmp = make_ssa_name (TREE_TYPE (var));
	    read = gimple_build_assign (tmp, var);
	    gsi_insert_after (&gsi, read, GSI_NEW_STMT);
	    gsi_insert_after (&gsi, gimple_build_assign (ref, tmp),
			      GSI_NEW_STMT);
	  }
	else
	  {
	    read = gimple_build_assign (ref, var);
	    gsi_insert_after (&gsi, read, GSI_NEW_STMT);
	  }
	keep.add (read);
      }
  rewrite_mentions (&sv, &keep);

  /* __gearshift_side_release (side) before every return.  */
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (cfun)->preds)
    {
      gimple *ret = last_stmt (e->src);
      if (!ret || gimple_code (ret) != GIMPLE_RETURN)
	continue;
      gimple_stmt_iterator r = gsi_for_stmt (ret);
      gsi_insert_before (&r, gimple_build_call (unit->side_release_decl, 1,
						side), GSI_SAME_STMT);
    }
  gf->side = side;
  gf->side_prologue = entry;
  gf->side_size = size ? size : 1;
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
}

/* What rematerialize_operand needs: the pointers to rematerialize with
   their offsets, the block (SIDE), where to insert, and the block's
   opaque copy made for the current basic block, if any.  */
struct remat_walk
{
  hash_map<tree, tree> *off_of;
  tree side;
  gimple_stmt_iterator *gsi;
  tree *opaque;
  bool changed;
};

/* "side + OFFSET" for W's pointer PTR, computed before W's statement
   from an opaque copy of the block that GCC cannot see through.  */

static tree
rematerialized (remat_walk *w, tree ptr)
{
  location_t loc = gimple_location (gsi_stmt (*w->gsi));
  gimple_seq seq = NULL;
  if (!*w->opaque)
    *w->opaque = gs_opaque_value (w->side, &seq);
  tree here = make_ssa_name (TREE_TYPE (ptr));
  gimple_seq_add_stmt (&seq, gimple_build_assign (here, POINTER_PLUS_EXPR,
						  *w->opaque,
						  *w->off_of->get (ptr)));
  for (gimple_stmt_iterator s = gsi_start (seq); !gsi_end_p (s);
       gsi_next (&s))
    {
      gimple_set_location (gsi_stmt (s), loc);
      if (gimple_code (gsi_stmt (s)) == GIMPLE_ASM)
	update_stmt (gsi_stmt (s));
    }
  gsi_insert_seq_before (w->gsi, seq, GSI_SAME_STMT);
  w->changed = true;
  return here;
}

/* walk_tree callback: replace the uses of the pointers of W's OFF_OF as
   values (an argument, a stored value, "&p->f") by rematerialized
   ones; leave dereferences, which GCC folds into addresses off the
   block.  */

static tree
rematerialize_operand (tree *tp, int *walk_subtrees, void *data)
{
  remat_walk *w = (remat_walk *) ((walk_stmt_info *) data)->info;
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (TREE_CODE (t) == ADDR_EXPR)
    {
      tree base = TREE_OPERAND (t, 0);
      while (handled_component_p (base))
	base = TREE_OPERAND (base, 0);
      if (TREE_CODE (base) == MEM_REF && w->off_of->get (TREE_OPERAND (base, 0)))
	{
	  TREE_OPERAND (base, 0) = rematerialized (w, TREE_OPERAND (base, 0));
	  *walk_subtrees = 0;
	}
    }
  else if (TREE_CODE (t) == MEM_REF && w->off_of->get (TREE_OPERAND (t, 0)))
    *walk_subtrees = 0;
  else if (TREE_CODE (t) == SSA_NAME && w->off_of->get (t))
    *tp = rematerialized (w, t);
  return NULL_TREE;
}

/* In the high-gear body of GF, the current function, compute the
   pointer to an address-taken variable again, as "side + OFFSET",
   wherever it is used as a value (an argument, a save path's store)
   rather than dereferenced, through an empty asm that GCC cannot see
   through.  The prologue computes them all (gs_move_to_side_stack):
   GCC would keep each one in a register or on the stack from there
   on, the way it hoists any invariant sum out of loops, where for a
   variable on the machine stack it computes "&VAR" at each use
   (SQLite's sqlite3VdbeExec had some 40 pointers spilled on entry, 80
   instructions a call).  The low-gear clone keeps the prologue's: it
   restores them from a frame, and an update may have moved them.  */

void
gs_rematerialize_side_pointers (gs_function *gf)
{
  if (!gf->side)
    return;
  hash_map<tree, tree> off_of;
  hash_set<gimple *> users;
  for (tree ptr : gf->side_ptrs)
    {
      gimple *def = SSA_NAME_DEF_STMT (ptr);
      if (!is_gimple_assign (def)
	  || gimple_assign_rhs_code (def) != POINTER_PLUS_EXPR
	  || gimple_assign_rhs1 (def) != gf->side)
	continue;
      off_of.put (ptr, gimple_assign_rhs2 (def));
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, ptr)
	if (!is_gimple_debug (use) && gimple_code (use) != GIMPLE_PHI)
	  users.add (use);
    }
  if (users.is_empty ())
    return;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      tree opaque = NULL_TREE;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (!users.contains (stmt))
	    continue;
	  remat_walk w = { &off_of, gf->side, &gsi, &opaque, false };
	  walk_stmt_info wi;
	  memset (&wi, 0, sizeof wi);
	  wi.info = &w;
	  walk_gimple_op (stmt, rematerialize_operand, &wi);
	  if (w.changed)
	    update_stmt (stmt);
	}
    }
}

/* Replace the call ALLOC, "side = __gearshift_side_alloc (SIZE)", by a
   bump of the thread's top, calling the runtime only when the block
   would not fit below the end (on a thread's first block, the end is
   still null):

     top = __gearshift_side_top;
     next = top + ROUNDED;
     if (next > __gearshift_side_end)
       side' = __gearshift_side_alloc (SIZE);	  (rarely)
     else
       __gearshift_side_top = next;
     side = PHI <side', top>

   ROUNDED is SIZE rounded up to the runtime's 64-byte alignment
   (runtime/side.c), so the top stays aligned.  */

static void
inline_alloc (gs_unit *unit, gcall *alloc)
{
  tree side = gimple_call_lhs (alloc);
  unsigned HOST_WIDE_INT size = tree_to_uhwi (gimple_call_arg (alloc, 0));
  unsigned HOST_WIDE_INT rounded = (size + 63) & -(unsigned HOST_WIDE_INT) 64;
  location_t loc = gimple_location (alloc);

  /* PRE ends with the test, CALL holds the call, JOIN the rest.  */
  basic_block pre = gimple_bb (alloc);
  gimple_stmt_iterator gsi = gsi_for_stmt (alloc);
  gsi_prev (&gsi);
  basic_block call_bb
    = split_block (pre, gsi_end_p (gsi) ? NULL : gsi_stmt (gsi))->dest;
  edge to_join = split_block (call_bb, alloc);
  basic_block join = to_join->dest;

  tree top = make_ssa_name (ptr_type_node);
  tree next = make_ssa_name (ptr_type_node);
  tree end = make_ssa_name (ptr_type_node);
  gimple_seq seq = NULL;
  gimple_seq_add_stmt (&seq, gimple_build_assign (top, unit->side_top_decl));
  gimple_seq_add_stmt (&seq, gimple_build_assign (next, POINTER_PLUS_EXPR,
						  top, size_int (rounded)));
  gimple_seq_add_stmt (&seq, gimple_build_assign (end, unit->side_end_decl));
  gimple_seq_add_stmt (&seq, gimple_build_cond (GT_EXPR, next, end,
						NULL_TREE, NULL_TREE));
  for (gimple_stmt_iterator s = gsi_start (seq); !gsi_end_p (s);
       gsi_next (&s))
    gimple_set_location (gsi_stmt (s), loc);
  gimple_stmt_iterator at = gsi_last_bb (pre);
  gsi_insert_seq_after (&at, seq, GSI_NEW_STMT);

  /* The fast path stores the new top.  */
  basic_block fast = create_empty_bb (call_bb);
  if (current_loops)
    add_bb_to_loop (fast, pre->loop_father);
  gimple *store = gimple_build_assign (unit->side_top_decl, next);
  gimple_set_location (store, loc);
  gimple_stmt_iterator f = gsi_start_bb (fast);
  gsi_insert_after (&f, store, GSI_NEW_STMT);

  edge slow_e = single_succ_edge (pre);
  slow_e->flags = EDGE_TRUE_VALUE;
  slow_e->probability = profile_probability::very_unlikely ();
  edge fast_e = make_edge (pre, fast, EDGE_FALSE_VALUE);
  fast_e->probability = slow_e->probability.invert ();
  edge fast_join = make_single_succ_edge (fast, join, EDGE_FALLTHRU);
  fast->count = pre->count.apply_probability (fast_e->probability);
  call_bb->count = pre->count.apply_probability (slow_e->probability);

  /* SIDE is now the PHI's; the call defines a name of its own.  */
  tree from_call = make_ssa_name (ptr_type_node);
  gimple_call_set_lhs (alloc, from_call);
  gphi *phi = create_phi_node (side, join);
  add_phi_arg (phi, from_call, to_join, loc);
  add_phi_arg (phi, top, fast_join, loc);
}

/* In the current function, give up the runtime calls of the side stack
   where they can be done inline: every __gearshift_side_alloc (see
   inline_alloc) and, with RELEASE, every __gearshift_side_release,
   which becomes a store of the thread's top.  A high-gear body can do
   that; a low-gear clone may hold a block from the heap, made by an
   update for a frame it restored (runtime/side.c), which only the
   runtime can release.  */

void
gs_inline_side_stack (gs_unit *unit, bool release)
{
  auto_vec<gcall *> allocs;
  bool changed = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (!call)
	  continue;
	tree fndecl = gimple_call_fndecl (call);
	if (fndecl == unit->side_alloc_decl && gimple_call_lhs (call)
	    && tree_fits_uhwi_p (gimple_call_arg (call, 0)))
	  allocs.safe_push (call);
	else if (release && fndecl == unit->side_release_decl)
	  {
	    gimple *store = gimple_build_assign (unit->side_top_decl,
						 gimple_call_arg (call, 0));
	    gimple_set_location (store, gimple_location (call));
	    gsi_replace (&gsi, store, false);
	    changed = true;
	  }
      }
  if (allocs.is_empty () && !changed)
    return;
  for (gcall *alloc : allocs)
    inline_alloc (unit, alloc);
  free_dominance_info (CDI_DOMINATORS);
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
}
