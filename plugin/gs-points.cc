/* gearshift: where the update points go, and their labels.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Policies (-fplugin-arg-gearshift-points=):
   - auto (default): every loop, except loop nests that make no call
     that could unwind and in which GCC can compute every loop's
     iteration count on entry: those always finish, a check in them
     would stop vectorisation, and a function whose only loops are such
     nests is left alone and can be inlined; and except loops that
     call, on every iteration, a function with an entry point, whose
     check bounds the wait as well.  The entry of every function that
     can recurse (gs-pass.cc decides which); every explicit point.
   - loops: every loop, recursion entries, explicit points; but a loop
     that calls a function with an entry point on every iteration has
     no point of its own, and an innermost loop that makes no call and
     whose iteration count GCC computes on entry runs a copy without
     its point when it will iterate fewer than short-loop times
     (version_short_loop).
   - manual: explicit points only.
   Every call that may unwind (gs_calls_instrumentable_p) is an unwind
   point whatever the policy: a callee that captured returns there.

   Labels are derived from source structure, not from GCC's numbering,
   so that the same function in the next version gets the same labels:
   "entry"; "loopN" for the Nth outermost loop in source order and
   "loopN.M" for the Mth loop inside it; "call:CALLEE:K" for the Kth
   call to CALLEE ("*" when indirect) in source order; explicit points
   carry the user's label.  */

#include "gs-plugin.h"

/* Order two source locations; unknown sorts last.  */

static int
compare_locations (location_t a, location_t b)
{
  if (a == b)
    return 0;
  if (a == UNKNOWN_LOCATION || b == UNKNOWN_LOCATION)
    return a == UNKNOWN_LOCATION ? 1 : -1;
  expanded_location xa = expand_location (a), xb = expand_location (b);
  if (xa.line != xb.line)
    return xa.line < xb.line ? -1 : 1;
  if (xa.column != xb.column)
    return xa.column < xb.column ? -1 : 1;
  return 0;
}

/* The first known location among the statements of BB, or
   UNKNOWN_LOCATION.  */

static location_t
bb_location (basic_block bb)
{
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (gimple_location (gsi_stmt (gsi)) != UNKNOWN_LOCATION)
      return gimple_location (gsi_stmt (gsi));
  return UNKNOWN_LOCATION;
}

/* Where LOOP is in the source: its header's first located statement,
   else the earliest location in its body.  */

static location_t
loop_location (class loop *loop)
{
  location_t loc = bb_location (loop->header);
  if (loc != UNKNOWN_LOCATION)
    return loc;
  basic_block *body = get_loop_body (loop);
  for (unsigned i = 0; i < loop->num_nodes; i++)
    {
      location_t l = bb_location (body[i]);
      if (compare_locations (l, loc) < 0)
	loc = l;
    }
  free (body);
  return loc;
}

/* Whether some statement of LOOP (inner loops included) satisfies
   PRED (STMT, UNIT).  */

static bool
loop_has_stmt_p (class loop *loop, bool (*pred) (gimple *, gs_unit *),
		 gs_unit *unit)
{
  bool found = false;
  basic_block *body = get_loop_body (loop);
  for (unsigned i = 0; i < loop->num_nodes && !found; i++)
    for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]);
	 !gsi_end_p (gsi) && !found; gsi_next (&gsi))
      found = pred (gsi_stmt (gsi), unit);
  free (body);
  return found;
}

/* Whether STMT is a call that may unwind, or an explicit point.  */

static bool
unwinds_p (gimple *stmt, gs_unit *unit)
{
  return gs_calls_instrumentable_p (stmt, unit) || gs_marker_call_p (stmt);
}

/* Whether LOOP contains a call that may unwind, or an explicit point.  */

static bool
loop_calls_p (class loop *loop, gs_unit *unit)
{
  return loop_has_stmt_p (loop, unwinds_p, unit);
}

/* gs_asm_or_call_p, for loop_has_stmt_p.  */

static bool
asm_or_call_p (gimple *stmt, gs_unit *)
{
  return gs_asm_or_call_p (stmt);
}

