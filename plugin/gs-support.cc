/* gearshift: which functions can be instrumented, which calls can unwind.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   A function is left uninstrumented, with a located warning saying why,
   when its frame cannot be captured by saving named variables and
   returning:
   - it calls setjmp (or another returns-twice function): a longjmp would
     land in a frame that may have been unwound;
   - it uses a variable-length array or alloca: the frame's size is not
     known when it is laid out;
   - it is a nested function or contains one: its variables live in a
     frame object the enclosing function shares;
   - it uses a computed goto or has a non-local label: its control flow
     cannot be re-entered at a point;
   - it is variadic: its va_list cannot be rebuilt;
   - it is excluded with -fplugin-arg-gearshift-exclude.
   Functions that cannot return (noreturn) or whose calls GCC may move
   or merge (const, pure) are left alone too, with a warning only when
   they contain a loop, where a point would have mattered.  Variadic
   functions (printf-like wrappers, common in real code, which an update
   waits for as it waits for the C library's) are left alone without a
   warning, loop or not: their loops walk their arguments, and the
   warning would be noise to a program built with -Werror (SQLite has
   three such functions); a note with -fplugin-arg-gearshift-verbose
   names each.

   Calls into an uninstrumented function are not unwind points.  */

#include "gs-plugin.h"

/* Whether FN has a loop (besides the function body itself).  */

static bool
has_loops_p (function *fn)
{
  return loops_for_fn (fn) && number_of_loops (fn) > 1;
}

/* Whether the function of NODE contains a nested function.  Nested
   functions name their parent as DECL_CONTEXT.  */

static bool
has_nested_function_p (cgraph_node *node)
{
  cgraph_node *other;
  FOR_EACH_FUNCTION (other)
    if (other != node && decl_function_context (other->decl) == node->decl)
      return true;
  return false;
}

/* The location of STMT as a warning can show it: for code expanded
   from a macro of a system header (alloca from <alloca.h>), the place
   the macro was used, or GCC would drop the warning.  */

static location_t
stmt_location (gimple *stmt)
{
  return expansion_point_location_if_in_system_header
    (gimple_location (stmt));
}

/* Where the computed goto that BB ends was written.  The CFG builder
   factors all of a function's computed gotos into one "goto *gotovar"
   without a location; each original goto became a jump to it, whose
   location the edge keeps (goto_locus), or else the statement before.
   Return the earliest such location.  */

static location_t
computed_goto_location (basic_block bb)
{
  location_t best = UNKNOWN_LOCATION;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, bb->preds)
    {
      gimple *last = last_stmt (e->src);
      location_t l = e->goto_locus;
      if (l == UNKNOWN_LOCATION && last)
	l = gimple_location (last);
      if (l != UNKNOWN_LOCATION
	  && (best == UNKNOWN_LOCATION
	      || LOCATION_LINE (l) < LOCATION_LINE (best)))
	best = l;
    }
  return best;
}

/* Return why the function of NODE cannot be instrumented, or null if it
   can; "" when there is nothing to say.  Set *LOC to the place the
   reason points at, and *QUIET when the reason deserves no warning
   (only a note with -fplugin-arg-gearshift-verbose).  */

const char *
gs_unsupported_reason (cgraph_node *node, location_t *loc, bool *quiet)
{
  tree decl = node->decl;
  function *fn = DECL_STRUCT_FUNCTION (decl);
  *loc = DECL_SOURCE_LOCATION (decl);
  *quiet = false;

  if (gs_excluded_p (IDENTIFIER_POINTER (DECL_NAME (decl))))
    return "it is excluded by -fplugin-arg-gearshift-exclude";
  if (stdarg_p (TREE_TYPE (decl)))
    {
      *quiet = true;
      return "it is variadic";
    }
  if (fn->calls_setjmp || DECL_IS_RETURNS_TWICE (decl))
    return "it calls setjmp or another function that returns twice";
  if (fn->has_nonlocal_label)
    return "it has a label that a non-local goto can reach";
  if (DECL_STATIC_CHAIN (decl) || decl_function_context (decl))
    return "it is a nested function";
  if (has_nested_function_p (node))
    return "it contains a nested function";
  if (lookup_attribute ("naked", DECL_ATTRIBUTES (decl)))
    return "it is naked";

  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	location_t sloc = stmt_location (stmt);
	if (gimple_code (stmt) == GIMPLE_GOTO && computed_goto_p (stmt))
	  {
	    *loc = sloc != UNKNOWN_LOCATION ? sloc : computed_goto_location (bb);
	    if (*loc == UNKNOWN_LOCATION)
	      *loc = DECL_SOURCE_LOCATION (decl);
	    return "it uses a computed goto";
	  }
	if (is_gimple_call (stmt)
	    && (gimple_call_builtin_p (stmt, BUILT_IN_ALLOCA_WITH_ALIGN)
		|| gimple_call_builtin_p (stmt,
					  BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX)))
	  {
	    *loc = sloc != UNKNOWN_LOCATION ? sloc : *loc;
	    return "it declares a variable-length array";
	  }
	if (is_gimple_call (stmt) && gimple_alloca_call_p (stmt))
	  {
	    *loc = sloc != UNKNOWN_LOCATION ? sloc : *loc;
	    return "it calls alloca";
	  }
      }
  if (fn->calls_alloca)
    return "it allocates on the stack dynamically";

  /* Silent refusals: nothing of value is lost unless a loop is there.  */
  bool silent = !has_loops_p (fn);
  if (TREE_THIS_VOLATILE (decl))
    return silent ? "" : "it does not return, so it can never be unwound";
  if (TREE_READONLY (decl) || DECL_PURE_P (decl))
    return silent ? "" : "it is const or pure: GCC may move or merge its calls";
  return NULL;
}

