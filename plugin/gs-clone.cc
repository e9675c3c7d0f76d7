/* gearshift: the low-gear clone of each function and its restore path.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Once a function is instrumented (high gear), create_version_clone_with_body
   copies it into "f.gs_low", which has the same points, checks and save
   paths, plus, at its entry, a way back in:

     entry:  if (__gearshift_restoring != 0) goto DISPATCH; else goto BODY;
     DISPATCH:
	     f = __gearshift_pop_frame (&meta);     // outermost frame left
	     id = __gearshift_popped_point ();
	     if (id == 0) goto RESTORE_0; if (id == 1) goto RESTORE_1; ...
	     goto BODY;
     RESTORE_N (loop, entry or explicit point):
	     i_7' = MEM[f].i;  buf = MEM[f].buf;  ...   // what was saved
	     goto CONT_N;                               // just after the check
     RESTORE_N (call-site point):
	     ...restore the locals...
	     g = __gearshift_next_low ();      // the callee's low-gear clone
	     r' = g (0, &x, ...);              // it restores its own frame
	     goto CHECK_N;                     // the unwind check after the call

   The restored values are new definitions of the SSA names the save path
   stored (create_new_def_for), and update_ssa inserts the PHIs where the
   restore path joins the body; parameters are default definitions, whose
   merge PHIs only TODO_update_ssa_full_phi inserts (GCC-NOTES Q5).
   The callee at a call-site point is called through the pointer the
   runtime gives, which is the low-gear clone of the function of the next
   frame whatever the call was: direct, indirect, or inlined in high gear.
   Its arguments do not matter (the callee restores its parameters), so
   SSA arguments become zeros; others are reused as they are.

   Outside reconstruction nothing in a low-gear clone calls another
   low-gear clone: a function that was on the stack finishes in low gear,
   and whatever it calls runs in high gear.  With
   -fplugin-arg-gearshift-gear=low, calls between instrumented functions
   of the unit go to the low-gear clones instead (the paper's
   "save/restore" configuration).  */

#include "gs-plugin.h"

/* What the clone's copy of a point looks like.  */
struct clone_point
{
  basic_block save, store;	/* The push block, the store block.  */
  basic_block check, cont;	/* The check's block, the continuation.  */
  gimple *test;			/* The check after the point
				   (GS_CHECK_ASM), or null for a
				   call-site point's landing pad
				   (unwind=eh).  */
  gcall *call;			/* For a call-site point, the call.  */
  tree frame;			/* The SSA name the push returned.  */
};

/* Create GF's low-gear clone; outside push_cfun.  Return false if GCC
   cannot copy the function.  */

bool
gs_make_low_clone (gs_function *gf)
{
  /* The user's noclone is about GCC's optimising copies; the low-gear
     clone is part of the program's meaning.  */
  tree attrs = DECL_ATTRIBUTES (gf->decl);
  DECL_ATTRIBUTES (gf->decl) = remove_attribute ("noclone", copy_list (attrs));
  cgraph_node *low
    = gf->node->create_version_clone_with_body (vNULL, NULL, NULL, NULL,
						NULL, "gs_low", NULL_TREE,
						false);
  DECL_ATTRIBUTES (gf->decl) = attrs;
  if (!low)
    return false;
  /* Reached through the metadata only: IPA-CP would ICE on a "local"
     function without callers (GCC-NOTES Q2).  */
  low->local = false;
  gf->low = low->decl;
  return true;
}

/* Find, in the current function (GF's clone), the copies of GF's points
   by their calls to __gearshift_push_frame; fill POINTS, indexed by
   point id.  */

