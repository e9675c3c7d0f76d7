/* gearshift: checks out of counted loops, once GCC has simplified them.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The points are placed before GCC optimises (gs-points.cc), when many
   loops do not look counted yet: their counter is a global, or their
   exit tests call small functions that inlining removes.  Once GCC has
   inlined, moved stores out of loops and copied loop headers, such a
   loop may have become a counted loop with one exit but for its point's
   check, and the check alone keeps GCC from vectorising it, or from
   replacing it by its final values (csmith seed 120376: a loop of 4
   billion iterations counting down a global, which GCC deletes; with a
   check in it, it ran 7 times slower than without the plugin).

   This pass, run at the start of GCC's loop optimisations (after
   "loopinit"), strip-mines such a loop: it puts the loop inside a new
   loop that, on each of its iterations, computes from the current values
   of the loop's variables how many more times the loop will test its
   exit, and runs the loop for at most gs_opts.short_loop of them
   (-fplugin-arg-gearshift-short-loop=, default 4096) with its exit test
   replaced by a count (create_canonical_iv).  When the count runs out
   before the loop would have ended, the new loop goes round, through
   the point's check, moved there.  The inner loop has no check, and the
   wait for an update is bounded by that many iterations.

   A loop that GCC cannot count, but that stores to memory, is
   strip-mined too, keeping its exit test: a count beside it, down from
   short_loop, leaves the inner loop for the check when it reaches zero
   (a subtraction and a jump, which cost what the check did).  With no
   check, and so no exit to the save path, in the inner loop, LIM can
   move its stores out of it (csmith seed 5002: a loop whose counter
   steps down by 3 and may wrap, storing to globals that a pointer may
   also reach, ran 7 times slower than without the plugin).

   The check moves from the end of an iteration to the end of a run of
   them, where the variables hold what they held at the check at the end
   of that iteration: the save path saves the same values, and the
   low-gear clone resumes at the same place.  So the exit test must be
   right before the check (at the end of the iteration, with the check
   between it and the latch; or in the header, with the check right
   after it, the header then computing nothing that it cannot compute
   again when entered anew: repeatable_p), or right after it (a test
   that computes nothing, then the latch, as GCC lays out most loops
   once it has copied their headers), or at the end of the iteration
   with the check at the top of the next, after the header's PHIs.
   Nothing is saved but the source's variables: the count is computed
   again after the check, from them.  */

#include "gs-plugin.h"

/* A copy of VALUE, an integer expression, that GCC cannot see through:
   an empty asm returns it.  The statements computing it are appended to
   STMTS; once they are in place the asm needs update_stmt.  */

tree
gs_opaque_value (tree value, gimple_seq *stmts)
{
  gimple_seq computed = NULL;
  tree v = force_gimple_operand (unshare_expr (value), &computed, true,
				 NULL_TREE);
  gimple_seq_add_seq (stmts, computed);
  tree opaque = make_ssa_name (TREE_TYPE (value));
  vec<tree, va_gc> *outputs = NULL, *inputs = NULL;
  vec_safe_push (outputs,
		 build_tree_list (build_tree_list (NULL_TREE,
						   build_string (3, "=r")),
				  opaque));
  vec_safe_push (inputs,
		 build_tree_list (build_tree_list (NULL_TREE,
						   build_string (2, "0")),
				  v));
  gasm *launder = gimple_build_asm_vec ("", inputs, outputs, NULL, NULL);
  SSA_NAME_DEF_STMT (opaque) = launder;
  gimple_seq_add_stmt (stmts, launder);
  return opaque;
}

/* Whether OK holds of every statement of BB but labels and debug
   statements.  */

static bool
all_stmts_p (basic_block bb, bool (*ok) (gimple *))
{
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (!is_gimple_debug (stmt) && gimple_code (stmt) != GIMPLE_LABEL
	  && !ok (stmt))
	return false;
    }
  return true;
}

/* Whether STMT of a loop's header computes its value again with the
   same result, and changes nothing, when the header is entered again
   from its preheader with the values its PHIs hold.  */

static bool
repeatable_p (gimple *stmt)
{
  return (gimple_code (stmt) == GIMPLE_COND
	  || (is_gimple_assign (stmt) && !gimple_vdef (stmt)
	      && !gimple_has_side_effects (stmt)
	      && !gimple_has_volatile_ops (stmt)));
}

/* A loop that can be strip-mined, and its parts.  */
struct chunk_loop
{
  class loop *loop;
  edge exit;			/* The exit next to the check.  */
  edge stay;			/* The other edge from its test; in
				   strip_mine, the edge into the check.  */
  basic_block check;		/* The block ending in the check.  */
  basic_block save;		/* Where the check jumps: the save path's
				   first block (push_frame).  */
  basic_block cont;		/* Where the iteration goes on after it.  */
  bool counted;			/* Whether GCC can count EXIT's tests.  */
  enum
  {
    AT_HEADER,			/* The test in the header, the check right
				   after it.  */
    AT_END,			/* The test, the check, the latch.  */
    AT_TOP,			/* The test, the latch, the header with the
				   check after its PHIs.  */
    BEFORE_TEST,		/* The iteration's statements, the check,
				   the test, the latch.  */
    AFTER_BODY			/* The test in the header, the iteration's
				   statements, the check, the latch.  */
  } shape;
};

/* Whether STMT, in the block of a check, can run anywhere the check
   goes: the check, (in a shared object) the flag's address, and
   end-of-scope clobbers (a variable dead at the end of one iteration is
   dead at the end of a run of them).  */

static bool
movable_p (gimple *stmt)
{
  return (gimple_clobber_p (stmt) || stmt == last_stmt (gimple_bb (stmt))
	  || (is_gimple_assign (stmt) && !gimple_vuse (stmt)
	      && is_gimple_min_invariant (gimple_assign_rhs1 (stmt))));
}

/* Whether BB has no statement, and no PHI but the memory state's (which
   update_ssa redoes).  */

static bool
empty_but_memory_p (basic_block bb)
{
  for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!virtual_operand_p (gimple_phi_result (gsi.phi ())))
      return false;
  gimple_stmt_iterator gsi = gsi_after_labels (bb);
  while (!gsi_end_p (gsi) && is_gimple_debug (gsi_stmt (gsi)))
    gsi_next (&gsi);
  return gsi_end_p (gsi);
}