/* Whether STMT is a call to gearshift_update_point.  */

bool
gs_marker_call_p (gimple *stmt)
{
  if (!is_gimple_call (stmt))
    return false;
  tree fndecl = gimple_call_fndecl (stmt);
  return (fndecl && DECL_NAME (fndecl) && TREE_PUBLIC (fndecl)
	  && id_equal (DECL_NAME (fndecl), "gearshift_update_point"));
}

/* Whether FNDECL, a function, is defined in this unit.  */

bool
gs_defined_here_p (tree fndecl)
{
  cgraph_node *node = cgraph_node::get (fndecl);
  return node && node->definition && !DECL_EXTERNAL (fndecl);
}

/* Whether the call STMT may return because its callee unwound: a call to
   a function instrumented here, or to one defined elsewhere that may be
   (an external function, an indirect call).  Built-ins, the runtime's
   own functions, functions left uninstrumented here, calls that cannot
   return normally, and calls to functions a system header declares and
   this unit does not define (the C library's: fopen, qsort, ...) are
   not.  A frame of the C library's can never be below a captured one
   (the capture declines), so such a call never returns from an
   unwinding; and should the program itself define such a function in
   another unit, the runtime learns it from the names this unit lists in
   its metadata (unchecked_table in gs-metadata.cc), and declines to capture while
   that function is on the stack.  */

bool
gs_calls_instrumentable_p (gimple *stmt, gs_unit *unit)
{
  if (!is_gimple_call (stmt) || gimple_call_internal_p (stmt))
    return false;
  int flags = gimple_call_flags (stmt);
  if (flags & (ECF_NORETURN | ECF_RETURNS_TWICE | ECF_CONST | ECF_PURE
	       | ECF_LOOPING_CONST_OR_PURE))
    return false;
  tree fndecl = gimple_call_fndecl (stmt);
  if (!fndecl)
    return true;
  if (fndecl_built_in_p (fndecl))
    return false;
  if (unit->uninstrumented->contains (fndecl))
    return false;
  if (DECL_IN_SYSTEM_HEADER (fndecl) && !gs_defined_here_p (fndecl))
    return false;
  if (DECL_NAME (fndecl))
    {
      const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
      if (startswith (name, "gearshift_") || startswith (name, "__gearshift_"))
	return false;
    }
  return true;
}

/* Whether STMT is an asm, or a call but to an internal or const built-in
   function (which GCC may vectorise, as sqrt): what a loop may not hold
   to run without a check, call-free (gs-points.cc, gs-chunks.cc).  */

bool
gs_asm_or_call_p (gimple *stmt)
{
  if (gimple_code (stmt) == GIMPLE_ASM)
    return true;
  return (is_gimple_call (stmt) && !gimple_call_internal_p (stmt)
	  && !(gimple_call_builtin_p (stmt, BUILT_IN_NORMAL)
	       && (gimple_call_flags (stmt) & ECF_CONST)));
}

/* Whether the variable A comes before B in the source.  */

static bool
declared_before_p (tree a, tree b)
{
  expanded_location x = expand_location (DECL_SOURCE_LOCATION (a));
  expanded_location y = expand_location (DECL_SOURCE_LOCATION (b));
  if (x.line != y.line)
    return x.line < y.line;
  if (x.column != y.column)
    return x.column < y.column;
  return DECL_UID (a) < DECL_UID (b);
}

/* The name by which the static variable VAR is known from version to
   version: its own at file scope, FN SEP NAME inside the function FN,
   and NAME.N for the Nth (from 2, in source order) of FN's statics of
   that name: a function may declare two in different blocks.  Free it
   with free.  */

char *
gs_static_name (tree var, const char *sep)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (var));
  tree ctx = decl_function_context (var);
  if (!ctx)
    return xstrdup (name);
  unsigned rank = 1;
  varpool_node *other;
  FOR_EACH_VARIABLE (other)
    if (other->decl != var && DECL_NAME (other->decl) == DECL_NAME (var)
	&& decl_function_context (other->decl) == ctx
	&& declared_before_p (other->decl, var))
      rank++;
  const char *fn = IDENTIFIER_POINTER (DECL_NAME (ctx));
  return (rank == 1 ? xasprintf ("%s%s%s", fn, sep, name)
	  : xasprintf ("%s%s%s.%u", fn, sep, name, rank));
}