static void
find_clone_points (gs_function *gf, vec<clone_point> &points)
{
  points.safe_grow_cleared (gf->points.length ());
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      gcall *push = gs_save_push (bb);
      if (!push)
	continue;
      unsigned id = tree_to_uhwi (gimple_call_arg (push, 1));
      clone_point &cp = points[id];
      cp.save = bb;
      cp.frame = gimple_call_lhs (push);
      cp.store = EDGE_SUCC (bb, 0)->flags & EDGE_TRUE_VALUE
	? EDGE_SUCC (bb, 0)->dest : EDGE_SUCC (bb, 1)->dest;
      if (single_pred_edge (bb)->flags & EDGE_EH)
	{
	  /* A landing pad: the call ends the block the EH edge comes
	     from.  */
	  cp.check = single_pred (bb);
	  cp.cont = find_fallthru_edge (cp.check->succs)->dest;
	  cp.test = NULL;
	  cp.call = as_a <gcall *> (last_stmt (cp.check));
	  continue;
	}
      cp.check = single_pred (bb);
      edge f = EDGE_SUCC (cp.check, 0);
      cp.cont = f->dest == bb ? EDGE_SUCC (cp.check, 1)->dest : f->dest;
      cp.test = gs_find_check (cp.check);
      if (gf->points[id]->kind != GS_POINT_CALL)
	continue;
      /* The call is the statement before the check, or ends the block
	 before (when it can throw).  */
      gimple_stmt_iterator c = gsi_for_stmt (cp.test);
      gsi_prev (&c);
      gimple *call = (gsi_end_p (c) ? last_stmt (single_pred (cp.check))
		      : gsi_stmt (c));
      cp.call = as_a <gcall *> (call);
    }
}

/* Append to BB "LHS = RHS" where LHS is a new definition of the SSA name
   OLD, or, for a memory variable OLD, "OLD = RHS".  */

static void
restore_value (basic_block bb, tree old, tree rhs)
{
  if (TREE_CODE (old) != SSA_NAME)
    {
      if (is_gimple_reg_type (TREE_TYPE (old)))
	{
	  tree tmp = make_ssa_name (TREE_TYPE (rhs));
	  gs_append (bb, gimple_build_assign (tmp, rhs));
	  rhs = tmp;
	}
      gs_append (bb, gimple_build_assign (old, rhs));
      return;
    }
  if (!useless_type_conversion_p (TREE_TYPE (old), TREE_TYPE (rhs)))
    rhs = build1 (VIEW_CONVERT_EXPR, TREE_TYPE (old), rhs);
  tree tmp = make_ssa_name (TREE_TYPE (old));
  gassign *load = gimple_build_assign (tmp, rhs);
  gs_append (bb, load);
  create_new_def_for (old, load, NULL);
  release_ssa_name (tmp);
}

/* Append to BB the loads that restore what point CP saved, from the
   frame at FRAME, adding to RESTORED the SSA names restored; the fields
   of CONSTANTS hold constants, which are restored as such, and those of
   ARGUMENTS parameters that the caller passes again, which keep what it
   passes (GS_FIELD_ARGUMENT).  The save path's stores say what went
   where: each is
   "MEM[CP.frame].field = value", the value being the SSA name to
   restore, a memory variable, or a temporary loaded from one.  */

static void
restore_locals (basic_block bb, const clone_point &cp, tree frame,
		hash_set<tree> *constants, hash_set<tree> *arguments,
		hash_set<tree> *restored)
{
  for (gimple_stmt_iterator gsi = gsi_start_bb (cp.store); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *store = gsi_stmt (gsi);
      if (!gimple_assign_single_p (store)
	  || TREE_CODE (gimple_assign_lhs (store)) != COMPONENT_REF)
	continue;
      tree lhs = gimple_assign_lhs (store);
      tree value = gimple_assign_rhs1 (store);
      if (arguments->contains (TREE_OPERAND (lhs, 1)))
	continue;
      if (TREE_CODE (value) == VIEW_CONVERT_EXPR)
	value = TREE_OPERAND (value, 0);
      if (TREE_CODE (value) == SSA_NAME)
	{
	  gimple *def = SSA_NAME_DEF_STMT (value);
	  if (gimple_bb (def) == cp.store && gimple_assign_single_p (def)
	      && DECL_P (gimple_assign_rhs1 (def)))
	    value = gimple_assign_rhs1 (def);
	}
      if (TREE_CODE (value) == SSA_NAME)
	restored->add (value);
      /* A local the function holds as a constant is that constant
	 again (the frame holds it too, for a version in which it is
	 not): GCC then knows it in the restored code as in the rest.  */
      tree known = (constants->contains (TREE_OPERAND (lhs, 1))
		    ? gs_constant_value (value) : NULL_TREE);
      if (known)
	{
	  restore_value (bb, value, unshare_expr (known));
	  continue;
	}
      /* Read the field through the restored frame pointer.  */
      tree mem = unshare_expr (lhs);
      tree base = TREE_OPERAND (mem, 0);
      TREE_OPERAND (base, 0) = frame;
      restore_value (bb, value, mem);
    }
}

