/* gearshift: one address per function across versions.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   After an update, pointers to a function taken by an old version still
   hold the old address (the heap, libraries and the kernel keep them;
   calls through them reach the new version through the old entry,
   runtime/redirect.c).  So that they compare equal to the new
   version's "&handle_read", a shared object (a new version) takes the
   address of a function of the program from a variable initialised
   with it, instead of computing it:

     before                          after
     c->on_read = handle_read;       _1 = __gs_fnaddr.f.c.handle_read;
                                     c->on_read = _1;

   The variable's initialiser is a relocation, as is any other pointer
   to a function in the object's data; when the object becomes the
   running version, the runtime re-points each one at a function that an
   old version had too to that function's first address (its canonical
   address).  Calls keep their direct form; only taking an address pays
   a load, and only in an update object.  */

#include "gs-plugin.h"

/* What the operand walk needs.  */
struct canon_walk
{
  hash_map<tree, tree> *slots;
  gimple_stmt_iterator *gsi;	/* Where the loads go, or null on an
				   edge.  */
  edge e;
  bool changed;
};

/* Whether taking the address of FN goes through its variable: a
   function of the program, not a built-in nor one a system header
   declares (the C library's have one address in every version), nor a
   nested function (whose address is a trampoline's business).  */

bool
gs_canonical_p (tree fn)
{
  return (TREE_CODE (fn) == FUNCTION_DECL && !fndecl_built_in_p (fn)
	  && !DECL_IN_SYSTEM_HEADER (fn) && !decl_function_context (fn)
	  && !startswith (IDENTIFIER_POINTER (DECL_NAME (fn)), "gearshift_")
	  && !startswith (IDENTIFIER_POINTER (DECL_NAME (fn)),
			  "__gearshift_"));
}

/* The variable holding the address of FN, made on first use.  */

static tree
address_slot (hash_map<tree, tree> *slots, tree fn)
{
  if (tree *s = slots->get (fn))
    return *s;
  char *name = xasprintf ("__gs_fnaddr.%s.%s",
			  lbasename (main_input_filename),
			  IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (fn)));
  /* The assembler takes letters, digits, '_' and '.' in a name.  */
  for (char *c = name; *c; c++)
    if (!ISALNUM (*c) && *c != '_' && *c != '.')
      *c = '_';
  tree type = build_pointer_type (TREE_TYPE (fn));
  tree var = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
			 type);
  free (name);
  /* Public, though hidden: GCC must not take it for a constant and fold
     its loads back into the address.  */
  TREE_STATIC (var) = 1;
  TREE_PUBLIC (var) = 1;
  DECL_VISIBILITY (var) = VISIBILITY_HIDDEN;
  DECL_VISIBILITY_SPECIFIED (var) = 1;
  DECL_ARTIFICIAL (var) = 1;
  TREE_USED (var) = 1;
  DECL_INITIAL (var) = build_fold_addr_expr (fn);
  varpool_node::finalize_decl (var);
  slots->put (fn, var);
  return var;
}

/* walk_tree callback: replace "&FN" by a load of FN's variable.  */

static tree
canon_operand (tree *tp, int *walk_subtrees, void *data)
{
  walk_stmt_info *wi = (walk_stmt_info *) data;
  canon_walk *w = (canon_walk *) wi->info;
  tree t = *tp;
  if (TYPE_P (t) || DECL_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) != ADDR_EXPR || !gs_canonical_p (TREE_OPERAND (t, 0)))
    return NULL_TREE;
  *walk_subtrees = 0;
  tree var = address_slot (w->slots, TREE_OPERAND (t, 0));
  tree val = make_ssa_name (TREE_TYPE (var));
  gimple_seq seq = NULL;
  gimple_seq_add_stmt (&seq, gimple_build_assign (val, var));
  if (!useless_type_conversion_p (TREE_TYPE (t), TREE_TYPE (val)))
    {
      tree conv = make_ssa_name (TREE_TYPE (t));
      gimple_seq_add_stmt (&seq, gimple_build_assign (conv, NOP_EXPR, val));
      val = conv;
    }
  if (w->gsi)
    gsi_insert_seq_before (w->gsi, seq, GSI_SAME_STMT);
  else
    gsi_insert_seq_on_edge (w->e, seq);
  *tp = val;
  w->changed = true;
  return NULL_TREE;
}

/* Rewrite the current function's "&FN" operands; return whether any
   changed.  */

static bool
canonicalize_function (hash_map<tree, tree> *slots)
{
  canon_walk w = { slots, NULL, NULL, false };
  walk_stmt_info wi;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	{
	  gphi *phi = pi.phi ();
	  if (virtual_operand_p (gimple_phi_result (phi)))
	    continue;
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    {
	      memset (&wi, 0, sizeof wi);
	      wi.info = &w;
	      w.gsi = NULL;
	      w.e = gimple_phi_arg_edge (phi, i);
	      walk_tree (gimple_phi_arg_def_ptr (phi, i), canon_operand, &wi,
			 NULL);
	    }
	}
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (is_gimple_debug (stmt) || gimple_code (stmt) == GIMPLE_ASM)
	    continue;
	  memset (&wi, 0, sizeof wi);
	  wi.info = &w;
	  w.gsi = &gsi;
	  bool before = w.changed;
	  w.changed = false;
	  if (gcall *call = dyn_cast <gcall *> (stmt))
	    /* Not the callee of a direct call: that stays a call; nor the
	       arguments of a built-in (__builtin_init_trampoline wants the
	       function itself) or an internal function.  */
	    for (unsigned i = 0;
		 !gimple_call_builtin_p (call) && !gimple_call_internal_p (call)
		 && i < gimple_call_num_args (call); i++)
	      walk_tree (gimple_call_arg_ptr (call, i), canon_operand, &wi,
			 NULL);
	  else
	    walk_gimple_op (stmt, canon_operand, &wi);
	  if (w.changed)
	    update_stmt (stmt);
	  w.changed |= before;
	}
    }
  return w.changed;
}

/* In a shared object, make every function's code take the addresses of
   the program's functions from their variables.  */

void
gs_canonical_addresses (void)
{
  if (!flag_shlib)
    return;
  hash_map<tree, tree> slots;
  auto_vec<cgraph_node *> nodes;
  gs_function_bodies (&nodes);
  for (cgraph_node *n : nodes)
    {
      push_cfun (DECL_STRUCT_FUNCTION (n->decl));
      if (canonicalize_function (&slots))
	{
	  gsi_commit_edge_inserts ();
	  mark_virtual_operands_for_renaming (cfun);
	  update_ssa (TODO_update_ssa_only_virtuals);
	  cgraph_edge::rebuild_references ();
	}
      pop_cfun ();
    }
}