/* Whether LOOP makes no call at all, but to const built-in functions,
   and holds no asm.  */

static bool
loop_call_free_p (class loop *loop, gs_unit *unit)
{
  return !loop_has_stmt_p (loop, asm_or_call_p, unit);
}

/* Whether STMT, ending or not ending BB, becomes a call-site point:
   a call that may unwind, and after which the function can go on.  */

static bool
call_point_p (gimple *stmt, basic_block bb, gs_unit *unit)
{
  return (gs_calls_instrumentable_p (stmt, unit)
	  && (!stmt_ends_bb_p (stmt) || find_fallthru_edge (bb->succs)));
}

/* A call that every iteration of LOOP makes (in a block that dominates
   the latch) to a function with an entry point, or null.  Such a loop
   needs no point of its own: the callee's entry check bounds the wait
   for an update as well, and one check an iteration is cheaper than
   two.  Any other call does not: a call-site point only continues a
   capture that its callee started (its callee returned normally, and
   the frame it saves would call it again when resumed), and a callee
   without an entry point may return without passing a check.  Needs
   dominators.  */

static gimple *
entry_call_every_iteration (class loop *loop, gs_unit *unit)
{
  gimple *found = NULL;
  basic_block *body = get_loop_body (loop);
  for (unsigned i = 0; i < loop->num_nodes && !found; i++)
    {
      if (!loop->latch
	  || !dominated_by_p (CDI_DOMINATORS, loop->latch, body[i]))
	continue;
      for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]);
	   !gsi_end_p (gsi) && !found; gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  tree callee = (is_gimple_call (stmt) ? gimple_call_fndecl (stmt)
			 : NULL_TREE);
	  if (callee && unit->entry_points->contains (callee)
	      && call_point_p (stmt, body[i], unit))
	    found = stmt;
	}
    }
  free (body);
  return found;
}

/* A new point of KIND at LOC, appended to GF's points.  */

static gs_point *
add_point (gs_function *gf, enum gs_point_kind kind, location_t loc)
{
  gs_point *p = XCNEW (gs_point);
  p->kind = kind;
  p->loc = loc;
  gf->points.safe_push (p);
  return p;
}

/* A point labelled LABEL on LOOP, appended to GF's; it goes at the end
   of each iteration, on the latch edge (gs-instrument.cc).  */

static void
add_loop_point (gs_function *gf, class loop *loop, const char *label)
{
  gs_point *p = add_point (gf, GS_POINT_LOOP, loop_location (loop));
  p->header = loop->header;
  p->label = xstrdup (label);
}

/* Compare the loops *A and *B by their place in the source.  */

static int
compare_loops (const void *a, const void *b)
{
  class loop *la = *(class loop *const *) a;
  class loop *lb = *(class loop *const *) b;
  int c = compare_locations (loop_location (la), loop_location (lb));
  return c ? c : la->num - lb->num;
}

/* Label the loops inside OUTER, recursively, with PREFIX ("loop" or
   "loop2." and so on), recording each loop's label in LABELS, indexed by
   loop number.  */

static void
label_loops (class loop *outer, const char *prefix, vec<char *> &labels)
{
  auto_vec<class loop *> inner;
  for (class loop *l = outer->inner; l; l = l->next)
    inner.safe_push (l);
  inner.qsort (compare_loops);
  unsigned i;
  class loop *l;
  FOR_EACH_VEC_ELT (inner, i, l)
    {
      char *label = xasprintf ("%s%u", prefix, i + 1);
      labels[l->num] = label;
      char *sub = xasprintf ("%s.", label);
      label_loops (l, sub, labels);
      free (sub);
    }
}

/* Whether LOOP, and every loop inside it, ends within a number of
   iterations GCC can compute on entry to it: its iteration count, or
   that of one of its exits, tested on every iteration (a search
   "for (i = 0; i < n; i++) if (a[i]) break;" ends within n, and so does
   zlib's longest_match, whose chain count falls on every iteration).  */

