/* Thread-local globals carry over, each thread its own copy: the
   workers and main count in a __thread int and in a _Thread_local struct
   (whose type the new version changes, converted field by field), and
   in a shared array; after the update each thread's thread-local counts
   still equal its shared ones.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-tls-v2/threads-tls.c=threads-tls-v2.so" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct stats
{
  long total;
  int calls;
};

__thread int counter;
static _Thread_local struct stats st;
volatile unsigned long iters[4];
volatile int started[4];

static int __attribute__ ((noinline))
moved (void)
{
  return 0;			/* Version 2: 1.  */
}

static void
count (long id)
{
  counter++;
  st.total += 2;
  st.calls++;
  iters[id]++;
}

static void
report (long id)
{
  printf ("thread %ld: %s\n", id,
	  counter == (int) iters[id] && st.total == 2 * (long) iters[id]
	  && st.calls == (int) iters[id] ? "kept" : "lost");
}

static void *
worker (void *arg)
{
  long id = (long) arg;

  started[id] = 1;
  for (;;)
    {
      count (id);
      gearshift_update_point ("work");
      if (moved ())
	break;
    }
  return NULL;
}

int
main (void)
{
  pthread_t t[3];
  char msg[512];

  for (long i = 1; i <= 3; i++)
    pthread_create (&t[i - 1], NULL, worker, (void *) i);
  while (!started[1] || !started[2] || !started[3])
    usleep (1000);
  usleep (10000);
  gearshift_request_update ("./threads-tls-v2.so");
  for (;;)
    {
      count (0);
      usleep (100);
      gearshift_update_point ("wait");
      if (moved ())
	break;
    }
  for (int i = 0; i < 3; i++)
    pthread_join (t[i], NULL);
  report (0);
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  return 0;
}

/* { dg-output "^v2 thread \[123\]: kept\n" } */
/* { dg-output "v2 thread \[123\]: kept\n" } */
/* { dg-output "v2 thread \[123\]: kept\n" } */
/* { dg-output "v2 thread 0: kept\n" } */
/* { dg-output "status 0: updated to \[^ \]+/threads-tls-v2.so: \[^\n\]*; thread-local, carried over by each thread: \[^\n\]*\n" } */
