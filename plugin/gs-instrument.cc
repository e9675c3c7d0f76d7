/* gearshift: the cold-path check and the save path at each point.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   At a point the function is split into CHECK (everything before the
   point) and CONT (everything after), and two blocks are added:

     CHECK:  ...
	     asm goto ("cmpl $0, __gearshift_flag(%rip); jne %l0"
		       ::: "cc" : SAVE);             // GS_CHECK_ASM
	     (falls through to CONT)
     SAVE:   f = __gearshift_push_frame (&meta, ID, SIZE);   // cold
	     if (f != 0) goto STORE; else goto CONT;         // declined
     STORE:  asm volatile ("# gearshift point ID" ::: "memory");
	     MEM[f].x = x_5;  MEM[f].buf = buf;  ...
	     return 0;                              // or nothing, <retval>
     CONT:   ...

   The check is two instructions and, outside a shared object, needs no
   register (GS_CHECK_ASM says why it has no memory operand); what GCC makes
   of "if (__builtin_expect (flag, 0))", a load of the flag into a
   register, a test and a branch, cost one more instruction and a
   register at every point (SQLite's speedtest1: 1.316 to 1.269 times
   the plain build's instructions).  Being volatile, the asm stays where
   it is: LIM cannot hoist the flag's load out of a loop.  The barrier
   sits only on the path that leaves the function: on the hot path a
   "memory" clobber would stop store motion of memory-resident locals
   (GCC-NOTES Q3).  __gearshift_push_frame is cold and leaf, so the save
   path is laid out away from the hot code (the profile pass predicts
   the asm's jump to it unlikely from the cold call) and the call
   clobbers nothing of this unit's.

   A loop point goes at the end of each iteration, on the edge back to
   the header, followed by an empty latch (or, if the loop has several
   such edges, or one that cannot be split, at the start of the header,
   after its PHIs and labels).  There, a loop that is never entered, or
   left on its first iteration, passes no check, and the header keeps
   its exit test, so that GCC still copies the header in front of the
   loop (pass_ch) and turns it into a do-while loop: with the check in
   the header, no instrumented loop was.  A call
   point splits after the call (or the call's fall-through edge, when it
   ends its block); an explicit point replaces the marker call; an entry
   point gets a block of its own after the entry.  Stores are added by
   gs_fill_save_paths once gs-frame.cc knows what is live.  */

#include "gs-plugin.h"

/* The value the function returns when it unwinds: anything will do, the
   caller's own check follows the call.  */

static tree
dummy_return_value (void)
{
  tree res = DECL_RESULT (current_function_decl);
  tree type = TREE_TYPE (res);
  if (VOID_TYPE_P (type))
    return NULL_TREE;
  if (DECL_BY_REFERENCE (res))
    return ssa_default_def (cfun, res) ? ssa_default_def (cfun, res) : res;
  if (is_gimple_reg_type (type))
    return build_zero_cst (type);
  return res;
}

/* If the call STMT, about to be a call-site point, stores its result
   to memory that anything but this function's frame can see ("g = f ()",
   "*p = f ()", "s.a = f ()" for an address-taken S), make it return
   into a temporary instead, and return the statement that stores the
   temporary there, for the caller to put after the check; otherwise
   return null.  When the callee unwinds, its dummy result must not
   reach that memory: the callee, re-entered in low gear, may read it
   again ("g = f ()" where f reads g), and other code may see it.  A
   result for a local of this function's own frame is harmless there:
   the callee writes it again when it resumes.  */

static gimple *
result_via_temporary (gimple *stmt)
{
  tree lhs = gimple_call_lhs (stmt);
  if (!lhs || TREE_CODE (lhs) == SSA_NAME
      || !TYPE_SIZE_UNIT (TREE_TYPE (lhs))
      || TREE_CODE (TYPE_SIZE_UNIT (TREE_TYPE (lhs))) != INTEGER_CST)
    return NULL;
  tree base = get_base_address (lhs);
  if (base && (TREE_CODE (base) == RESULT_DECL
	       || (DECL_P (base) && !TREE_ADDRESSABLE (base)
		   && auto_var_in_fn_p (base, current_function_decl))))
    return NULL;
  tree tmp = (is_gimple_reg_type (TREE_TYPE (lhs))
	      ? make_ssa_name (TREE_TYPE (lhs))
	      : create_tmp_var (TREE_TYPE (lhs), "gs_result"));
  gimple_call_set_lhs (stmt, tmp);
  update_stmt (stmt);
  gimple *store = gimple_build_assign (lhs, tmp);
  gimple_set_location (store, gimple_location (stmt));
  return store;
}

