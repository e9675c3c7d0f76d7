/* A thread waiting for events in a loop of code without points (as a
   library's event loop is: here a function left uninstrumented, which
   polls again when the kick interrupts it) need not be waited for: it
   counts as blocked while it polls, the update goes on without it, and
   its callback, called after the update, runs the new version.  Without
   that, the update would wait for it until GEARSHIFT_THREADS_WAIT and
   refuse.  */
/* { dg-do run } */
/* { dg-options "-pthread -fplugin-arg-gearshift-exclude=event_loop" } */
/* { dg-run-env "GEARSHIFT_THREADS_WAIT=500" } */
/* { dg-versions "versions/threads-wait-lib-v2/threads-wait-lib.c=threads-wait-lib-v2.so" } */

#include <gearshift.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

volatile int stop, ticks;
static int pipefd[2];

static void
on_event (void)
{
  char c;
  if (read (pipefd[0], &c, 1) == 1)
    printf ("v1 event\n");
}

/* The "library": polls until told to stop, and calls back.  */
static void __attribute__ ((noipa))
event_loop (void (*callback) (void)) /* { dg-warning "'event_loop' is not instrumented: it is excluded" } */
{
  struct pollfd p = { .fd = pipefd[0], .events = POLLIN };
  while (!stop)
    if (poll (&p, 1, 10000) > 0)
      callback ();
}

static void *
worker (void *arg)
{
  (void) arg;
  event_loop (on_event);
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[1024];
  if (pipe (pipefd))
    return 1;
  pthread_create (&t, NULL, worker, NULL);
  usleep (20000);
  gearshift_request_update ("./threads-wait-lib-v2.so");
  for (int k = 0; k < 1000; k++)
    {
      usleep (1000);
      ticks++;
      gearshift_update_point ("wait");
    }
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  fflush (stdout);
  if (write (pipefd[1], "x", 1) != 1)
    return 1;
  pthread_join (t, NULL);
  return 0;
}

/* { dg-output "^status 0: updated to \[^\n\]*; 2 threads reached in \[0-9.\]+ ms, thread 2 waits in poll, called by code without update points, and keeps its frames\n" } */
/* { dg-output "v2 event\n$" } */