static bool
bounded_nest_p (class loop *loop)
{
  bool bounded = number_of_latch_executions (loop) != chrec_dont_know;
  if (!bounded)
    {
      auto_vec<edge> exits = get_loop_exit_edges (loop);
      class tree_niter_desc desc;
      for (edge e : exits)
	if (number_of_iterations_exit (loop, e, &desc, false, true))
	  {
	    bounded = true;
	    break;
	  }
    }
  if (!bounded)
    return false;
  for (class loop *inner = loop->inner; inner; inner = inner->next)
    if (!bounded_nest_p (inner))
      return false;
  return true;
}

/* Give LOOP, an innermost loop that makes no call (loop_call_free_p), a
   copy without its point, which runs when GCC can tell on entry that LOOP
   will iterate fewer than gs_opts.short_loop times (-fplugin-arg-
   gearshift-short-loop=, default 4096): GCC 12 vectorises only
   loops with one exit and no call, so a check in the loop stops it,
   and such a run ends within that many iterations anyway.  LOOP itself
   keeps its point for longer runs.  With PLAN_ONLY, decide but leave
   LOOP as it is.  After a copy the caller must update the SSA form.  */

enum short_loop
{
  SHORT_ALWAYS,			/* Always short: no point needed.  */
  SHORT_UNKNOWN,		/* Keeps its point, no copy.  */
  SHORT_COPIED			/* Keeps its point, has a copy without.  */
};

static enum short_loop
version_short_loop (class loop *loop, bool plan_only)
{
  edge exit = single_exit (loop);
  class tree_niter_desc desc;
  if (!exit || !number_of_iterations_exit (loop, exit, &desc, false)
      || !integer_onep (desc.assumptions))
    return SHORT_UNKNOWN;
  tree type = TREE_TYPE (desc.niter);
  if (!INTEGRAL_TYPE_P (type))
    return SHORT_UNKNOWN;
  /* A count whose type cannot reach the limit is always short.  */
  tree limit = build_int_cst (long_long_unsigned_type_node,
			      gs_opts.short_loop - 1);
  if (!int_fits_type_p (limit, type))
    return SHORT_ALWAYS;
  limit = fold_convert (type, limit);
  if (TREE_CODE (desc.niter) == INTEGER_CST)
    return tree_int_cst_lt (desc.niter, limit) ? SHORT_ALWAYS : SHORT_UNKNOWN;
  if (plan_only)
    return SHORT_COPIED;

  /* The original, with its point, when the loop will run long.  The
     test reads the count through an empty asm: GCC would otherwise
     learn from it that the copy runs fewer than LIMIT times, and choose
     differently there than it does for the loop without the plugin
     (KissFFT's butterflies: a pointer per array and a pointer compare
     instead of one index, three more instructions per iteration).  */
  gimple_seq stmts = NULL;
  tree opaque = gs_opaque_value (desc.niter, &stmts);
  tree cond = fold_build2 (GE_EXPR, boolean_type_node, opaque, limit);
  if (!integer_zerop (desc.may_be_zero))
    cond = fold_build2 (TRUTH_AND_EXPR, boolean_type_node,
			invert_truthvalue (unshare_expr (desc.may_be_zero)),
			cond);
  gimple_seq cond_stmts = NULL;
  cond = force_gimple_operand_1 (unshare_expr (cond), &cond_stmts,
				 is_gimple_condexpr, NULL_TREE);
  gimple_seq_add_seq (&stmts, cond_stmts);
  gsi_insert_seq_on_edge_immediate (loop_preheader_edge (loop), stmts);
  update_stmt (SSA_NAME_DEF_STMT (opaque));
  initialize_original_copy_tables ();
  class loop *copy = loop_version (loop, cond, NULL,
				   profile_probability::unlikely (),
				   profile_probability::likely (),
				   profile_probability::unlikely (),
				   profile_probability::likely (), true);
  free_original_copy_tables ();
  return copy ? SHORT_COPIED : SHORT_UNKNOWN;
}

/* Add the loop points of the current function to GF according to the
   policy.  Loop analysis needs preheaders and recorded exits
   (number_of_latch_executions ICEs in loop_preheader_edge without
   them); loop_optimizer_finalize keeps the loop tree because the
   function has PROP_loops.  */