/* The one edge that goes back to HEADER, a loop's header, if it has one
   and it can be split.  */

static edge
single_back_edge (basic_block header)
{
  calculate_dominance_info (CDI_DOMINATORS);
  edge back = NULL, e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, header->preds)
    if (dominated_by_p (CDI_DOMINATORS, e->src, header))
      {
	if (back || (e->flags & EDGE_COMPLEX))
	  {
	    back = NULL;
	    break;
	  }
	back = e;
      }
  free_dominance_info (CDI_DOMINATORS);
  return back;
}

/* Split the current function, GF, at point P; set P->check_bb and
   P->cont_bb and return the edge between them.  */

static edge
split_at_point (gs_function *gf, gs_point *p)
{
  edge e;
  switch (p->kind)
    {
    case GS_POINT_LOOP:
      if (edge back = single_back_edge (p->header))
	{
	  /* The check on the latch edge, and an empty latch after it.  */
	  basic_block check = split_edge (back);
	  split_edge (single_succ_edge (check));
	  e = single_succ_edge (check);
	}
      else
	e = split_block_after_labels (p->header);
      break;

    case GS_POINT_ENTRY:
      {
	/* After the side-stack prologue, if any: the point then saves
	   the block and the parameters copied into it, as every other
	   point does.  Before it, the frame would have to save those
	   parameters' incoming values, and it did not: a frame restored
	   at the entry copied in the dummy arguments of its
	   re-entry.  */
	basic_block after = (gf->side ? gf->side_prologue
			     : ENTRY_BLOCK_PTR_FOR_FN (cfun));
	basic_block b = split_edge (single_succ_edge (after));
	e = single_succ_edge (b);
	break;
      }

    case GS_POINT_EXPLICIT:
      {
	gimple_stmt_iterator gsi = gsi_for_stmt (p->stmt);
	e = split_block (gimple_bb (p->stmt), p->stmt);
	unlink_stmt_vdef (p->stmt);
	gsi_remove (&gsi, true);
	release_defs (p->stmt);
	p->stmt = NULL;
	break;
      }

    case GS_POINT_CALL:
    default:
      {
	gimple *store = result_via_temporary (p->stmt);
	basic_block bb = gimple_bb (p->stmt);
	/* With unwind=eh, a call that GCC found nothrow, and left in the
	   middle of its block, ends it once it may throw again.  */
	if (stmt_ends_bb_p (p->stmt) && last_stmt (bb) == p->stmt)
	  {
	    e = single_succ_edge (split_edge (find_fallthru_edge (bb->succs)));
	    /* The result's store goes after the check, in a block of its
	       own: the call's successor may be a join, which other paths
	       reach without the call.  */
	    if (store)
	      e = single_pred_edge (split_edge (e));
	  }
	else
	  {
	    e = split_block (bb, p->stmt);
	    gimple_purge_dead_eh_edges (e->dest);
	  }
	if (store)
	  {
	    gimple_stmt_iterator gsi = gsi_after_labels (e->dest);
	    gsi_insert_before (&gsi, store, GSI_NEW_STMT);
	  }
	tree lhs = gimple_call_lhs (p->stmt);
	if (lhs && TREE_CODE (lhs) == SSA_NAME)
	  p->call_lhs = lhs;
	break;
      }
    }
  p->check_bb = e->src;
  p->cont_bb = e->dest;
  return e;
}

/* Append STMT at the end of BB, which may be empty.  */

