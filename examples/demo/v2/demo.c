/* The gearshift demo, version 2: what run.sh updates the running demo to.
   It smooths twice as fast and says so; everything else is version 1's,
   so the running state (the batch number, the total) carries over.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Nothing here knows about update points: the plugin placed them (the
   loops in smooth and main, the calls).  The gearshift calls are the
   request, made from a signal handler, where it is safe, and a handler
   that prints the captured stack before the program resumes.  */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <gearshift.h>

/* SIGUSR1: ask for an update at the next update point.  */

static void
on_usr1 (int sig)
{
  (void) sig;
  gearshift_request_update (NULL);
}

/* Exponential smoothing of the N SAMPLES with weight ALPHA, slowly.  */

static double
smooth (const double *samples, int n, double alpha)
{
  double level = samples[0];
  for (int i = 1; i < n; i++)
    {
      level = alpha * samples[i] + (1 - alpha) * level;
      usleep (2000);		/* A sensor is slow.  */
    }
  return level;
}

/* Read batch number BATCH of sensor SENSOR and smooth it.  */

static double
process_batch (const char *sensor, long batch)
{
  double samples[6];
  for (int i = 0; i < 6; i++)
    samples[i] = batch + 0.5 * i;
  double level = smooth (samples, 6, 0.5);
  printf ("%s batch %ld: level %.3f (v2, alpha 0.5)\n", sensor, batch,
	  level);
  return level;
}

/* Called by the runtime with the stack captured, before it resumes.  */

static void
show_capture (void)
{
  printf ("-- update: the stack was captured here, innermost first --\n");
  gearshift_stack_print (stdout);
  printf ("-- resuming in place --\n");
  fflush (stdout);
}

int
main (int argc, char **argv)
{
  long batches = argc > 1 ? atol (argv[1]) : 40;
  signal (SIGUSR1, on_usr1);
  gearshift_set_capture_handler (show_capture);
  printf ("demo: pid %d working\n", (int) getpid ());
  fflush (stdout);
  double total = 0;
  for (long batch = 0; batch < batches; batch++)
    {
      total += process_batch ("thermo", batch);
      fflush (stdout);
    }
  printf ("total %.3f\n", total);
  return 0;
}