/* The edge that E leads to through empty forwarder blocks (which loop
   initialisation puts on the check's and the save path's way back),
   short of the latch or the header of E's source's loop.  */

static edge
skip_forwarders (edge e)
{
  class loop *loop = e->src->loop_father;
  while (e->dest != loop->latch && e->dest != loop->header
	 && single_succ_p (e->dest) && single_pred_p (e->dest)
	 && empty_block_p (e->dest)
	 && !(single_succ_edge (e->dest)->flags & EDGE_COMPLEX))
    e = single_succ_edge (e->dest);
  return e;
}

/* Make E, the first of a chain of forwarders (skip_forwarders), go to
   DEST instead, and delete the chain.  */

static void
redirect_past_forwarders (edge e, basic_block dest)
{
  basic_block chain = e->dest, end = skip_forwarders (e)->dest;
  e = ssa_redirect_edge (e, dest);
  redirect_edge_var_map_clear (e);
  while (chain != end)
    {
      basic_block next = single_succ (chain);
      delete_basic_block (chain);
      chain = next;
    }
}

/* Whether STMT is an asm that only computes its outputs from its inputs:
   not volatile, no jump, no memory (as gs_opaque_value's, which hide a
   value from GCC, and the side stack's pointers recomputed at their
   uses).  */

static bool
pure_asm_p (gimple *stmt)
{
  gasm *a = dyn_cast <gasm *> (stmt);
  return (a && !gimple_asm_volatile_p (a) && gimple_asm_nlabels (a) == 0
	  && !gimple_vuse (a) && !gimple_vdef (a));
}

/* Move to LOOP's preheader the pure asms of its body (pure_asm_p) whose
   inputs are computed outside it: the side stack's pointers, recomputed
   at each use in high gear (gs-side.cc), recomputed on every iteration
   too, and GCC moves no asm.  Once LIM has moved the stores out of a
   strip-mined loop's runs, such an asm was all that kept GCC from
   deleting an empty run (csmith seed 611807).  */

static void
hoist_invariant_asms (class loop *loop)
{
  edge pre = loop_preheader_edge (loop);
  if (!pre || !single_succ_p (pre->src))
    return;
  basic_block *body = get_loop_body (loop);
  for (unsigned i = 0; i < loop->num_nodes; i++)
    for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]); !gsi_end_p (gsi);)
      {
	gasm *a = dyn_cast <gasm *> (gsi_stmt (gsi));
	bool invariant = a && pure_asm_p (a);
	for (unsigned k = 0; invariant && k < gimple_asm_ninputs (a); k++)
	  {
	    tree in = TREE_VALUE (gimple_asm_input_op (a, k));
	    invariant = (TREE_CODE (in) != SSA_NAME
			 || !flow_bb_inside_loop_p (loop,
						    gimple_bb (SSA_NAME_DEF_STMT
							       (in))));
	  }
	if (invariant)
	  gsi_move_to_bb_end (&gsi, pre->src);
	else
	  gsi_next (&gsi);
      }
  free (body);
}

/* Whether the N blocks of BODY, but SAVE (the save path's first block,
   which calls the runtime), hold no asm but the check and pure ones (pure_asm_p) and make no
   call (gs_asm_or_call_p): an iteration then
   takes a bounded time, and so does a run of them.  A loop that calls
   the C library (which may block) keeps its check on every
   iteration.  */

static bool
calls_nothing_p (basic_block *body, unsigned n, basic_block save)
{
  for (unsigned i = 0; i < n; i++)
    {
      if (body[i] == save)
	continue;
      for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]);
	   !gsi_end_p (gsi); gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (gs_asm_or_call_p (stmt) && stmt != gs_find_check (body[i])
	      && !pure_asm_p (stmt))
	    return false;
	}
    }
  return true;
}

/* Say in the dump file why LOOP is not strip-mined: WHY; false.  */

static bool
not_chunked (class loop *loop, const char *why)
{
  if (dump_file && (dump_flags & TDF_DETAILS))
    fprintf (dump_file, "loop %d (header bb %d) not strip-mined: %s\n",
	     loop->num, loop->header->index, why);
  return false;
}

/* For a check at the end of C->loop's iteration, with the exit test in
   the header: map in TO_PHI each value that goes from the check to the
   latch (through a PHI there, if any) to the header's PHI that it
   becomes, which holds it once the next test is made.  */

static void
next_iteration_values (const chunk_loop *c, hash_map<tree, tree> *to_phi)
{
  class loop *loop = c->loop;
  edge into = skip_forwarders (find_fallthru_edge (c->check->succs));
  edge latch = loop_latch_edge (loop);
  for (gphi_iterator gsi = gsi_start_phis (loop->header); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      tree result = gimple_phi_result (gsi.phi ());
      if (virtual_operand_p (result))
	continue;
      tree value = PHI_ARG_DEF_FROM_EDGE (gsi.phi (), latch);
      if (TREE_CODE (value) != SSA_NAME)
	continue;
      gimple *def = SSA_NAME_DEF_STMT (value);
      if (gimple_code (def) == GIMPLE_PHI && gimple_bb (def) == into->dest)
	value = PHI_ARG_DEF_FROM_EDGE (as_a <gphi *> (def), into);
      if (TREE_CODE (value) == SSA_NAME)
	to_phi->put (value, result);
    }
}

/* Whether the value USE, used in the save path of C (the blocks its
   first block dominates), comes from C->loop's iteration but not from
   the save path itself.  */

static bool
iteration_value_p (const chunk_loop *c, tree use)
{
  if (TREE_CODE (use) != SSA_NAME || virtual_operand_p (use))
    return false;
  basic_block def = gimple_bb (SSA_NAME_DEF_STMT (use));
  return (def && flow_bb_inside_loop_p (c->loop, def)
	  && !dominated_by_p (CDI_DOMINATORS, def, c->save));
}

/* Go over the save path of C: in each of its statements and the PHI
   arguments on its edges, replace each use of a value of TO_PHI by its
   PHI, all at once (a PHI may itself be the value of another), and
   reset debug statements that use another value of the iteration.
   Without RENAME, only say whether there is a statement or PHI (debug
   statements aside) that uses another: a check moved from the end of
   an iteration to the next test must find there what it saves.  */