void
gs_append (basic_block bb, gimple *stmt)
{
  gimple_stmt_iterator gsi = gsi_last_bb (bb);
  if (gsi_end_p (gsi))
    {
      gsi = gsi_start_bb (bb);
      gsi_insert_before (&gsi, stmt, GSI_NEW_STMT);
    }
  else
    gsi_insert_after (&gsi, stmt, GSI_NEW_STMT);
}

/* Append STMT at the end of BB, at LOC.  */

static void
append (basic_block bb, gimple *stmt, location_t loc)
{
  gimple_set_location (stmt, loc);
  gs_append (bb, stmt);
}

/* Give the PHIs of E's destination, on the new edge NEW_E, the
   arguments they have on E: both edges carry the same state.  Virtual
   operands are renamed afterwards.  */

void
gs_copy_phi_args (edge e, edge new_e)
{
  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      tree arg = PHI_ARG_DEF_FROM_EDGE (phi, e);
      if (virtual_operand_p (gimple_phi_result (phi)))
	arg = gimple_vop (cfun);
      add_phi_arg (phi, arg, new_e, gimple_phi_arg_location_from_edge (phi, e));
    }
}

/* The check of a point ending BB (GS_CHECK_ASM, inserted below), or
   null.  */

gasm *
gs_find_check (basic_block bb)
{
  gasm *test = safe_dyn_cast <gasm *> (last_stmt (bb));
  if (test && gimple_asm_nlabels (test) == 1
      && (!strcmp (gimple_asm_string (test), GS_CHECK_ASM)
	  || !strcmp (gimple_asm_string (test), GS_CHECK_ASM_SHLIB)))
    return test;
  return NULL;
}

/* The call "f = __gearshift_push_frame (&fns[INDEX], ID, SIZE)" in BB,
   which begins a point's save path (append_push), or null.  By name:
   the chunks pass, which runs long after, has no gs_unit.  */

gcall *
gs_save_push (basic_block bb)
{
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gcall *push = dyn_cast <gcall *> (gsi_stmt (gsi));
      tree fn = push ? gimple_call_fndecl (push) : NULL_TREE;
      if (fn && DECL_NAME (fn)
	  && id_equal (DECL_NAME (fn), "__gearshift_push_frame")
	  && gimple_call_num_args (push) == 3)
	return push;
    }
  return NULL;
}

/* Append to SAVE the push of point P of GF, and the test of its result:
   f = __gearshift_push_frame (&fns[INDEX], ID, SIZE); if (f != 0).
   The size is filled in once the frame is laid out.  */

static void
append_push (gs_unit *unit, gs_function *gf, gs_point *p, basic_block save)
{
  tree meta = build4 (ARRAY_REF, unit->fn_meta_type, unit->fns_var,
		      size_int (gf->index), NULL_TREE, NULL_TREE);
  p->frame_ptr = make_ssa_name (ptr_type_node);
  p->push_call = gimple_build_call (unit->push_decl, 3,
				    build_fold_addr_expr (meta),
				    build_int_cst (unsigned_type_node, p->id),
				    build_int_cst (unsigned_type_node, 0));
  gimple_call_set_lhs (p->push_call, p->frame_ptr);
  append (save, p->push_call, p->loc);
  append (save, gimple_build_cond (NE_EXPR, p->frame_ptr, null_pointer_node,
				   NULL_TREE, NULL_TREE), p->loc);
}

/* Append to STORE the barrier that begins the stores of point P:
   asm volatile ("# gearshift point ID" ::: "memory").  */

static void
append_barrier (gs_point *p, basic_block store)
{
  vec<tree, va_gc> *clobbers = NULL;
  vec_safe_push (clobbers, build_tree_list (NULL_TREE,
					    build_string (7, "memory")));
  char *text = xasprintf ("# gearshift point %u", p->id);
  gasm *barrier = gimple_build_asm_vec (text, NULL, NULL, clobbers, NULL);
  free (text);
  gimple_asm_set_volatile (barrier, true);
  append (store, barrier, p->loc);
}

/* Insert the check and the (still empty) save path of point P of GF.  */