/* walk_tree callback: stop at the first SSA name.  */

static tree
find_ssa_name (tree *tp, int *, void *)
{
  return TREE_CODE (*tp) == SSA_NAME ? *tp : NULL_TREE;
}

/* Append to BB the call that re-enters the callee of the call-site
   point CP: through the pointer __gearshift_next_low returns, with the
   call's type, and the call's result as a new definition.  PASSED are
   the current function's parameters that its callers pass again
   (GS_FIELD_ARGUMENT), and RESTORED the SSA names just restored, both
   valid here as they are.  */

static gcall *
reenter_callee (gs_unit *unit, basic_block bb, const clone_point &cp,
		hash_set<tree> *passed, hash_set<tree> *restored)
{
  gcall *orig = cp.call;
  tree fntype = gimple_call_fntype (orig);
  tree target = make_ssa_name (ptr_type_node);
  gcall *next = gimple_build_call (unit->next_low_decl, 0);
  gimple_call_set_lhs (next, target);
  gs_append (bb, next);
  tree fnptr = make_ssa_name (build_pointer_type (fntype));
  gs_append (bb, gimple_build_assign (fnptr, NOP_EXPR, target));

  /* The callee restores its own frame and ignores its arguments, but
     those it takes from its caller (the parameters of
     gs_find_parms_passed_again), which get the same values again:
     invariants, values just restored (gs_compute_liveness saves them),
     or parameters of this function's own that are passed again.  For
     the others any value will do: a value just restored is passed as
     well, and a pointer gets one GCC cannot know (an empty asm's
     output), not null: GCC would warn about a null buffer passed with
     a size (-Wnonnull), a warning of the plugin's making.  */
  tree opaque = NULL_TREE;
  auto_vec<tree> args;
  for (unsigned i = 0; i < gimple_call_num_args (orig); i++)
    {
      tree arg = gimple_call_arg (orig, i);
      if (TREE_CODE (arg) == SSA_NAME
	  && (restored->contains (arg)
	      || (SSA_NAME_IS_DEFAULT_DEF (arg)
		  && passed->contains (SSA_NAME_VAR (arg)))))
	;
      else if (TREE_CODE (arg) == SSA_NAME && POINTER_TYPE_P (TREE_TYPE (arg)))
	{
	  if (!opaque)
	    {
	      opaque = make_ssa_name (ptr_type_node);
	      vec<tree, va_gc> *outputs = NULL;
	      vec_safe_push (outputs,
			     build_tree_list (build_tree_list
					      (NULL_TREE,
					       build_string (3, "=r")),
					      opaque));
	      gasm *any = gimple_build_asm_vec ("", NULL, outputs, NULL,
						NULL);
	      SSA_NAME_DEF_STMT (opaque) = any;
	      gs_append (bb, any);
	    }
	  arg = make_ssa_name (TREE_TYPE (arg));
	  gs_append (bb, gimple_build_assign (arg, NOP_EXPR, opaque));
	}
      else if (TREE_CODE (arg) == SSA_NAME)
	arg = build_zero_cst (TREE_TYPE (arg));
      else if (walk_tree (&arg, find_ssa_name, NULL, NULL))
	/* An aggregate read through a pointer that need not be live any
	   more ("f (*p)"): any object of the type will do.  */
	arg = create_tmp_var (TREE_TYPE (arg), "gs_arg");
      else
	arg = unshare_expr (arg);
      args.safe_push (arg);
    }
  gcall *call = gimple_build_call_vec (fnptr, args);
  gimple_call_set_fntype (call, fntype);
  gimple_call_copy_flags (call, orig);
  gimple_set_location (call, gimple_location (orig));
  tree lhs = gimple_call_lhs (orig);
  if (lhs && TREE_CODE (lhs) == SSA_NAME)
    {
      tree tmp = make_ssa_name (TREE_TYPE (lhs));
      gimple_call_set_lhs (call, tmp);
      gs_append (bb, call);
      create_new_def_for (lhs, call, gimple_call_lhs_ptr (call));
      release_ssa_name (tmp);
    }
  else
    {
      if (lhs)
	gimple_call_set_lhs (call, unshare_expr (lhs));
      gs_append (bb, call);
    }
  return call;
}