static bool
save_path_uses_only_p (const chunk_loop *c, hash_map<tree, tree> *to_phi,
		       bool rename)
{
  auto_vec<basic_block> blocks
    = get_all_dominated_blocks (CDI_DOMINATORS, c->save);
  for (basic_block bb : blocks)
    {
      /* The PHI arguments on its edges, but those back into the loop,
	 which go to the new loop's latch instead (strip_mine): the
	 save paths of several points may end in one block.  */
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!flow_bb_inside_loop_p (c->loop, e->dest)
	    || dominated_by_p (CDI_DOMINATORS, e->dest, c->save))
	  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
	       gsi_next (&gsi))
	    {
	      use_operand_p use = PHI_ARG_DEF_PTR_FROM_EDGE (gsi.phi (), e);
	      tree *phi = to_phi->get (USE_FROM_PTR (use));
	      if (phi && rename)
		SET_USE (use, *phi);
	      else if (!phi && iteration_value_p (c, USE_FROM_PTR (use)))
		return false;
	    }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  ssa_op_iter iter;
	  use_operand_p use;
	  bool changed = false, lost = false;
	  FOR_EACH_SSA_USE_OPERAND (use, stmt, iter, SSA_OP_USE)
	    if (tree *phi = to_phi->get (USE_FROM_PTR (use)))
	      {
		if (rename)
		  SET_USE (use, *phi);
		changed = true;
	      }
	    else
	      lost |= iteration_value_p (c, USE_FROM_PTR (use));
	  if (lost && !is_gimple_debug (stmt))
	    return false;
	  if (!rename)
	    continue;
	  if (lost && gimple_debug_bind_p (stmt))
	    gimple_debug_bind_reset_value (stmt);
	  if (changed || lost)
	    update_stmt (stmt);
	}
    }
  return true;
}

/* Replace the PHIs of BB whose arguments are all one value by that
   value.  Where a point's save path declines and comes back into the
   loop, the block where it meets the check's way on merges the same
   value from both, a PHI that GCC's later passes would fold, and the
   block would not look empty (csmith seed 640871: a loop of 2 billion
   iterations that the plain build computes away).  */

static void
fold_degenerate_phis (basic_block bb)
{
  for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);)
    {
      gphi *phi = gsi.phi ();
      tree result = gimple_phi_result (phi);
      tree value = degenerate_phi_result (phi);
      if (value && !virtual_operand_p (result)
	  && !SSA_NAME_OCCURS_IN_ABNORMAL_PHI (result)
	  && (TREE_CODE (value) != SSA_NAME
	      || !SSA_NAME_OCCURS_IN_ABNORMAL_PHI (value)))
	{
	  replace_uses_by (result, value);
	  remove_phi_node (&gsi, true);
	}
      else
	gsi_next (&gsi);
    }
}

/* Whether LOOP, an innermost loop, can be strip-mined; if so, fill C.
   Its one point's check must leave it only for the save path, which
   comes back to where the check goes on, and it must have one other
   exit, counted, right before the check (see chunk_loop's shapes).  */

static bool
chunk_loop_p (class loop *loop, chunk_loop *c)
{
  c->loop = loop;
  c->check = NULL;
  basic_block *body = get_loop_body (loop);
  bool ok = true;
  for (unsigned i = 0; i < loop->num_nodes && ok; i++)
    if (gs_find_check (body[i]))
      {
	ok = !c->check;
	c->check = body[i];
      }
  edge fall = (ok && c->check && EDGE_COUNT (c->check->succs) == 2
	       ? find_fallthru_edge (c->check->succs) : NULL);
  if (fall)
    {
      c->cont = skip_forwarders (fall)->dest;
      c->save = EDGE_SUCC (c->check,
			   EDGE_SUCC (c->check, 0) == fall ? 1 : 0)->dest;
      ok = calls_nothing_p (body, loop->num_nodes, c->save);
    }
  free (body);
  if (!fall)
    return not_chunked (loop, "no single point check");
  if (!ok)
    return not_chunked (loop, "a call or an asm");
  if (!single_pred_p (c->save) || !gimple_seq_empty_p (phi_nodes (c->save))
      || !flow_bb_inside_loop_p (loop, c->save)
      || !flow_bb_inside_loop_p (loop, c->cont))
    return not_chunked (loop, "the save path's shape");

  /* The exits: the save path's, and the counted one.  The save path
     comes back only to where the check goes on.  */
  c->exit = NULL;
  auto_vec<edge> exits = get_loop_exit_edges (loop);
  for (edge e : exits)
    {
      if (e->src == c->save)
	continue;
      if (c->exit || (e->flags & (EDGE_COMPLEX | EDGE_IRREDUCIBLE_LOOP)))
	return not_chunked (loop, "more than one exit");
      c->exit = e;
    }
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, c->save->succs)
    if (flow_bb_inside_loop_p (loop, e->dest)
	&& skip_forwarders (e)->dest != c->cont)
      return not_chunked (loop, "the save path comes back elsewhere");

  basic_block test = c->exit ? c->exit->src : NULL;
  if (!test || EDGE_COUNT (test->succs) != 2 || !last_stmt (test)
      || gimple_code (last_stmt (test)) != GIMPLE_COND
      || c->exit->dest->loop_father != loop_outer (loop))
    return not_chunked (loop, "no conditional exit");
  c->stay = EDGE_SUCC (test, EDGE_SUCC (test, 0) == c->exit ? 1 : 0);
  bool to_latch = (c->stay->dest == loop->latch
		   && single_pred_p (loop->latch)
		   && empty_but_memory_p (loop->latch));
  if (test != loop->header && to_latch && all_stmts_p (test, repeatable_p)
      && dominated_by_p (CDI_DOMINATORS, test, c->check))
    {
      /* The check goes on, through empty blocks, to the test, which
	 only it leads to.  */
      basic_block bb = c->cont;
      while (bb != test && single_succ_p (bb) && empty_but_memory_p (bb)
	     && flow_bb_inside_loop_p (loop, single_succ (bb)))
	bb = single_succ (bb);
      if (bb == test)
	{
	  c->shape = chunk_loop::BEFORE_TEST;
	  return true;
	}
    }
  if (!all_stmts_p (c->check, movable_p))
    {
      /* The test in the header, which can run again, the check at the
	 end of the iteration (csmith seed 311210: GCC did not copy
	 such a loop's header, whose PHIs LIM's flags fill).  */
      if (test == loop->header && c->check != test
	  && all_stmts_p (test, repeatable_p) && c->cont == loop->latch
	  && dominated_by_p (CDI_DOMINATORS, c->check, test))
	{
	  hash_map<tree, tree> to_phi;
	  next_iteration_values (c, &to_phi);
	  if (save_path_uses_only_p (c, &to_phi, false))
	    {
	      c->shape = chunk_loop::AFTER_BODY;
	      return true;
	    }
	}
      return not_chunked (loop, "the check's block computes");
    }
  if (c->check == loop->header)
    {
      c->shape = chunk_loop::AT_TOP;
      return ((test != loop->header && to_latch)
	      || not_chunked (loop, "the check first, the test not last"));
    }
  if (c->stay->dest != c->check || !single_pred_p (c->check)
      || !gimple_seq_empty_p (phi_nodes (c->check)))
    return not_chunked (loop, "the check is not right after the test");
  if (test == loop->header)
    {
      c->shape = chunk_loop::AT_HEADER;
      return (all_stmts_p (test, repeatable_p)
	      || not_chunked (loop, "the header cannot run again"));
    }
  /* Where the check and the save path meet again, empty blocks may lead
     to the latch.  */
  c->shape = chunk_loop::AT_END;
  basic_block to = c->cont;
  while (to != loop->latch && single_succ_p (to) && empty_but_memory_p (to)
	 && flow_bb_inside_loop_p (loop, single_succ (to)))
    to = single_succ (to);
  return ((to == loop->latch && empty_but_memory_p (loop->latch))
	  || not_chunked (loop, "the check is not right before the latch"));
}