static void
insert_check (gs_unit *unit, gs_function *gf, gs_point *p)
{
  edge e = split_at_point (gf, p);
  basic_block check = p->check_bb, cont = p->cont_bb;
  location_t loc = p->loc;

  basic_block save = create_empty_bb (check);
  add_bb_to_loop (save, check->loop_father);
  basic_block store = create_empty_bb (save);
  add_bb_to_loop (store, current_loops->tree_root);

  /* asm goto ("cmpl $0, __gearshift_flag(%rip); jne %l0" ::: "cc" : SAVE),
     or in a shared object, with "r" (&__gearshift_flag).  */
  vec<tree, va_gc> *inputs = NULL, *clobbers = NULL, *labels = NULL;
  if (flag_shlib)
    vec_safe_push (inputs,
		   build_tree_list (build_tree_list (NULL_TREE,
						     build_string (2, "r")),
				    build_fold_addr_expr (unit->flag_decl)));
  vec_safe_push (clobbers, build_tree_list (NULL_TREE, build_string (3, "cc")));
  vec_safe_push (labels, build_tree_list (NULL_TREE, gimple_block_label (save)));
  gasm *test = gimple_build_asm_vec (flag_shlib ? GS_CHECK_ASM_SHLIB
				     : GS_CHECK_ASM, inputs, NULL, clobbers,
				     labels);
  gimple_asm_set_volatile (test, true);
  p->check = test;
  append (check, test, loc);

  edge to_save = make_edge (check, save, 0);
  to_save->probability = profile_probability::very_unlikely ();
  e->probability = to_save->probability.invert ();
  save->count = check->count.apply_probability (to_save->probability);
  store->count = save->count;

  append_push (unit, gf, p, save);
  edge to_store = make_edge (save, store, EDGE_TRUE_VALUE);
  to_store->probability = profile_probability::likely ();
  edge declined = make_edge (save, cont, EDGE_FALSE_VALUE);
  declined->probability = to_store->probability.invert ();
  gs_copy_phi_args (e, declined);

  /* asm volatile ("# gearshift point ID" ::: "memory"); return.  */
  append_barrier (p, store);
  if (gs_opts.unwind_eh && p->kind != GS_POINT_CALL)
    /* The capture starts here: unwind through the callers' landing
       pads (insert_landing_pad).  */
    append (store, gimple_build_call (unit->unwind_decl, 0), loc);
  else
    {
      greturn *ret = gimple_build_return (dummy_return_value ());
      suppress_warning (ret);
      append (store, ret, loc);
      make_edge (store, EXIT_BLOCK_PTR_FOR_FN (cfun), 0);
    }
  p->save_bb = save;
  p->store_bb = store;
}

/* The block of the landing pad number LP_NR of the current function.  */

static basic_block
landing_pad_block (int lp_nr)
{
  eh_landing_pad lp = get_eh_landing_pad_from_number (lp_nr);
  return label_to_block (cfun, lp->post_landing_pad);
}

/* With unwind=eh, whether the call-site point P gets a landing pad
   instead of a check: its call may throw, and is in no EH region of
   the function's own but cleanups (GCC puts the end-of-scope clobbers
   of address-taken variables in cleanup regions).  */

static bool
landing_pad_p (gs_point *p)
{
  if (!gs_opts.unwind_eh || p->kind != GS_POINT_CALL)
    return false;
  /* A call-site point calls a function of the program, which may
     unwind whatever its declaration says: GCC's nothrow discovery ran
     before the unit's functions got their points, and nothrow promises
     that no C++ exception leaves a function, not that no capture
     does.  */
  tree fn = gimple_call_fndecl (p->stmt);
  if (fn)
    TREE_NOTHROW (fn) = 0;
  gimple_call_set_nothrow (as_a <gcall *> (p->stmt), false);
  int lp_nr = lookup_stmt_eh_lp (p->stmt);
  if (lp_nr < 0 || !stmt_could_throw_p (cfun, p->stmt))
    return false;
  if (lp_nr == 0)
    return true;
  /* In a cleanup region: the landing pad nests in it.  When GCC found
     the call nothrow and removed its edge to the cleanup, the cleanup's
     PHIs must be virtual, to take the new edges.  */
  if (get_eh_region_from_lp_number (lp_nr)->type != ERT_CLEANUP)
    return false;
  basic_block pad = landing_pad_block (lp_nr);
  if (find_edge (gimple_bb (p->stmt), pad))
    return true;
  for (gphi_iterator gsi = gsi_start_phis (pad); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!virtual_operand_p (gimple_phi_result (gsi.phi ())))
      return false;
  return true;
}

