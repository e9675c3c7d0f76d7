/* gearshift runtime: the program's main and the root frame.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The plugin renames the program's main to __gearshift_main, and the
   runtime provides main.  Between the two sits the root frame,
   gs_root_call: a capture unwinds every instrumented frame of the
   thread and returns to it, instead of to exit.

     main                   this file: read the environment
       gs_root_call         the root; the stack walk stops at its frame
         __gearshift_main   the program's main, instrumented
           ...              instrumented frames, innermost last

   The stack walk (capture.c) recognises the root by its canonical frame
   address, which gs_root_call records before entering the program, so
   the root is an exact frame, not just a function.

   When main returns because its stack was captured, the root calls the
   capture handler, then the low-gear clone of main, which rebuilds the
   stack frame by frame (each low-gear clone pops its frame and calls
   the next one at its call site) and carries on from the innermost
   point.  The root stays below it, ready for the next capture.  */

#define _GNU_SOURCE 1
#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>

#include "gs-internal.h"

/* Read the environment once, before the program starts.  */
static void
gs_init (void)
{
  const char *stats = secure_getenv ("GEARSHIFT_STATS");

  if (stats && *stats && !(stats[0] == '0' && stats[1] == '\0'))
    atexit (gs_stats_print);
  gs_threads_init ();
  gs_swap_init ();
  gs_control_init ();
  gs_channel_init ();

  /* Build the function table now rather than at the first update point,
     which may be in a signal handler.  Failure only makes lookups slow.  */
  gs_registry_lock ();
  gs_registry_refresh ();
  gs_registry_unlock ();
}

/* Call the program's main with ARGC, ARGV and ENVP, and return its
   value.  Never inlined, cloned or tail-called, so that its frame, the
   root, is on the stack while the program runs.  */
static int __attribute__ ((noinline, noipa))
gs_root_call (int argc, char **argv, char **envp)
{
  volatile int result = 0;
  jmp_buf unwound;

  gs_capture_set_root ((uintptr_t) __builtin_dwarf_cfa (), &unwound);
  /* The volatile result is stored after the call returns: the call is
     not in tail position.  A capture that unwinds as an exception
     (unwind=eh) comes back through the jump.  */
  if (!setjmp (unwound))
    result = __gearshift_main (argc, argv, envp);

  /* main returned because its stack was captured.  */
  while (gs_capture_finish ())
    {
      gs_main_fn resume = (gs_main_fn) gs_root_arrived ();

      if (!setjmp (unwound))
	result = resume (argc, argv, envp);
    }
  return result;
}

/* The program's entry point: start the program with ARGC, ARGV and
   ENVP under the root, and return its value.  */
GS_EXPORT int
main (int argc, char **argv, char **envp)
{
  int result;

  gs_init ();
  result = gs_root_call (argc, argv, envp);
  return result;
}