/* The block starting with the unwind check after the call of point CP,
   splitting the check's block if the call precedes it there.  */

static basic_block
unwind_check_block (clone_point &cp)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (cp.test);
  gsi_prev (&gsi);
  if (gsi_end_p (gsi))
    return cp.check;
  edge e = split_block (cp.check, gsi_stmt (gsi));
  return e->dest;
}

/* If BB holds no statement and goes on to one block, the edge there;
   otherwise null.  */

static edge
forwarder_edge (basic_block bb)
{
  if (!single_succ_p (bb) || (single_succ_edge (bb)->flags & EDGE_COMPLEX)
      || !gsi_end_p (gsi_start_nondebug_after_labels_bb (bb)))
    return NULL;
  return single_succ_edge (bb);
}

/* Copy no more statements than this into one function's restore
   path: a copy doubles the loop it is made of, in code that runs once
   per update.  */
#define GS_RESTORE_COPY_BUDGET 4000

/* Send the copies of LOOP and of the loops in it to OUTER.  */

static void
set_loop_copies (class loop *loop, class loop *outer)
{
  set_loop_copy (loop, outer);
  for (class loop *inner = loop->inner; inner; inner = inner->next)
    set_loop_copies (inner, outer);
}

/* Restore edges RESTORES (from the restore blocks) that enter the middle
   of a loop give it a second entry, and GCC optimises no loop with two
   (an irreducible region): csmith seed 113626 ran 3.7 times slower in
   low gear than in high gear, its whole loop nest unoptimised.  Like a
   JIT's on-stack-replacement entry, send them instead into a copy of the
   rest of the iteration of the outermost loop around their target: the
   copy ends where the loop goes back to its header or leaves it, so the
   loop itself keeps its one entry, and only the copy, which runs once
   per update, has several.  The edges into one outermost loop share a
   copy; a loop larger than what is left of GS_RESTORE_COPY_BUDGET keeps
   its extra entries.  */

static void
enter_loops_at_headers (vec<edge> &restores)
{
  int budget = GS_RESTORE_COPY_BUDGET;
  for (class loop *loop = current_loops->tree_root->inner; loop;
       loop = loop->next)
    {
      auto_vec<edge> entries;
      for (edge e : restores)
	if (e->dest != loop->header
	    && flow_bb_inside_loop_p (loop, e->dest))
	  entries.safe_push (e);
      if (entries.is_empty ())
	continue;

      /* The blocks of LOOP reachable from the entries without passing
	 its header.  */
      auto_vec<basic_block> region;
      auto_bitmap seen;
      for (edge e : entries)
	if (bitmap_set_bit (seen, e->dest->index))
	  region.safe_push (e->dest);
      int size = 0;
      for (unsigned i = 0; i < region.length (); i++)
	{
	  edge s;
	  edge_iterator ei;
	  FOR_EACH_EDGE (s, ei, region[i]->succs)
	    if (s->dest != loop->header
		&& flow_bb_inside_loop_p (loop, s->dest)
		&& bitmap_set_bit (seen, s->dest->index))
	      region.safe_push (s->dest);
	  for (gimple_stmt_iterator gsi = gsi_start_bb (region[i]);
	       !gsi_end_p (gsi); gsi_next (&gsi))
	    size++;
	}
      if (size > budget || !can_copy_bbs_p (region.address (),
					    region.length ()))
	continue;
      budget -= size;

      initialize_original_copy_tables ();
      set_loop_copies (loop, loop_outer (loop));
      for (basic_block bb : region)
	bb->flags |= BB_DUPLICATED;
      auto_vec<basic_block> copies;
      copy_bb_data id;
      basic_block after = EXIT_BLOCK_PTR_FOR_FN (cfun)->prev_bb;
      for (basic_block bb : region)
	copies.safe_push (after = duplicate_block (bb, NULL, after, &id));
      for (basic_block copy : copies)
	{
	  edge s;
	  edge_iterator ei;
	  FOR_EACH_EDGE (s, ei, copy->succs)
	    if (s->dest->flags & BB_DUPLICATED)
	      redirect_edge_and_branch_force (s, get_bb_copy (s->dest));
	}
      for (basic_block bb : region)
	bb->flags &= ~BB_DUPLICATED;
      for (edge e : entries)
	{
	  edge n = redirect_edge_and_branch (e, get_bb_copy (e->dest));
	  gcc_assert (n);
	  flush_pending_stmts (n);
	}
      add_phi_args_after_copy (copies.address (), copies.length (), NULL);
      free_original_copy_tables ();
    }
}