/* With unwind=eh, insert the landing pad of the call-site point P of
   GF, and its (still empty) save path:

     CALL:   x = f (...);             // an EH edge to SAVE
	     (falls through to CONT)
     SAVE:   <L>: f = __gearshift_push_frame (&meta, ID, SIZE);
	     if (f != 0) goto STORE; else goto RESUME;
     STORE:  asm volatile ("# gearshift point ID" ::: "memory");
	     MEM[f].x = x_5;  ...
	     resx;                    // the unwinding goes on
     RESUME: resx;

   No check follows the call: a callee that captures throws (the
   runtime's __gearshift_unwind), and the unwinder brings it here with
   the frame's registers as they were at the call.  The push declines
   only when the unwinding is no capture (a thread's cancellation).  A
   call already in a cleanup region gets a region inside it, whose resx
   goes on to the cleanup.  */

static void
insert_landing_pad (gs_unit *unit, gs_function *gf, gs_point *p)
{
  split_at_point (gf, p);
  basic_block call_bb = gimple_bb (p->stmt);
  location_t loc = p->loc;
  p->check = NULL;

  int outer_nr = lookup_stmt_eh_lp (p->stmt);
  eh_region outer = NULL;
  basic_block outer_pad = NULL;
  edge old_eh = NULL;
  if (outer_nr > 0)
    {
      outer = get_eh_region_from_lp_number (outer_nr);
      outer_pad = landing_pad_block (outer_nr);
      old_eh = find_edge (call_bb, outer_pad);
      remove_stmt_from_eh_lp (p->stmt);
    }
  eh_region region = gen_eh_region_cleanup (outer);
  eh_landing_pad lp = gen_eh_landing_pad (region);
  basic_block save = create_empty_bb (call_bb);
  add_bb_to_loop (save, current_loops->tree_root);
  basic_block store = create_empty_bb (save);
  add_bb_to_loop (store, current_loops->tree_root);
  basic_block resume = create_empty_bb (store);
  add_bb_to_loop (resume, current_loops->tree_root);
  tree label = create_artificial_label (loc);
  lp->post_landing_pad = label;
  EH_LANDING_PAD_NR (label) = lp->index;
  gimple_stmt_iterator gsi = gsi_start_bb (save);
  gsi_insert_before (&gsi, gimple_build_label (label), GSI_NEW_STMT);
  add_stmt_to_eh_lp (p->stmt, lp->index);
  make_eh_edges (p->stmt);
  save->count = profile_count::zero ();
  store->count = profile_count::zero ();
  resume->count = profile_count::zero ();

  append_push (unit, gf, p, save);
  make_edge (save, store, EDGE_TRUE_VALUE)->probability
    = profile_probability::always ();
  make_edge (save, resume, EDGE_FALSE_VALUE)->probability
    = profile_probability::never ();

  append_barrier (p, store);
  for (basic_block bb : { store, resume })
    {
      gresx *resx = gimple_build_resx (region->index);
      append (bb, resx, loc);
      if (outer)
	{
	  add_stmt_to_eh_lp (resx, outer_nr);
	  make_eh_edges (resx);
	  edge in = find_edge (bb, outer_pad);
	  if (old_eh)
	    gs_copy_phi_args (old_eh, in);
	  else
	    /* The call was nothrow, without an edge there: the pad's
	       PHIs are virtual (landing_pad_p), renamed afterwards.  */
	    for (gphi_iterator gsi = gsi_start_phis (outer_pad);
		 !gsi_end_p (gsi); gsi_next (&gsi))
	      add_phi_arg (gsi.phi (), gimple_vop (cfun), in,
			   UNKNOWN_LOCATION);
	}
    }
  if (old_eh)
    remove_edge (old_eh);
  p->save_bb = save;
  p->store_bb = store;
}