static void
find_loop_points (gs_unit *unit, gs_function *gf, bool plan_only)
{
  if (!loops_for_fn (cfun) || number_of_loops (cfun) <= 1)
    return;
  calculate_dominance_info (CDI_DOMINATORS);
  loop_optimizer_init (LOOPS_NORMAL | LOOPS_HAVE_RECORDED_EXITS);
  scev_initialize ();

  auto_vec<char *> labels;
  labels.safe_grow_cleared (number_of_loops (cfun));
  label_loops (current_loops->tree_root, "loop", labels);
  auto_vec<class loop *> short_loops;

  for (auto loop : loops_list (cfun, 0))
    {
      if (!labels[loop->num])
	continue;
      bool exempt = false;
      if (gs_opts.points == GS_POINTS_AUTO && !loop_calls_p (loop, unit)
	  && bounded_nest_p (loop))
	{
	  exempt = true;
	  gf->exempt.safe_push (xasprintf ("%s: %s, no call, iteration "
					   "count%s bounded", labels[loop->num],
					   loop->inner ? "loop nest"
					   : "innermost",
					   loop->inner ? "s" : ""));
	}
      gimple *call;
      if (!exempt && (call = entry_call_every_iteration (loop, unit)))
	{
	  exempt = true;
	  gf->exempt.safe_push (xasprintf ("%s: calls %s on every iteration, "
					   "whose entry is a point",
					   labels[loop->num],
					   IDENTIFIER_POINTER
					   (DECL_NAME (gimple_call_fndecl
						       (call)))));
	}
      if (!exempt && gs_opts.points == GS_POINTS_LOOPS && gs_opts.short_loop
	  && !loop->inner && loop_call_free_p (loop, unit))
	short_loops.safe_push (loop);
      else if (!exempt)
	add_loop_point (gf, loop, labels[loop->num]);
    }

  /* Versioning adds loops: only once the walk is over.  */
  bool versioned = false;
  for (class loop *loop : short_loops)
    switch (version_short_loop (loop, plan_only))
      {
      case SHORT_ALWAYS:
	gf->exempt.safe_push (xasprintf ("%s: iterates fewer than %u times, "
					 "no call", labels[loop->num],
					 gs_opts.short_loop));
	break;
      case SHORT_COPIED:
	versioned = true;
	gf->exempt.safe_push (xasprintf ("%s: a copy without the point runs "
					 "when it iterates fewer than %u "
					 "times", labels[loop->num],
					 gs_opts.short_loop));
	/* Fall through.  */
      case SHORT_UNKNOWN:
	add_loop_point (gf, loop, labels[loop->num]);
	break;
      }
  if (versioned && !plan_only)
    update_ssa (TODO_update_ssa);

  unsigned i;
  char *l;
  FOR_EACH_VEC_ELT (labels, i, l)
    free (l);
  scev_finalize ();
  loop_optimizer_finalize ();
  free_dominance_info (CDI_DOMINATORS);
}

/* Whether E is an EH edge into a cleanup that does nothing: only the
   end-of-scope clobbers of locals, then on to the caller (with
   -fexceptions, GCC gives every call in the scope of an addressable
   local such a landing pad, and removes it once it sees it empty).  */