/* Replace by TO the uses of FROM in the statements but EXCEPT (and
   debug statements) of the blocks where IN (BB, DATA) holds, and in the
   PHI arguments on edges from them.  */

static void
replace_uses_where (tree from, tree to, gimple *except,
		    bool (*in) (basic_block, const void *), const void *data)
{
  gimple *stmt;
  imm_use_iterator iter;
  FOR_EACH_IMM_USE_STMT (stmt, iter, from)
    {
      if (gphi *phi = dyn_cast <gphi *> (stmt))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    if (gimple_phi_arg_def (phi, i) == from
		&& in (gimple_phi_arg_edge (phi, i)->src, data))
	      SET_PHI_ARG_DEF (phi, i, to);
	  continue;
	}
      if (stmt == except || is_gimple_debug (stmt)
	  || !in (gimple_bb (stmt), data))
	continue;
      use_operand_p use;
      FOR_EACH_IMM_USE_ON_STMT (use, iter)
	SET_USE (use, to);
      update_stmt (stmt);
    }
}

/* Whether BB is dominated by the block DATA (the save path, by its first
   block).  */

static bool
dominated_p (basic_block bb, const void *data)
{
  return dominated_by_p (CDI_DOMINATORS, bb, (basic_block) data);
}

/* Whether BB is outside the loop DATA.  */

static bool
outside_p (basic_block bb, const void *data)
{
  return !flow_bb_inside_loop_p ((const class loop *) data, bb);
}

/* After C->loop, strip-mined, has run RUN + 1 tests of its exit and
   left it for TURN: outside the loop, give each variable of the loop
   that keeps one value from its second iteration on (the flags that
   LIM adds to say that a loop stored a variable it keeps in a register,
   because the save path may leave the loop before its first store) its
   final value, that one if the loop went round at all, its value from
   the new loop's header (VARS) otherwise.  The loop then has no
   variable whose final value SCEV cannot compute, and GCC can replace
   it by its final values when it computes nothing else (csmith seed
   120376).  */

static void
settle_flags (chunk_loop *c, vec<std::pair<gphi *, gphi *> > &vars,
	      tree run, basic_block turn)
{
  class loop *loop = c->loop;
  tree went_round = NULL_TREE;
  /* One place for all: each final value after WENT_ROUND, which the
     first computes.  */
  gimple_stmt_iterator gsi = gsi_after_labels (turn);
  for (auto &v : vars)
    {
      tree res = gimple_phi_result (v.first);
      tree later = PHI_ARG_DEF_FROM_EDGE (v.first, loop_latch_edge (loop));
      if (virtual_operand_p (res) || later == res
	  || (TREE_CODE (later) == SSA_NAME
	      && (SSA_NAME_IS_DEFAULT_DEF (later)
		  || flow_bb_inside_loop_p (loop,
					    gimple_bb (SSA_NAME_DEF_STMT
						       (later)))))
	  || (TREE_CODE (later) != SSA_NAME
	      && !is_gimple_min_invariant (later)))
	continue;
      if (!went_round)
	{
	  went_round = make_ssa_name (boolean_type_node);
	  gsi_insert_before (&gsi, gimple_build_assign (went_round, NE_EXPR,
							run,
							build_zero_cst
							(TREE_TYPE (run))),
			     GSI_SAME_STMT);
	}
      tree final = make_ssa_name (TREE_TYPE (res));
      gassign *def = gimple_build_assign (final, COND_EXPR, went_round,
					  later, gimple_phi_result (v.second));
      gsi_insert_before (&gsi, def, GSI_SAME_STMT);

      replace_uses_where (res, final, def, outside_p, loop);
    }
}

/* Have C->loop, strip-mined, test its exit at most short_loop times a
   run, counting the tests left from the values of its variables in the
   new loop's header, INTO's source, and have LEAVE, the new loop's test,
   leave it when the run was the last.  Returns the tests of this run,
   less one, or NULL_TREE, changing nothing, when they cannot be had.

   GCC may count the tests only under assumptions (that a counter
   stepping by 2 towards zero starts even, that a bound is not the
   type's largest value), as the vectoriser does, which then versions
   the loop.  When they fail, the run makes one test, and LEAVE follows
   what the loop's own test said (csmith seed 113480: a loop counting
   up by 2 until it wraps to 0, vectorised without the plugin, ran 3
   times slower with a check in every iteration).  */

