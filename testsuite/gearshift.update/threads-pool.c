/* A pool of four workers taking jobs from a queue guarded by a mutex
   and a condition variable, while main fills it: the update to version
   2 comes halfway, with workers waiting on the condition variable,
   working, parked at a point while holding the mutex, or waiting for
   it (a wait the runtime's pthread_mutex_lock counts as blocked: the
   update would otherwise wait for a thread that waits for a parked
   one, and be refused); every job is done exactly once, and the jobs
   done after the update are done by version 2's code.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-pool-v2/threads-pool.c=threads-pool-v2.so" } */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define JOBS 400
#define WORKERS 4
#define BATCH 50

static int queue[JOBS];
static int head, tail, closing, done;
static long sum;
static int done_by[3];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t more = PTHREAD_COND_INITIALIZER;
static pthread_cond_t finished = PTHREAD_COND_INITIALIZER;

static int __attribute__ ((noinline))
version (void)
{
  return 1;
}

/* Some tens of microseconds of work, outside the mutex, in a counted
   loop without calls (no point).  */
static long __attribute__ ((noinline))
work (int job)
{
  volatile long s = 0;
  for (int i = 0; i < 20000; i++)
    s = s + (i & 1);
  return 3L * job + 1 + (s - 10000);
}

static void *
worker (void *arg)
{
  (void) arg;
  pthread_mutex_lock (&lock);
  for (;;)
    {
      while (head == tail && !closing)
	pthread_cond_wait (&more, &lock);
      if (head == tail)
	break;
      int job = queue[head++];
      /* The update comes from a worker holding the mutex, which it
	 keeps while parked at its point: the others, their jobs done,
	 wait for it.  */
      if (job == JOBS / 2 + 10)
	{
	  gearshift_request_update ("./threads-pool-v2.so");
	  usleep (5000);
	}
      gearshift_update_point ("holding");
      pthread_mutex_unlock (&lock);
      long r = work (job);
      int v = version ();
      pthread_mutex_lock (&lock);
      sum += r;
      done_by[v]++;
      if (++done == JOBS)
	pthread_cond_signal (&finished);
    }
  pthread_mutex_unlock (&lock);
  return NULL;
}

int
main (void)
{
  pthread_t t[WORKERS];
  char msg[1024];

  for (int i = 0; i < WORKERS; i++)
    pthread_create (&t[i], NULL, worker, NULL);
  /* Batches of jobs, every worker woken for each: they contend for the
     mutex.  */
  for (int b = 0; b < JOBS / BATCH; b++)
    {
      pthread_mutex_lock (&lock);
      for (int j = 0; j < BATCH; j++)
	queue[tail++] = b * BATCH + j;
      pthread_cond_broadcast (&more);
      pthread_mutex_unlock (&lock);
      usleep (2000);
      gearshift_update_point ("produce");
    }
  pthread_mutex_lock (&lock);
  while (done < JOBS)
    pthread_cond_wait (&finished, &lock);
  closing = 1;
  pthread_cond_broadcast (&more);
  pthread_mutex_unlock (&lock);
  for (int i = 0; i < WORKERS; i++)
    pthread_join (t[i], NULL);
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v1 status %d\n", status);
  printf ("v1 sum %ld, %d jobs, %d by version 1, some by version 2: %s\n",
	  sum, done_by[1] + done_by[2], done_by[1], done_by[2] ? "yes" : "no");
  return 0;
}

/* { dg-output "^v2 status 0\n" } */
/* { dg-output "v2 sum 239800, 400 jobs, \[0-9\]+ by version 1, some by version 2: yes\n$" } */