static bool
empty_cleanup_edge_p (edge e)
{
  if (!(e->flags & EDGE_EH))
    return false;
  for (gimple_stmt_iterator gsi = gsi_start_bb (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *s = gsi_stmt (gsi);
      if (gimple_code (s) == GIMPLE_RESX)
	return true;
      if (!is_gimple_debug (s) && gimple_code (s) != GIMPLE_LABEL
	  && gimple_code (s) != GIMPLE_NOP && !gimple_clobber_p (s))
	return false;
    }
  return false;
}

/* Whether the call STMT is in tail position: after it the function
   only copies its result and returns it (or, returning nothing, just
   returns).  Copies are SSA copies, a store into the function's result,
   and PHIs merging the result into a shared return, each without a
   change of type that costs code; the end-of-scope clobbers of locals
   on the machine stack may come between, and the call may throw into
   a cleanup that does nothing (empty_cleanup_edge_p).  */

bool
gs_tail_call_p (gimple *stmt)
{
  tree result = DECL_RESULT (current_function_decl);
  bool returns_void = VOID_TYPE_P (TREE_TYPE (result));
  tree val = gimple_call_lhs (stmt);
  if (val && TREE_CODE (val) != SSA_NAME && val != result)
    return false;
  basic_block bb = gimple_bb (stmt);
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gsi_next (&gsi);
  /* A few blocks: the forwarders GCC leaves before a shared return.  */
  for (int hops = 0; hops < 8; hops++)
    {
      for (; !gsi_end_p (gsi); gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  /* End-of-scope clobbers too: a variable that the call could
	     still read would have its address escape into it, and live
	     on the side stack, which keeps the point.  */
	  if (is_gimple_debug (s) || gimple_code (s) == GIMPLE_LABEL
	      || gimple_code (s) == GIMPLE_NOP
	      || gimple_code (s) == GIMPLE_PREDICT
	      || gimple_clobber_p (s))
	    continue;
	  if (greturn *ret = dyn_cast <greturn *> (s))
	    {
	      tree rv = gimple_return_retval (ret);
	      if (!rv)
		return returns_void;
	      return val && rv == val;
	    }
	  if (val && gimple_assign_single_p (s)
	      && gimple_assign_rhs1 (s) == val
	      && (TREE_CODE (gimple_assign_lhs (s)) == SSA_NAME
		  || gimple_assign_lhs (s) == result)
	      && useless_type_conversion_p (TREE_TYPE (gimple_assign_lhs (s)),
					    TREE_TYPE (val)))
	    {
	      val = gimple_assign_lhs (s);
	      continue;
	    }
	  return false;
	}
      /* The one way on, but into cleanups that do nothing.  */
      edge e = NULL, out;
      edge_iterator ei;
      FOR_EACH_EDGE (out, ei, bb->succs)
	if (!empty_cleanup_edge_p (out))
	  {
	    if (e)
	      return false;
	    e = out;
	  }
      if (!e || e->flags & EDGE_COMPLEX
	  || e->dest == EXIT_BLOCK_PTR_FOR_FN (cfun))
	return false;
      bb = e->dest;
      if (val && TREE_CODE (val) == SSA_NAME)
	for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	     gsi_next (&pi))
	  {
	    gphi *phi = pi.phi ();
	    tree res = gimple_phi_result (phi);
	    if (!virtual_operand_p (res)
		&& PHI_ARG_DEF_FROM_EDGE (phi, e) == val
		&& useless_type_conversion_p (TREE_TYPE (res), TREE_TYPE (val)))
	      {
		val = res;
		break;
	      }
	  }
      gsi = gsi_start_bb (bb);
    }
  return false;
}

/* Add GF's explicit points and call-site points.  A call in tail
   position gets none when GF keeps nothing on the side stack (unless
   PLAN_ONLY: it still makes GF a function that can unwind): an
   unwinding capture then passes GF's frame by, which holds nothing the
   function still needs, and the caller's resume, which enters the
   low-gear clone of the function of the next frame captured, whatever
   it called, enters the callee's directly; that returns what GF would
   have returned.  GF is smaller without the landing pad or check (GCC
   inlines such a wrapper as it would the plain one), and GCC can make
   the call a jump.  */