static tree
count_run (chunk_loop *c, edge into, gcond *leave)
{
  /* LOOP's iteration count from the values in HEAD, which only the new
     loop's back edge keeps SCEV from taking for the values before it.
     HEAD computes it, and the assumptions, whether they hold or not:
     they must not trap.  */
  scev_reset ();
  class tree_niter_desc desc;
  if (!number_of_iterations_exit_assumptions (c->loop, c->exit, &desc, NULL)
      || integer_zerop (desc.assumptions)
      || !INTEGRAL_TYPE_P (TREE_TYPE (desc.niter))
      || generic_expr_could_trap_p (desc.niter)
      || generic_expr_could_trap_p (desc.may_be_zero)
      || generic_expr_could_trap_p (desc.assumptions))
    return NULL_TREE;
  tree type = TREE_TYPE (desc.niter);
  tree max = build_int_cst (long_long_unsigned_type_node,
			    gs_opts.short_loop - 1);
  if (!int_fits_type_p (max, type))
    return NULL_TREE;
  max = fold_convert (type, max);
  gcond *test = as_a <gcond *> (last_stmt (c->exit->src));
  bool exit_if_true = c->exit->flags & EDGE_TRUE_VALUE;
  tree_code code = gimple_cond_code (test);
  if (!exit_if_true)
    code = invert_tree_comparison (code,
				   HONOR_NANS (gimple_cond_lhs (test)));
  if (code == ERROR_MARK)
    return NULL_TREE;

  /* In HEAD: the tests left, less one (NITER); whether they all fit in
     this run of LOOP (LAST); how many this run makes, less one, through
     an empty asm so that GCC does not learn that LOOP iterates fewer
     than short_loop times and choose differently than without the
     plugin (see version_short_loop in gs-points.cc).  */
  gimple_seq stmts = NULL, more_stmts = NULL;
  tree niter = unshare_expr (desc.niter);
  if (!integer_zerop (desc.may_be_zero))
    niter = fold_build3 (COND_EXPR, type, unshare_expr (desc.may_be_zero),
			 build_zero_cst (type), niter);
  tree holds = NULL_TREE;
  if (!integer_onep (desc.assumptions))
    {
      holds = force_gimple_operand (unshare_expr (desc.assumptions),
				    &more_stmts, true, NULL_TREE);
      gimple_seq_add_seq (&stmts, more_stmts);
      more_stmts = NULL;
      niter = fold_build3 (COND_EXPR, type, holds, niter,
			   build_zero_cst (type));
    }
  niter = force_gimple_operand (niter, &more_stmts, true, NULL_TREE);
  gimple_seq_add_seq (&stmts, more_stmts);
  more_stmts = NULL;
  tree last = force_gimple_operand (fold_build2 (LE_EXPR, boolean_type_node,
						 niter, max),
				    &more_stmts, true, NULL_TREE);
  gimple_seq_add_seq (&stmts, more_stmts);
  tree run = gs_opaque_value (fold_build2 (MIN_EXPR, type, niter, max),
			      &stmts);
  gsi_insert_seq_on_edge_immediate (into, stmts);
  update_stmt (SSA_NAME_DEF_STMT (run));

  /* Where the assumptions may fail, what the loop's test says, before
     the count replaces it; LEAVE follows it when they do.  */
  if (holds)
    {
      tree said = make_ssa_name (boolean_type_node);
      gimple_stmt_iterator gsi = gsi_for_stmt (test);
      gsi_insert_before (&gsi,
			 gimple_build_assign (said, code,
					      gimple_cond_lhs (test),
					      gimple_cond_rhs (test)),
			 GSI_SAME_STMT);
      tree either = make_ssa_name (boolean_type_node);
      gsi = gsi_for_stmt (leave);
      gsi_insert_before (&gsi,
			 gimple_build_assign (either, COND_EXPR, holds, last,
					      said),
			 GSI_SAME_STMT);
      last = either;
    }
  create_canonical_iv (c->loop, c->exit, run);
  gimple_cond_set_lhs (leave, last);
  update_stmt (leave);
  return run;
}

/* Strip-mine C.LOOP (see the comment at the top).  Returns false, with
   the loop unchanged but inside a new loop that never goes round (for
   GCC to remove), when it is counted but its iteration count from the
   new loop's values cannot be had.  */