/* Add the restore dispatch to the current function, GF's low-gear
   clone.  */

void
gs_add_restore_path (gs_unit *unit, gs_function *gf)
{
  auto_vec<clone_point> points;
  find_clone_points (gf, points);
  free_dominance_info (CDI_DOMINATORS);
  /* The loops as they are now, for enter_loops_at_headers.  */
  if (loops_state_satisfies_p (LOOPS_NEED_FIXUP))
    fix_loop_structure (NULL);
  auto_vec<edge> restores;

  /* entry: if (__gearshift_restoring) goto DISPATCH.  */
  basic_block entry
    = split_edge (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (cfun)));
  edge to_body = single_succ_edge (entry);
  basic_block body = to_body->dest;
  tree r = make_ssa_name (integer_type_node);
  gs_append (entry, gimple_build_assign (r, unit->restoring_decl));
  gs_append (entry, gimple_build_cond (NE_EXPR, r, integer_zero_node,
				    NULL_TREE, NULL_TREE));
  basic_block dispatch = create_empty_bb (entry);
  add_bb_to_loop (dispatch, current_loops->tree_root);
  to_body->flags = (to_body->flags & ~EDGE_FALLTHRU) | EDGE_FALSE_VALUE;
  edge e = make_edge (entry, dispatch, EDGE_TRUE_VALUE);
  e->probability = profile_probability::very_unlikely ();
  to_body->probability = e->probability.invert ();

  /* DISPATCH: f = pop (&meta); id = popped_point ();  */
  tree meta = build4 (ARRAY_REF, unit->fn_meta_type, unit->fns_var,
		      size_int (gf->index), NULL_TREE, NULL_TREE);
  tree frame = make_ssa_name (ptr_type_node);
  gcall *pop = gimple_build_call (unit->pop_decl, 1,
				  build_fold_addr_expr (meta));
  gimple_call_set_lhs (pop, frame);
  gs_append (dispatch, pop);
  tree id = make_ssa_name (unsigned_type_node);
  gcall *point = gimple_build_call (unit->popped_point_decl, 0);
  gimple_call_set_lhs (point, id);
  gs_append (dispatch, point);

  hash_set<tree> constants, arguments, passed;
  for (const gs_field &f : gf->fields)
    if (f.flags & GS_FIELD_CONSTANT)
      constants.add (f.field_decl);
    else if (f.flags & GS_FIELD_ARGUMENT)
      {
	arguments.add (f.field_decl);
	/* The clone's parameter in the same place.  */
	tree mine = DECL_ARGUMENTS (current_function_decl);
	for (tree p = DECL_ARGUMENTS (gf->decl); p && mine;
	     p = DECL_CHAIN (p), mine = DECL_CHAIN (mine))
	  if (p == f.key)
	    passed.add (mine);
      }

  /* A chain of tests, one per point: the dispatch runs once per frame
     of a reconstruction, so simplicity beats a jump table.  */
  basic_block test = dispatch;
  for (unsigned i = 0; i < points.length (); i++)
    {
      clone_point &cp = points[i];
      if (!cp.save)
	continue;
      gs_append (test, gimple_build_cond (EQ_EXPR, id,
				       build_int_cst (unsigned_type_node, i),
				       NULL_TREE, NULL_TREE));
      basic_block restore = create_empty_bb (test);
      add_bb_to_loop (restore, current_loops->tree_root);
      make_edge (test, restore, EDGE_TRUE_VALUE);
      basic_block next = create_empty_bb (restore);
      add_bb_to_loop (next, current_loops->tree_root);
      make_edge (test, next, EDGE_FALSE_VALUE);
      test = next;

      hash_set<tree> restored;
      restore_locals (restore, cp, frame, &constants, &arguments, &restored);
      if (cp.call && !cp.test)
	{
	  /* The call again, with the original's landing pad.  */
	  gcall *call = reenter_callee (unit, restore, cp, &passed, &restored);
	  add_stmt_to_eh_lp (call, lookup_stmt_eh_lp (cp.call));
	  make_eh_edges (call);
	  restores.safe_push (make_edge (restore, cp.cont, EDGE_FALLTHRU));
	}
      else if (cp.call)
	{
	  basic_block target = unwind_check_block (cp);
	  reenter_callee (unit, restore, cp, &passed, &restored);
	  restores.safe_push (make_edge (restore, target, EDGE_FALLTHRU));
	}
      else if (edge on = forwarder_edge (cp.cont))
	{
	  /* A loop point's empty latch: to the header, as the latch
	     does, the loop keeping its one entry.  */
	  edge in = make_edge (restore, on->dest, EDGE_FALLTHRU);
	  gs_copy_phi_args (on, in);
	  restores.safe_push (in);
	}
      else
	restores.safe_push (make_edge (restore, cp.cont, EDGE_FALLTHRU));
    }
  make_edge (test, body, EDGE_FALLTHRU);
  enter_loops_at_headers (restores);

  loops_state_set (LOOPS_NEED_FIXUP);
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa_full_phi);
}

