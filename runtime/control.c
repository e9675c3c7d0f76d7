/* gearshift runtime: the update flag, update requests and the capture
   handler.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Every update point the plugin places loads __gearshift_flag and, when
   it is set, asks the runtime to push a frame (capture.c).  Requesting
   an update is therefore nothing but a store to the flag, which makes
   gearshift_request_update safe to call from a signal handler.  The
   root (root.c) clears the flag once a stack is captured.  */

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gs-internal.h"

/* Nonzero while an update is requested or in progress.  The runtime
   always refers to it by this default-visibility name, never through a
   hidden alias: a non-PIC executable that reads it gets a copy
   relocation, and then only the executable's copy is the flag.  */
GS_EXPORT volatile int __gearshift_flag;

/* The handler installed by gearshift_set_capture_handler, or null for
   the default.  */
static void (*volatile gs_handler) (void);

/* An explicit update point named LABEL.  The plugin replaces calls to
   this function with a point; in code compiled without the plugin it
   does nothing.  */
GS_EXPORT void
gearshift_update_point (const char *label)
{
  (void) label;
}

/* Ask for an update at the next update point reached by the main
   thread.  PATH null means capture the stack and resume the same
   version, in place; otherwise load PATH as the new version (swap.c).  Returns 0
   or a negative error code.  Async-signal-safe: a request only stores
   to the flag, and a second request while one is pending is the same
   request.  */
GS_EXPORT int
gearshift_request_update (const char *path)
{
  if (path)
    {
      int err = gs_swap_request (path);

      if (err)
	return err;
    }
  __gearshift_flag = 1;
  return 0;
}

/* Whether GEARSHIFT_REPORT asked for every captured stack on stderr.  */
static int gs_report;

/* Whether GEARSHIFT_REPORT asked for reports on stderr.  */
int
gs_reporting (void)
{
  return gs_report;
}

/* The default capture handler: print the captured stack to stderr if
   GEARSHIFT_REPORT asked for it.  */
static void
gs_default_handler (void)
{
  if (gs_report)
    gearshift_stack_print (stderr);
}

/* GEARSHIFT_STRESS: the interval between requests, in microseconds,
   and whether it was 0: an update at every point the program reaches.  */
static unsigned long gs_stress_us;
static int gs_every_point;

/* Called when an update has completed: with GEARSHIFT_STRESS=0, request
   the next one at once, so that the next point reached captures.  */
void
gs_stress_every_point (void)
{
  if (gs_every_point)
    __gearshift_flag = 1;
}

/* The stress thread: request an in-place update every gs_stress_us
   microseconds, for as long as the program runs.  */
static void *
gs_stress_thread (void *arg)
{
  struct timespec interval;

  (void) arg;
  interval.tv_sec = gs_stress_us / 1000000;
  interval.tv_nsec = (long) (gs_stress_us % 1000000) * 1000;
  for (;;)
    {
      nanosleep (&interval, NULL);
      gearshift_request_update (NULL);
    }
  return NULL;
}

/* Read the environment variables of this file: GEARSHIFT_REPORT and
   GEARSHIFT_STRESS (see gs-internal.h).  Start the stress thread.  */
void
gs_control_init (void)
{
  const char *report = getenv ("GEARSHIFT_REPORT");
  const char *stress = getenv ("GEARSHIFT_STRESS");

  gs_report = report && *report && strcmp (report, "0") != 0;
  if (stress && *stress)
    {
      char *end;
      pthread_t thread;
      pthread_attr_t attr;
      sigset_t all, old;

      gs_stress_us = strtoul (stress, &end, 10);
      if (*end || *stress == '-')
	{
	  fprintf (stderr, "gearshift: GEARSHIFT_STRESS=%s: expected a "
		   "number of microseconds\n", stress);
	  exit (2);
	}
      if (gs_stress_us == 0)
	{
	  /* Every point: the flag stays set, and each resume sets it
	     again (gs_stress_every_point).  */
	  gs_every_point = 1;
	  __gearshift_flag = 1;
	  return;
	}
      /* The thread must not take the program's signals.  */
      sigfillset (&all);
      pthread_sigmask (SIG_SETMASK, &all, &old);
      pthread_attr_init (&attr);
      pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
      if (pthread_create (&thread, &attr, gs_stress_thread, NULL) != 0)
	{
	  fprintf (stderr, "gearshift: cannot start the stress thread\n");
	  exit (2);
	}
      pthread_attr_destroy (&attr);
      pthread_sigmask (SIG_SETMASK, &old, NULL);
    }
}

/* Make HANDLER the function the root calls once a stack is captured;
   null restores the default, which prints the stack to stderr.  */
GS_EXPORT void
gearshift_set_capture_handler (void (*handler) (void))
{
  gs_handler = handler;
}

/* Return the capture handler to call.  */
void
(*gs_capture_handler (void)) (void)
{
  void (*handler) (void) = gs_handler;

  return handler ? handler : gs_default_handler;
}