static bool
strip_mine (chunk_loop *c)
{
  class loop *loop = c->loop;
  class loop *outer = loop_outer (loop);
  edge exit = c->exit;
  edge test_stay = c->stay;

  /* The check at the top of the header: split it from the PHIs.  */
  bool at_header = (c->shape == chunk_loop::AT_HEADER
		    || c->shape == chunk_loop::AFTER_BODY);
  if (c->shape == chunk_loop::AT_TOP)
    {
      c->stay = split_block_after_labels (loop->header);
      c->check = c->stay->dest;
    }
  /* The check after the iteration's statements: split it from them.  */
  if (c->shape == chunk_loop::BEFORE_TEST
      || c->shape == chunk_loop::AFTER_BODY)
    {
      gimple_stmt_iterator gsi = gsi_for_stmt (last_stmt (c->check));
      gsi_prev (&gsi);
      c->stay = (gsi_end_p (gsi) ? split_block_after_labels (c->check)
		 : split_block (c->check, gsi_stmt (gsi)));
      c->check = c->stay->dest;
    }

  /* The new loop: its header, where each variable of LOOP enters LOOP
     with its value there; a test that leaves LOOP for the new loop's
     latch, which gives the variables their values at the check, or
     goes on.  A counted loop is left, through its exit, for a test that
     leaves the new loop too or goes round, as yet always leaving; the
     test of any other loop, as yet always going round, is on the edge
     where its exit test stays in it, and LOOP keeps its exit.  */
  basic_block head = split_edge (loop_preheader_edge (loop));
  edge into = single_succ_edge (head);
  auto_vec<std::pair<gphi *, gphi *> > vars;
  for (gphi_iterator gsi = gsi_start_phis (loop->header); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      gphi *var = create_phi_node (copy_ssa_name (gimple_phi_result (phi)),
				   head);
      add_phi_arg (var, PHI_ARG_DEF_FROM_EDGE (phi, into),
		   single_pred_edge (head),
		   gimple_phi_arg_location_from_edge (phi, into));
      SET_PHI_ARG_DEF (phi, into->dest_idx, gimple_phi_result (var));
      vars.safe_push (std::make_pair (phi, var));
    }
  basic_block turn = split_edge (c->counted ? exit : test_stay);
  if (!c->counted && c->stay == test_stay)
    c->stay = single_succ_edge (turn);
  edge done = single_succ_edge (turn);
  gcond *leave = gimple_build_cond (NE_EXPR, boolean_true_node,
				    boolean_false_node, NULL_TREE, NULL_TREE);
  gimple_stmt_iterator gsi = gsi_last_bb (turn);
  gsi_insert_after (&gsi, leave, GSI_NEW_STMT);
  done->flags = ((done->flags & ~EDGE_FALLTHRU)
		 | (c->counted ? EDGE_TRUE_VALUE : EDGE_FALSE_VALUE));
  basic_block again = create_empty_bb (turn);
  add_bb_to_loop (again, outer);
  edge more = make_edge (turn, again,
			 c->counted ? EDGE_FALSE_VALUE : EDGE_TRUE_VALUE);
  more->probability = (c->counted ? profile_probability::even ()
		       : profile_probability::very_unlikely ());
  done->probability = more->probability.invert ();
  again->count = more->count ();
  edge back = make_single_succ_edge (again, head, EDGE_FALLTHRU);
  set_immediate_dominator (CDI_DOMINATORS, again, turn);
  for (auto &v : vars)
    add_phi_arg (v.second,
		 at_header ? gimple_phi_result (v.first)
		 : PHI_ARG_DEF_FROM_EDGE (v.first, loop_latch_edge (loop)),
		 back, UNKNOWN_LOCATION);
  class loop *mine = alloc_loop ();
  mine->header = head;
  mine->latch = again;
  add_loop (mine, outer);
  free_dominance_info (CDI_DOMINATORS);
  calculate_dominance_info (CDI_DOMINATORS);

  tree run;
  if (c->counted)
    {
      run = count_run (c, into, leave);
      if (!run)
	return false;
    }
  else
    {
      /* LOOP goes round while a count, down from short_loop at its
	 entry (through an empty asm, as below) and by one in TURN, is
	 not zero: a subtraction and a jump, as cheap as the check.  */
      tree type = unsigned_type_node;
      tree max = build_int_cst (long_long_unsigned_type_node,
				gs_opts.short_loop);
      if (!int_fits_type_p (max, type))
	type = long_long_unsigned_type_node;
      gimple_seq stmts = NULL;
      run = gs_opaque_value (fold_convert (type, max), &stmts);
      gsi_insert_seq_on_edge_immediate (into, stmts);
      update_stmt (SSA_NAME_DEF_STMT (run));
      tree left;
      gsi = gsi_last_bb (turn);
      create_iv (run, build_int_cst (type, -1), NULL_TREE, loop, &gsi, false,
		 NULL, &left);
      gimple_cond_set_condition (leave, EQ_EXPR, left, build_zero_cst (type));
      update_stmt (leave);
    }

  /* A check at the end of the iteration, moved to the next test: what
     the save path saves is there in the header's PHIs.  (Only now that
     the loop is sure to be strip-mined.)  */
  if (c->shape == chunk_loop::AFTER_BODY)
    {
      hash_map<tree, tree> to_phi;
      next_iteration_values (c, &to_phi);
      save_path_uses_only_p (c, &to_phi, true);
    }

  /* A check that was at the top of the header: have the save path save,
     for the PHIs' values, those they get at the end of the iteration,
     where the check goes.  */
  if (c->shape == chunk_loop::AT_TOP)
    {
      edge latch = loop_latch_edge (loop);
      for (auto &v : vars)
	if (!virtual_operand_p (gimple_phi_result (v.first)))
	  replace_uses_where (gimple_phi_result (v.first),
			      PHI_ARG_DEF_FROM_EDGE (v.first, latch), NULL,
			      dominated_p, c->save);
    }

  /* Move the check: the test goes on to the rest of the iteration
     directly, and the check, with the save path's first block, goes
     between the new loop's test and its latch.  */
  edge fall = find_fallthru_edge (c->check->succs);
  edge into_cont = skip_forwarders (fall);
  edge stay = ssa_redirect_edge (c->stay, c->cont);
  redirect_edge_var_map_clear (stay);
  for (gphi_iterator gsi = gsi_start_phis (c->cont); !gsi_end_p (gsi);
       gsi_next (&gsi))
    add_phi_arg (gsi.phi (), PHI_ARG_DEF_FROM_EDGE (gsi.phi (), into_cont),
		 stay, gimple_phi_arg_location_from_edge (gsi.phi (),
							  into_cont));
  edge e;
  edge_iterator ei;
  for (ei = ei_start (c->save->succs); (e = ei_safe_edge (ei)); )
    if (flow_bb_inside_loop_p (loop, e->dest))
      redirect_past_forwarders (e, again);
    else
      ei_next (&ei);
  redirect_past_forwarders (fall, again);
  ssa_redirect_edge (more, c->check);
  redirect_edge_var_map_clear (more);
  remove_bb_from_loops (c->check);
  add_bb_to_loop (c->check, mine);
  remove_bb_from_loops (c->save);
  add_bb_to_loop (c->save, mine);
  if (c->counted)
    settle_flags (c, vars, run, turn);

  /* The memory state now flows through the new loop: redo it.  The
     edges redirected above left the dominators stale.  */
  mark_virtual_operands_for_renaming (cfun);
  free_dominance_info (CDI_DOMINATORS);
  return true;
}

/* Remove the end-of-scope clobbers from LOOP, an innermost loop, when
   they are all it stores: a memory variable of the frame, which a point
   saves whole, stays in memory and keeps its clobber, and the clobber
   keeps GCC from deleting a loop that computes nothing (csmith seed
   111634: a loop of 4 billion iterations, the scope of an unused struct,
   which GCC deletes without the plugin, ran 30 times slower).  A clobber
   only tells GCC that a variable is dead; without it GCC assumes less.
   Returns whether it removed any.  */

static bool
drop_loop_clobbers (class loop *loop)
{
  auto_vec<gimple *> clobbers;
  basic_block *body = get_loop_body (loop);
  bool only = true;
  for (unsigned i = 0; i < loop->num_nodes && only; i++)
    for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]);
	 !gsi_end_p (gsi) && only; gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (gimple_clobber_p (stmt))
	  clobbers.safe_push (stmt);
	else if (gimple_vdef (stmt) || gimple_has_side_effects (stmt)
		 || is_gimple_call (stmt) || gimple_code (stmt) == GIMPLE_ASM)
	  only = false;
      }
  free (body);
  if (!only)
    return false;
  for (gimple *stmt : clobbers)
    {
      gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
      unlink_stmt_vdef (stmt);
      gsi_remove (&gsi, true);
      release_defs (stmt);
    }
  return !clobbers.is_empty ();
}

