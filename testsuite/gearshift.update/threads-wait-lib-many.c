/* Threads that the update leaves alike are named in one phrase of the
   outcome: three threads waiting in the same loop of code without
   points (as a library's event loop is) keep their frames, "threads 2,
   3 and 4 wait in poll, ... and keep their frames", and each one's
   callback, called after the update, runs the new version.  */
/* { dg-do run } */
/* { dg-options "-pthread -fplugin-arg-gearshift-exclude=event_loop" } */
/* { dg-run-env "GEARSHIFT_THREADS_WAIT=500" } */
/* { dg-versions "versions/threads-wait-lib-many-v2/threads-wait-lib-many.c=threads-wait-lib-many-v2.so" } */

#include <fcntl.h>
#include <gearshift.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define WORKERS 3

volatile int stop, ticks, events;
static int pipefd[2];

static void
on_event (void)
{
  char c;
  if (read (pipefd[0], &c, 1) == 1)
    __atomic_add_fetch (&events, 1, __ATOMIC_SEQ_CST);
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
  pthread_t t[WORKERS];
  char msg[1024];
  if (pipe (pipefd) || fcntl (pipefd[0], F_SETFL, O_NONBLOCK))
    return 1;
  for (int i = 0; i < WORKERS; i++)
    pthread_create (&t[i], NULL, worker, NULL);
  usleep (20000);
  gearshift_request_update ("./threads-wait-lib-many-v2.so");
  for (int k = 0; k < 1000; k++)
    {
      usleep (1000);
      ticks++;
      gearshift_update_point ("wait");
    }
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  fflush (stdout);
  /* One byte: whichever thread reads it runs the callback.  */
  if (write (pipefd[1], "x", 1) != 1)
    return 1;
  while (!__atomic_load_n (&events, __ATOMIC_SEQ_CST))
    usleep (1000);
  printf ("%d event\n", events);
  stop = 1;
  if (write (pipefd[1], "xxx", WORKERS) != WORKERS)
    return 1;
  for (int i = 0; i < WORKERS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* { dg-output "^status 0: updated to \[^\n\]*; 4 threads reached in \[0-9.\]+ ms, threads 2, 3 and 4 wait in poll, called by code without update points, and keep their frames\n" } */
/* { dg-output "v2: 1 event\n$" } */