static void
find_statement_points (gs_unit *unit, gs_function *gf, bool plan_only)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (gs_marker_call_p (stmt))
	  {
	    const char *label = (gimple_call_num_args (stmt) == 1
				 ? c_getstr (gimple_call_arg (stmt, 0))
				 : NULL);
	    if (!label || !*label)
	      {
		warning_at (gimple_location (stmt), 0,
			    "gearshift: the argument of "
			    "%<gearshift_update_point%> must be a non-empty "
			    "string literal; no point here");
		continue;
	      }
	    gs_point *p = add_point (gf, GS_POINT_EXPLICIT,
				     gimple_location (stmt));
	    p->stmt = stmt;
	    p->label = xstrdup (label);
	  }
	else if (call_point_p (stmt, bb, unit))
	  {
	    /* Not to a function whose parameters its caller must pass
	       again (gs_find_parms_passed_again leaves none such that
	       it saw in tail position, but the side stack may have
	       changed the call's surroundings since).  */
	    tree callee = gimple_call_fndecl (stmt);
	    if (!plan_only && !gf->side && gs_tail_call_p (stmt)
		&& !(callee && gs_passes_again_p (unit, callee)))
	      {
		gf->passes = true;
		continue;
	      }
	    gs_point *p = add_point (gf, GS_POINT_CALL,
				     gimple_location (stmt));
	    p->stmt = stmt;
	  }
      }
}

/* Compare the points *A and *B by source position, then kind.  */

static int
compare_points (const void *a, const void *b)
{
  const gs_point *pa = *(const gs_point *const *) a;
  const gs_point *pb = *(const gs_point *const *) b;
  if (pa->kind == GS_POINT_ENTRY || pb->kind == GS_POINT_ENTRY)
    return (pb->kind == GS_POINT_ENTRY) - (pa->kind == GS_POINT_ENTRY);
  int c = compare_locations (pa->loc, pb->loc);
  if (c)
    return c;
  if (pa->kind != pb->kind)
    return (int) pa->kind - (int) pb->kind;
  /* Same place and kind (a macro expanding to two calls): keep the
     order of discovery, which is the order of the statements.  */
  return pa->id < pb->id ? -1 : pa->id > pb->id;
}

/* The name call-site labels use for the callee of CALL.  */

static const char *
callee_label (gimple *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl && DECL_NAME (fndecl))
    return IDENTIFIER_POINTER (DECL_NAME (fndecl));
  return "*";
}

/* Sort GF's points into source order, number them, and give call-site
   points their labels; make explicit labels unique.  */

static void
finish_points (gs_function *gf)
{
  unsigned i;
  gs_point *p;
  FOR_EACH_VEC_ELT (gf->points, i, p)
    p->id = i;
  gf->points.qsort (compare_points);

  hash_map<nofree_string_hash, unsigned> seen;
  FOR_EACH_VEC_ELT (gf->points, i, p)
    {
      p->id = i;
      if (p->kind == GS_POINT_CALL)
	{
	  char *base = xasprintf ("call:%s:", callee_label (p->stmt));
	  bool existed;
	  unsigned &n = seen.get_or_insert (ggc_strdup (base), &existed);
	  n = existed ? n + 1 : 1;
	  p->label = xasprintf ("%s%u", base, n);
	  free (base);
	}
      else if (p->kind == GS_POINT_EXPLICIT)
	{
	  bool existed;
	  unsigned &n = seen.get_or_insert (ggc_strdup (p->label), &existed);
	  n = existed ? n + 1 : 1;
	  if (existed)
	    {
	      char *unique = xasprintf ("%s#%u", p->label, n);
	      warning_at (p->loc, 0, "gearshift: update point label %qs is "
			  "used more than once in %qD; this one is %qs",
			  p->label, current_function_decl, unique);
	      free (p->label);
	      p->label = unique;
	    }
	}
    }
}

/* Find the update points of the current function, GF, for UNIT.  With
   PLAN_ONLY, leave the function as it is: the points are only counted
   (drop_needless); otherwise loops may be versioned.  */

void
gs_find_points (gs_unit *unit, gs_function *gf, bool plan_only)
{
  if (gf->recursive && gs_opts.points != GS_POINTS_MANUAL)
    {
      gs_point *p = add_point (gf, GS_POINT_ENTRY,
			       DECL_SOURCE_LOCATION (gf->decl));
      p->label = xstrdup ("entry");
    }
  if (gs_opts.points != GS_POINTS_MANUAL)
    find_loop_points (unit, gf, plan_only);
  find_statement_points (unit, gf, plan_only);
  finish_points (gf);
}
