/* Version 2 of threads-kick-race.c.  */

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
  printf ("v2 worker ends\n");
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
  gearshift_update_point ("asked");
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v2 status %d: %s\n", status, msg);
  fflush (stdout);
  if (write (pipe_fd[1], "q", 1) != 1)
    return 1;
  pthread_join (t, NULL);
  return 0;
}
