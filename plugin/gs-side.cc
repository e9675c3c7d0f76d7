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

/* What the operand walk needs: each moved variable's pointer.  */
struct side_walk
{
  hash_map<tree, tree> *ptr_of;
  bool changed;
};

/* A memory reference to the variable at pointer PTR, of TYPE.  */

static tree
side_ref (tree type, tree ptr)
{
  tree ref = build2 (MEM_REF, type, ptr,
		     build_int_cst (build_pointer_type (type), 0));
  if (TYPE_VOLATILE (type))
    TREE_THIS_VOLATILE (ref) = 1;
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
  if (TREE_CODE (t) == ADDR_EXPR && DECL_P (TREE_OPERAND (t, 0)))
    {
      tree *ptr = w->ptr_of->get (TREE_OPERAND (t, 0));
      if (ptr)
	{
	  *tp = fold_convert (TREE_TYPE (t), *ptr);
	  w->changed = true;
	  *walk_subtrees = 0;
	}
      return NULL_TREE;
    }
  if (DECL_P (t))
    {
      tree *ptr = w->ptr_of->get (t);
      if (ptr)
	{
	  *tp = side_ref (TREE_TYPE (t), *ptr);
	  w->changed = true;
	}
      *walk_subtrees = 0;
    }
  return NULL_TREE;
}

/* Rewrite the current function's mentions of the variables in PTR_OF,
   but in the statements of KEEP.  Clobbers of them (ends of scope) go:
   the side stack has no scopes.  */

static void
rewrite_mentions (hash_map<tree, tree> *ptr_of, hash_set<gimple *> *keep)
{
  side_walk w = { ptr_of, false };
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
		  tree *ptr = ptr_of->get (TREE_OPERAND (arg, 0));
		  if (ptr)
		    SET_PHI_ARG_DEF (phi, i, fold_convert (TREE_TYPE (arg),
							   *ptr));
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
	      && ptr_of->get (gimple_assign_lhs (stmt)))
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

  hash_map<tree, tree> ptr_of;
  for (unsigned i = 0; i < vars.length (); i++)
    {
      tree var = vars[i];
      tree ptr = make_ssa_name (build_pointer_type (TREE_TYPE (var)));
      gimple *at = gimple_build_assign (ptr, POINTER_PLUS_EXPR, side,
					size_int (offsets[i]));
      gsi_insert_after (&gsi, at, GSI_NEW_STMT);
      ptr_of.put (var, ptr);
      gf->side_vars.safe_push (var);
      gf->side_ptrs.safe_push (ptr);
    }
  /* Parameters arrive in registers or on the stack: copy them in.  The
     statements reading them are left alone by the rewrite.  */
  hash_set<gimple *> keep;
  for (tree var : vars)
    if (TREE_CODE (var) == PARM_DECL)
      {
	tree ref = side_ref (TREE_TYPE (var), *ptr_of.get (var));
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
  rewrite_mentions (&ptr_of, &keep);

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
  gf->side_size = size ? size : 1;
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
}
