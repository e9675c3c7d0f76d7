/* gearshift runtime: the environment's requests (GEARSHIFT_REPORT,
   GEARSHIFT_STRESS) and the capture handler.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The requests themselves, the flag and the outcome are request.c's.  */

#define _GNU_SOURCE 1
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gs-internal.h"

/* The handler installed by gearshift_set_capture_handler, or null for
   the default.  */
static void (*volatile gs_handler) (void);

/* The default capture handler: print the captured stack to stderr if
   GEARSHIFT_REPORT asked for it.  */
static void
gs_default_handler (void)
{
  if (gs_reporting ())
    gearshift_stack_print (stderr);
}

/* GEARSHIFT_STRESS: the interval between requests, in microseconds (0:
   an update at every point the program reaches, gs_request_every_point).  */
static unsigned long gs_stress_us;

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

/* Start the stress thread.  */
static void
gs_stress_start (void)
{
  if (gs_libc_start_own (gs_stress_thread, NULL) != 0)
    {
      fprintf (stderr, "gearshift: cannot start the stress thread\n");
      exit (2);
    }
}

void
gs_control_forked (void)
{
  if (gs_stress_us)
    gs_stress_start ();
}

/* Read the environment variables of this file: GEARSHIFT_REPORT and
   GEARSHIFT_STRESS (see gs-internal.h).  Start the stress thread.  */
void
gs_control_init (void)
{
  const char *report = secure_getenv ("GEARSHIFT_REPORT");
  const char *stress = secure_getenv ("GEARSHIFT_STRESS");

  gs_request_set_report (report && *report && strcmp (report, "0") != 0);
  if (stress && *stress)
    {
      char *end;

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
	     again (gs_request_rearm).  */
	  gs_request_every_point ();
	  return;
	}
      gs_stress_start ();
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
