/* gearshift: the plugin's options, parsed once.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.  */

#ifndef GEARSHIFT_GS_OPTIONS_H
#define GEARSHIFT_GS_OPTIONS_H

/* -fplugin-arg-gearshift-points=: where automatic update points go.  */
enum gs_points_policy
{
  GS_POINTS_AUTO,		/* Loops that may run long, recursion.  */
  GS_POINTS_LOOPS,		/* Every loop, recursion.  */
  GS_POINTS_MANUAL		/* Explicit points only.  */
};

/* -fplugin-arg-gearshift-gear=.  */
enum gs_gear
{
  GS_GEAR_DUAL,			/* High gear, low gear after an update.  */
  GS_GEAR_LOW			/* Every call into low gear (benchmarks).  */
};

struct gs_options
{
  enum gs_points_policy points;
  enum gs_gear gear;
  char **exclude;		/* Null-terminated list of function names.  */
  char **allocators;		/* Likewise, -fplugin-arg-gearshift-allocator=. */
  unsigned int short_loop;	/* points=loops: a loop known to iterate
				   fewer times runs a copy without its point
				   (0: never).  */
  const char *program;		/* -fplugin-arg-gearshift-program=, or
				   null: the name of the program, recorded
				   in its metadata.  */
  bool unwind_eh;		/* -fplugin-arg-gearshift-unwind=eh (the
				   default): a capture unwinds the stack
				   as an exception, through landing pads
				   at the call-site points, instead of
				   returning to a check after each call
				   (unwind=check).  */
  bool heap_typed;		/* -fplugin-arg-gearshift-heap=typed (the
				   default): allocations of struct types go
				   to the runtime's typed allocator, which
				   an update converts them with
				   (runtime/heap.c); heap=plain: to malloc,
				   and an update that changes their type is
				   refused.  */
  bool dump;			/* -fplugin-arg-gearshift-dump.  */
  bool verbose;			/* -fplugin-arg-gearshift-verbose.  */
};

extern struct gs_options gs_opts;

extern bool gs_parse_options (const struct plugin_name_args *);
extern bool gs_excluded_p (const char *);
extern bool gs_allocator_named_p (const char *);
extern const char *gs_points_policy_name (enum gs_points_policy);

#endif /* GEARSHIFT_GS_OPTIONS_H */