/* With gear=low, send the current function's calls to instrumented
   functions of UNIT to their low-gear clones.  */

void
gs_redirect_to_low (gs_unit *unit)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	if (!is_gimple_call (gsi_stmt (gsi)))
	  continue;
	gcall *call = as_a <gcall *> (gsi_stmt (gsi));
	tree fndecl = gimple_call_fndecl (call);
	tree *low = fndecl ? unit->low_of->get (fndecl) : NULL;
	if (low)
	  {
	    gimple_call_set_fndecl (call, *low);
	    update_stmt (call);
	  }
      }
}

/* Whether the call STMT of code run only in low gear (LOW_SIDE holds
   those functions) goes to a static function of the unit with a body
   that GCC would inline as "called once" if that code did not call it:
   one that the low-gear side should call a copy of.  */

static tree
copyable_callee (gs_unit *unit, hash_set<tree> &low_side, gimple *stmt)
{
  tree fndecl = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL_TREE;
  if (!fndecl || TREE_PUBLIC (fndecl) || DECL_EXTERNAL (fndecl)
      || !(unit->uninstrumented->contains (fndecl)
	   || unit->instrumented->contains (fndecl))
      || DECL_UNINLINABLE (fndecl)
      || !opt_for_fn (fndecl, flag_inline_functions_called_once)
      || !tree_versionable_function_p (fndecl))
    return NULL_TREE;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node || !node->definition || node->alias || node->address_taken)
    return NULL_TREE;
  /* One call from the high-gear side, and none from itself.  */
  unsigned calls = 0;
  for (cgraph_edge *e = node->callers; e; e = e->next_caller)
    if (e->caller == node)
      return NULL_TREE;
    else if (!low_side.contains (e->caller->decl))
      calls++;
  return calls == 1 ? fndecl : NULL_TREE;
}