/* Insert the checks of every point of GF, the current function.  */

void
gs_insert_checks (gs_unit *unit, gs_function *gf)
{
  free_dominance_info (CDI_DOMINATORS);
  unsigned ix;
  gs_point *p;
  FOR_EACH_VEC_ELT (gf->points, ix, p)
    if (landing_pad_p (p))
      insert_landing_pad (unit, gf, p);
    else
      {
	gf->no_pad |= gs_opts.unwind_eh && p->kind == GS_POINT_CALL;
	insert_check (unit, gf, p);
      }
  /* A later split at an earlier statement of the same block moves an
     inserted check into the new block: find each check again.  */
  FOR_EACH_VEC_ELT (gf->points, ix, p)
    {
      if (!p->check)
	{
	  p->check_bb = gimple_bb (p->stmt);
	  p->cont_bb = find_fallthru_edge (p->check_bb->succs)->dest;
	  continue;
	}
      p->check_bb = gimple_bb (p->check);
      p->cont_bb = EDGE_SUCC (p->check_bb, 0)->dest;
      if (p->cont_bb == p->save_bb)
	p->cont_bb = EDGE_SUCC (p->check_bb, 1)->dest;
    }
  loops_state_set (LOOPS_NEED_FIXUP);
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
}

/* Insert before GSI the statements storing VALUE into FIELD of the
   frame at FRAME (of RECORD_TYPE FRAME_TYPE).  */

static void
store_field (gimple_stmt_iterator *gsi, tree frame, tree frame_type,
	     tree field, tree value, location_t loc)
{
  tree mem = build2 (MEM_REF, frame_type, frame,
		     build_int_cst (build_pointer_type (frame_type), 0));
  tree lhs = build3 (COMPONENT_REF, TREE_TYPE (field), mem, field, NULL_TREE);
  /* Volatile, so that SLP leaves the stores alone: pairing them, it
     would load their values as vectors in the hot code before the
     check, and take them apart there again.  */
  TREE_THIS_VOLATILE (mem) = 1;
  TREE_THIS_VOLATILE (lhs) = 1;
  /* GIMPLE allows one memory operand per register-type assignment:
     load a memory-resident scalar into a temporary first.  */
  if (TREE_CODE (value) != SSA_NAME && is_gimple_reg_type (TREE_TYPE (value)))
    {
      tree tmp = make_ssa_name (TREE_TYPE (field));
      gassign *load = gimple_build_assign (tmp, value);
      gimple_set_location (load, loc);
      suppress_warning (load);
      gsi_insert_before (gsi, load, GSI_SAME_STMT);
      value = tmp;
    }
  else if (!useless_type_conversion_p (TREE_TYPE (lhs), TREE_TYPE (value)))
    value = fold_build1 (VIEW_CONVERT_EXPR, TREE_TYPE (lhs), value);
  gassign *store = gimple_build_assign (lhs, value);
  gimple_set_location (store, loc);
  suppress_warning (store);
  gsi_insert_before (gsi, store, GSI_SAME_STMT);
}

/* Fill the save path of every point of GF with the stores of its live
   variables, and give the push calls the frame's size.  */

void
gs_fill_save_paths (gs_unit *, gs_function *gf)
{
  unsigned size = (gf->frame_type
		   ? tree_to_uhwi (TYPE_SIZE_UNIT (gf->frame_type)) : 0);
  unsigned ix;
  gs_point *p;
  FOR_EACH_VEC_ELT (gf->points, ix, p)
    {
      gimple_call_set_arg (p->push_call, 2,
			   build_int_cst (unsigned_type_node, size));
      update_stmt (p->push_call);
      gimple_stmt_iterator gsi = gsi_last_bb (p->store_bb);
      for (unsigned j = 0; j < p->live.length (); j++)
	store_field (&gsi, p->frame_ptr, gf->frame_type,
		     gf->fields[p->fields[j]].field_decl, p->live[j], p->loc);
    }
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
}