/* Whether C->loop stores to memory but in the save path and in
   end-of-scope clobbers: stores that LIM could not move out of the loop,
   the save path's call in it being one reason, which it may move once
   the check is out of the loop (csmith seed 5002: a loop that GCC cannot
   count, storing to globals, ran 7 times slower with its check).  */

static bool
stores_p (const chunk_loop *c)
{
  basic_block *body = get_loop_body (c->loop);
  bool stores = false;
  for (unsigned i = 0; i < c->loop->num_nodes && !stores; i++)
    for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]);
	 body[i] != c->save && !gsi_end_p (gsi) && !stores; gsi_next (&gsi))
      stores = (gimple_vdef (gsi_stmt (gsi))
		&& !gimple_clobber_p (gsi_stmt (gsi)));
  free (body);
  return stores;
}

/* The loop points of the unit, by the index of their function's
   metadata and their own index (gs_note_loop_point, at the end of the
   gearshift pass): clones and inlined copies of a function keep both
   in their save paths.  */
typedef int_hash<unsigned HOST_WIDE_INT, 0, 1> point_key_hash;
static hash_set<point_key_hash> *loop_points;

static unsigned HOST_WIDE_INT
point_key (unsigned HOST_WIDE_INT fn_index, unsigned HOST_WIDE_INT id)
{
  return (fn_index << 32 | id) + 2;
}

void
gs_note_loop_point (unsigned int fn_index, unsigned int id)
{
  if (!loop_points)
    loop_points = new hash_set<point_key_hash>;
  loop_points->add (point_key (fn_index, id));
}

/* If BB ends in a point's check, whose save path pushes the frame,
   "p = __gearshift_push_frame (&fns[INDEX], ID, SIZE)", store the
   point's key in *KEY and return true.  */

static bool
check_point_key (basic_block bb, unsigned HOST_WIDE_INT *key)
{
  edge fall = (gs_find_check (bb) && EDGE_COUNT (bb->succs) == 2
	       ? find_fallthru_edge (bb->succs) : NULL);
  if (!fall)
    return false;
  basic_block save = EDGE_SUCC (bb, EDGE_SUCC (bb, 0) == fall ? 1 : 0)->dest;
  gcall *push = gs_save_push (save);
  if (!push)
    return false;
  tree meta = gimple_call_arg (push, 0), id = gimple_call_arg (push, 1);
  if (TREE_CODE (meta) != ADDR_EXPR
      || TREE_CODE (TREE_OPERAND (meta, 0)) != ARRAY_REF
      || !tree_fits_uhwi_p (TREE_OPERAND (TREE_OPERAND (meta, 0), 1))
      || !tree_fits_uhwi_p (id))
    return false;
  *key = point_key (tree_to_uhwi (TREE_OPERAND (TREE_OPERAND (meta, 0), 1)),
		    tree_to_uhwi (id));
  return true;
}

/* Remove from LOOP, an innermost loop, the checks that GCC copied when
   it unrolled an inner loop completely (cunrolli runs before this
   pass): checks of a loop point (gs_note_loop_point) that LOOP holds
   more than once, when the one other check it holds stays and bounds
   the wait as that point did.  A loop with more than one check cannot
   be strip-mined (csmith seed 611807, gear=low: an empty loop of two
   billion iterations, which GCC deletes without the plugin, holding
   the three copies of a loop of three iterations, ran in 2.6 s against
   nothing).  Returns whether it removed any; their save paths are then
   unreachable.  */

static bool
drop_unrolled_checks (class loop *loop)
{
  if (!loop_points)
    return false;
  basic_block *body = get_loop_body (loop);
  auto_vec<basic_block> checks;
  auto_vec<unsigned HOST_WIDE_INT> keys;
  hash_map<point_key_hash, unsigned> copies;
  bool known = true;
  for (unsigned i = 0; i < loop->num_nodes && known; i++)
    if (gs_find_check (body[i]))
      {
	unsigned HOST_WIDE_INT key;
	known = check_point_key (body[i], &key);
	if (known)
	  {
	    checks.safe_push (body[i]);
	    keys.safe_push (key);
	    copies.get_or_insert (key)++;
	  }
      }
  free (body);
  if (!known)
    return false;
  unsigned stay = 0, drop = 0;
  for (unsigned i = 0; i < checks.length (); i++)
    if (*copies.get (keys[i]) > 1 && loop_points->contains (keys[i]))
      drop++;
    else
      stay++;
  if (drop == 0 || stay != 1)
    return false;
  for (unsigned i = 0; i < checks.length (); i++)
    if (*copies.get (keys[i]) > 1 && loop_points->contains (keys[i]))
      {
	basic_block bb = checks[i];
	edge fall = find_fallthru_edge (bb->succs);
	edge to_save = EDGE_SUCC (bb, EDGE_SUCC (bb, 0) == fall ? 1 : 0);
	gimple_stmt_iterator gsi = gsi_last_bb (bb);
	gimple *check = gsi_stmt (gsi);
	unlink_stmt_vdef (check);
	gsi_remove (&gsi, true);
	release_defs (check);
	remove_edge (to_save);
	if (dump_file && (dump_flags & TDF_DETAILS))
	  fprintf (dump_file, "loop %d: check of an unrolled loop's point "
		   "removed from bb %d\n", loop->num, bb->index);
      }
  return true;
}

namespace {

/* The data of the loop pass called NAME: "gearshift-empty-loops" (below),
   "gearshift-chunks", after
   loopinit, and "gearshift-unrolled", the same pass run again after
   GCC's complete unrolling (cunroll) for the loops that it unrolled an
   inner loop of: their one check left is their own, and they get
   strip-mined then (csmith seed 700580, -O3: "for (g = 0; g < 6; g++)
   ;" inside a loop of 3.6 billion iterations, both of which GCC
   deletes, counting g in a register only once LIM has moved it there,
   after the gearshift pass gave each loop a point; the six copies of
   the inner check that cunroll left, and the outer one, ran 3.4 s
   against 5 ms).  */

static pass_data
loop_pass_data (const char *name)
{
  pass_data data = {
    GIMPLE_PASS,		/* type */
    name,			/* name */
    OPTGROUP_LOOP,		/* optinfo_flags */
    TV_NONE,			/* tv_id */
    PROP_cfg | PROP_ssa,	/* properties_required */
    0,				/* properties_provided */
    0,				/* properties_destroyed */
    0,				/* todo_flags_start */
    0,				/* todo_flags_finish */
  };
  return data;
}

class pass_gearshift_chunks : public gimple_opt_pass
{
public:
  pass_gearshift_chunks (gcc::context *ctxt, bool unrolled)
    : gimple_opt_pass (loop_pass_data (unrolled ? "gearshift-unrolled"
				       : "gearshift-chunks"), ctxt),
      unrolled (unrolled)
  {}