/* A copy of FNDECL, safe from identical code folding, or null.  */

static tree
copy_function (tree fndecl)
{
  cgraph_node *copy = cgraph_node::get (fndecl)
    ->create_version_clone_with_body (vNULL, NULL, NULL, NULL, NULL,
				      "gs_lowcopy", NULL_TREE, false);
  if (!copy)
    return NULL_TREE;
  /* Identical code folding would merge the copy back into its original,
     which then has two callers again.  */
  DECL_ATTRIBUTES (copy->decl)
    = tree_cons (get_identifier ("no_icf"), NULL_TREE,
		 DECL_ATTRIBUTES (copy->decl));
  return copy->decl;
}

/* Give the low-gear side (the low-gear clones, and the copies made
   here) its own copies of the static functions of the unit that the
   high-gear side calls once.  GCC inlines a function called once into
   its caller ("called once"), but not when a low-gear clone calls it
   too: with a copy for the clone, each has one caller again (KissFFT's
   butterflies, under kf_work).  Copies are made for the callees of
   copies in turn, so that a chain of helpers stays inlinable.  The copy
   of an instrumented function is instrumented code too; the metadata
   records it as the function's COPY.  */

void
gs_copy_callees_for_low (gs_unit *unit)
{
  hash_set<tree> low_side;
  auto_vec<tree> work;
  for (gs_function *gf : unit->fns)
    if (gf->low)
      {
	low_side.add (gf->low);
	work.safe_push (gf->low);
      }

  hash_map<tree, tree> copy_of;
  while (!work.is_empty ())
    {
      function *fn = DECL_STRUCT_FUNCTION (work.pop ());
      auto_vec<gcall *> calls;
      basic_block bb;
      FOR_EACH_BB_FN (bb, fn)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    tree callee = (is_gimple_call (stmt) ? gimple_call_fndecl (stmt)
			   : NULL_TREE);
	    if (callee && (copy_of.get (callee)
			   || copyable_callee (unit, low_side, stmt)))
	      calls.safe_push (as_a <gcall *> (stmt));
	  }
      if (calls.is_empty ())
	continue;

      /* Outside push_cfun, as for the low-gear clones.  */
      for (gcall *call : calls)
	{
	  tree callee = gimple_call_fndecl (call);
	  if (copy_of.get (callee))
	    continue;
	  tree copy = copy_function (callee);
	  if (!copy)
	    continue;
	  copy_of.put (callee, copy);
	  low_side.add (copy);
	  work.safe_push (copy);
	  for (gs_function *gf : unit->fns)
	    if (gf->decl == callee)
	      gf->copy = copy;
	}

      push_cfun (fn);
      for (gcall *call : calls)
	if (tree *copy = copy_of.get (gimple_call_fndecl (call)))
	  {
	    gimple_call_set_fndecl (call, *copy);
	    update_stmt (call);
	  }
      cgraph_edge::rebuild_edges ();
      pop_cfun ();
    }

  /* A program that is never updated never runs the low-gear side: lay
     it out with the cold code, away from the hot text, as GCC does the
     cold parts of functions it splits (the linker groups
     ".text.unlikely*" sections).  Not with gear=low, where it is the
     program, nor where the user chose a section.  The attribute, as the
     user's would, keeps GCC from splitting the function into hot and
     cold parts: both would go to this section, where GCC's exception
     tables would put the cold part's call sites at wrong offsets.  */
  if (gs_opts.gear != GS_GEAR_LOW)
    for (hash_set<tree>::iterator it = low_side.begin ();
	 it != low_side.end (); ++it)
      if (!DECL_SECTION_NAME (*it))
	{
	  set_decl_section_name (*it, GS_LOW_SECTION);
	  tree name = build_string (sizeof GS_LOW_SECTION, GS_LOW_SECTION);
	  DECL_ATTRIBUTES (*it)
	    = tree_cons (get_identifier ("section"),
			 build_tree_list (NULL_TREE, name),
			 DECL_ATTRIBUTES (*it));
	}
}
