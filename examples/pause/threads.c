/* gearshift pause benchmark with threads: how long an update to a new
   version stops a program, against its number of threads.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Usage: threads DIR MODE NTHREADS ROUNDS.  The program starts NTHREADS
   threads, all in MODE:
     busy     computing in a loop with an update point;
     epoll    blocked in epoll_wait on an epoll set with nothing in it,
              in a loop with a point (the runtime's kick interrupts it);
     condvar  waiting on a condition variable that nobody signals (the
              update goes on without them).
   Then ROUNDS times it asks for an update to DIR/threads-vN.so (copies
   of this program built as update objects, which run.sh makes; N counts
   on from the last round) and reaches points until it is over.  It
   prints the median and largest pause as main sees it (from the request
   to main running again) and the median time the runtime took to find
   every thread at a point or waiting (from the outcome's "threads
   reached in" figure), in microseconds.  */

#define _GNU_SOURCE 1
#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <time.h>

static volatile int stop;
static volatile unsigned long spins;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static int started;

static void
count_started (void)
{
  pthread_mutex_lock (&lock);
  started++;
  pthread_mutex_unlock (&lock);
}

static void *
busy (void *arg)
{
  unsigned long n = 0;

  count_started ();
  while (!stop)
    {
      gearshift_update_point ("busy");
      n++;
    }
  spins += n;
  return arg;
}

static void *
poller (void *arg)
{
  int ep = epoll_create1 (0);
  struct epoll_event ev;

  count_started ();
  while (!stop)
    {
      epoll_wait (ep, &ev, 1, -1);
      gearshift_update_point ("poll");
    }
  return arg;
}

static void *
waiter (void *arg)
{
  count_started ();
  pthread_mutex_lock (&lock);
  while (!stop)
    pthread_cond_wait (&never, &lock);
  pthread_mutex_unlock (&lock);
  return arg;
}

static double
now_us (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int
compare (const void *x, const void *y)
{
  double a = *(const double *) x, b = *(const double *) y;
  return (a > b) - (a < b);
}

int
main (int argc, char **argv)
{
  void *(*start) (void *);
  static double pauses[1000], reached[1000];
  char msg[1024], path[4096];
  int nthreads, rounds, first = 1, done = 0;

  if (argc != 6)
    {
      fprintf (stderr, "usage: threads DIR MODE NTHREADS ROUNDS FIRST\n");
      return 2;
    }
  nthreads = atoi (argv[3]);
  rounds = atoi (argv[4]);
  first = atoi (argv[5]);
  if (strcmp (argv[2], "busy") == 0)
    start = busy;
  else if (strcmp (argv[2], "epoll") == 0)
    start = poller;
  else if (strcmp (argv[2], "condvar") == 0)
    start = waiter;
  else
    {
      fprintf (stderr, "threads: unknown mode %s\n", argv[2]);
      return 2;
    }
  if (rounds < 1 || rounds > 1000 || nthreads < 0)
    return 2;
  for (int i = 0; i < nthreads; i++)
    {
      pthread_t t;

      if (pthread_create (&t, NULL, start, NULL) != 0)
	{
	  fprintf (stderr, "threads: cannot start thread %d\n", i);
	  return 1;
	}
    }
  while (done < nthreads)
    {
      struct timespec ms = { 0, 1000000 };

      nanosleep (&ms, NULL);
      pthread_mutex_lock (&lock);
      done = started;
      pthread_mutex_unlock (&lock);
    }
  /* Let the blocking threads block.  */
  {
    struct timespec settle = { 0, 20000000 };
    nanosleep (&settle, NULL);
  }
  for (int r = 0; r < rounds; r++)
    {
      double t0;
      const char *in;
      int status;

      snprintf (path, sizeof path, "%s/threads-v%d.so", argv[1], first + r);
      t0 = now_us ();
      if (gearshift_request_update (path) != 0)
	{
	  fprintf (stderr, "threads: cannot request %s\n", path);
	  return 1;
	}
      while ((status = gearshift_update_status (msg, sizeof msg))
	     == -GEARSHIFT_EBUSY)
	gearshift_update_point ("main");
      pauses[r] = now_us () - t0;
      if (status != 0)
	{
	  fprintf (stderr, "threads: %s\n", msg);
	  return 1;
	}
      in = strstr (msg, "threads reached in ");
      reached[r] = in ? atof (in + strlen ("threads reached in ")) * 1e3 : 0;
    }
  qsort (pauses, rounds, sizeof *pauses, compare);
  qsort (reached, rounds, sizeof *reached, compare);
  printf ("%8s %8d %12.1f %12.1f %12.1f\n", argv[2], nthreads,
	  reached[rounds / 2], pauses[rounds / 2], pauses[rounds - 1]);
  fflush (stdout);
  /* Threads blocked for good end with the process.  */
  exit (0);
}