  bool gate (function *) final override
  {
    return gs_opts.short_loop != 0;
  }

  unsigned int execute (function *) final override;

private:
  /* Run after cunroll: only the loops whose checks of an unrolled
     loop it drops.  */
  bool unrolled;
};

unsigned int
pass_gearshift_chunks::execute (function *fun)
{
  if (number_of_loops (fun) <= 1)
    return 0;
  auto_vec<chunk_loop> found;
  bool dropped = false;
  auto_bitmap unrolled_loops;
  for (auto loop : loops_list (fun, LI_ONLY_INNERMOST))
    if (drop_unrolled_checks (loop))
      {
	dropped = true;
	bitmap_set_bit (unrolled_loops, loop->num);
      }
  if (unrolled && !dropped)
    return 0;
  if (dropped)
    {
      delete_unreachable_blocks ();
      free_dominance_info (CDI_DOMINATORS);
    }
  calculate_dominance_info (CDI_DOMINATORS);
  for (auto loop : loops_list (fun, LI_ONLY_INNERMOST))
    {
      if (unrolled && !bitmap_bit_p (unrolled_loops, loop->num))
	continue;
      chunk_loop c;
      basic_block *body = get_loop_body (loop);
      for (unsigned i = 0; i < loop->num_nodes; i++)
	if (body[i] != loop->header)
	  fold_degenerate_phis (body[i]);
      free (body);
      if (chunk_loop_p (loop, &c))
	found.safe_push (c);
      else
	dropped |= drop_loop_clobbers (loop);
    }
  if (found.is_empty ())
    return dropped ? TODO_update_ssa_only_virtuals : 0;

  auto_vec<class loop *> mined;
  for (chunk_loop &c : found)
    {
      calculate_dominance_info (CDI_DOMINATORS);
      class tree_niter_desc desc;
      c.counted = (number_of_iterations_exit_assumptions (c.loop, c.exit,
							  &desc, NULL)
		   && !integer_zerop (desc.assumptions));
      /* Where the assumptions fail, a run makes one test (count_run):
	 one iteration when the test ends it, none when the test is in
	 the header, and the loop would never get on.  Such a loop keeps
	 its own test, counted beside it.  */
      if (c.counted && !integer_onep (desc.assumptions)
	  && (c.shape == chunk_loop::AT_HEADER
	      || c.shape == chunk_loop::AFTER_BODY))
	c.counted = false;
      if (!c.counted && !stores_p (&c))
	{
	  not_chunked (c.loop, "neither counted nor storing");
	  continue;
	}
      if (dump_file && (dump_flags & TDF_DETAILS))
	{
	  static const char *const shapes[]
	    = { "in the header", "at the end", "at the top",
		"before the test", "after the body" };
	  fprintf (dump_file, "loop %d strip-mined (%s, check %s)\n",
		   c.loop->num,
		   !c.counted ? "not counted"
		   : integer_onep (desc.assumptions) ? "counted"
		   : "counted under assumptions",
		   shapes[c.shape]);
	}
      hoist_invariant_asms (c.loop);
      strip_mine (&c);
      mined.safe_push (c.loop);
    }
  if (mined.is_empty ())
    return dropped ? TODO_update_ssa_only_virtuals : 0;
  /* The loop passes keep the dominators up to date, and expect them
     (get_loop_body and rewrite_into_loop_closed_ssa among them).  */
  calculate_dominance_info (CDI_DOMINATORS);
  for (chunk_loop &c : found)
    drop_loop_clobbers (c.loop);
  release_recorded_exits (fun);
  record_loop_exits ();
  update_ssa (TODO_update_ssa_only_virtuals);
  if (loops_state_satisfies_p (fun, LOOP_CLOSED_SSA))
    rewrite_into_loop_closed_ssa (NULL, TODO_update_ssa);
  scev_reset ();
  /* After cunroll, GCC's own final value replacement (scev_cprop) has
     run: do it for the runs, so that GCC can delete those that then
     compute nothing (seed 700580's).  */
  if (unrolled && loops_state_satisfies_p (fun, LOOP_CLOSED_SSA))
    {
      for (class loop *loop : mined)
	final_value_replacement_loop (loop);
      scev_reset ();
    }
  checking_verify_loop_structure ();
  return 0;
}

/* After GCC's loop optimisations ("loopdone"), before its last
   control-dependence DCE: remove the end-of-scope clobbers from the
   innermost loops that are left with nothing else, as the pass above
   does for those that have nothing else when it runs.  Stores that
   were there then may have gone since: csmith seed 611807 stores into
   a local array in a loop that GCC unrolls, and in the low-gear clone,
   where a point reads the array back from the frame, the stores go
   only once DSE sees the array's clobber after them; the clobber then
   kept an empty loop of two billion iterations (0.9 s, against none
   with the plugin's high gear or without it).  */

class pass_gearshift_empty_loops : public gimple_opt_pass
{
public:
  pass_gearshift_empty_loops (gcc::context *ctxt)
    : gimple_opt_pass (loop_pass_data ("gearshift-empty-loops"), ctxt)
  {}

  bool gate (function *) final override
  {
    return optimize != 0;
  }

  unsigned int execute (function *fun) final override
  {
    if (number_of_loops (fun) <= 1)
      return 0;
    loop_optimizer_init (LOOPS_NORMAL);
    bool dropped = false;
    for (auto loop : loops_list (fun, LI_ONLY_INNERMOST))
      dropped |= drop_loop_clobbers (loop);
    loop_optimizer_finalize ();
    return dropped ? TODO_update_ssa_only_virtuals : 0;
  }
};

} // anon namespace

/* Create the passes, for plugin_init.  */

opt_pass *
gs_make_chunks_pass (gcc::context *ctxt, bool unrolled)
{
  return new pass_gearshift_chunks (ctxt, unrolled);
}

opt_pass *
gs_make_empty_loops_pass (gcc::context *ctxt)
{
  return new pass_gearshift_empty_loops (ctxt);
}
