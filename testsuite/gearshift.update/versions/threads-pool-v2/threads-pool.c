/* Version 2 of threads-pool.c: its workers count as version 2.  */

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
  return 2;
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
  printf ("v2 status %d\n", status);
  printf ("v2 sum %ld, %d jobs, %d by version 1, some by version 2: %s\n",
	  sum, done_by[1] + done_by[2], done_by[1], done_by[2] ? "yes" : "no");
  return 0;
}
