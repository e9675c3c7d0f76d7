/* The lost wake-up: the runtime's kick reaches a thread just before it
   blocks.  The worker is computing, in code without points, when the
   update comes, so the first kick only interrupts that computation, and
   then it blocks in read with nothing to read.  The kicks that follow
   (after 0.25, 0.5 and 1 ms, then every 2 ms: runtime/threads.c)
   interrupt the read, and the worker reaches its loop's point: the
   update moves both threads, well within the 2 seconds after which it
   would be refused.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-kick-race-v2/threads-kick-race.c=threads-kick-race-v2.so" } */

#include <errno.h>
#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int pipe_fd[2];
volatile int computing;
volatile long result;

/* A counted loop without calls: no point (points=auto), some tens of
   milliseconds.  */
static long __attribute__ ((noinline))
compute (long n)
{
  long s = 0;
  for (long i = 0; i < n; i++)
    s += i ^ (s >> 3);
  return s;
}

static void *
worker (void *arg)
{
  char c;

  (void) arg;
  computing = 1;
  result = compute (30000000);
  for (;;)
    {
      ssize_t n = read (pipe_fd[0], &c, 1);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0 || c == 'q')
	break;
    }
  printf ("v1 worker ends\n");
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[512];

  if (pipe (pipe_fd))
    return 1;
  pthread_create (&t, NULL, worker, NULL);
  while (!computing)
    usleep (100);
  gearshift_request_update ("./threads-kick-race-v2.so");
  gearshift_update_point ("asked");
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v1 status %d: %s\n", status, msg);
  fflush (stdout);
  if (write (pipe_fd[1], "q", 1) != 1)
    return 1;
  pthread_join (t, NULL);
  return 0;
}

/* { dg-output "^v2 status 0: updated to \[^ \]+/threads-kick-race-v2.so: 2 frames of 2 threads, \[^\n\]*; 2 threads reached in \[0-9.\]+ ms\n" } */
/* { dg-output "v2 worker ends\n$" } */
