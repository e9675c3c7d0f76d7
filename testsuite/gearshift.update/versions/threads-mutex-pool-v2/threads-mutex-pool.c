/* Version 2 of threads-mutex-pool.c: the loop stores ten times the
   version, which is 2.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

/* Two pools of three workers: one with a mutex of the default kind,
   one with a priority-inheriting mutex (the kernel records its owner).  */
#define WORKERS 6

static pthread_mutex_t queue_lock[2] = { PTHREAD_MUTEX_INITIALIZER };
static long done_items;
static volatile int stop;
static volatile int seen[WORKERS];

/* Without a point: only its entry is redirected.  */
int __attribute__ ((noinline))
version (void)
{
  return 2;
}

/* A job done with the queue's mutex held, long enough for the other
   workers to wait for the mutex meanwhile.  */
static void __attribute__ ((noinline))
work (void)
{
  struct timespec ts = { 0, 2000000 };

  nanosleep (&ts, NULL);
  gearshift_update_point ("work");
  done_items++;
}

static void *
worker (void *arg)
{
  int me = (int) (long) arg;
  pthread_mutex_t *lock = &queue_lock[me >= WORKERS / 2];

  while (!stop)
    {
      pthread_mutex_lock (lock);
      work ();
      /* The new version's loop stores ten times the version.  */
      seen[me] = 10 * version ();
      pthread_mutex_unlock (lock);
    }
  return NULL;
}

int
main (void)
{
  pthread_t t[WORKERS];
  pthread_mutexattr_t attr;
  char msg[1024];
  int i, all, tries;

  pthread_mutexattr_init (&attr);
  pthread_mutexattr_setprotocol (&attr, PTHREAD_PRIO_INHERIT);
  pthread_mutex_init (&queue_lock[1], &attr);

  for (i = 0; i < WORKERS; i++)
    pthread_create (&t[i], NULL, worker, (void *) (long) i);
  for (all = 0; !all; )
    {
      usleep (1000);
      for (all = 1, i = 0; i < WORKERS; i++)
	all &= seen[i] == 1;
    }
  gearshift_request_update ("./threads-mutex-pool-v2.so");
  while (gearshift_update_status (msg, sizeof msg) == -GEARSHIFT_EBUSY)
    usleep (1000);
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  for (all = 0, tries = 0; !all && tries < 5000; tries++)
    {
      usleep (1000);
      for (all = 1, i = 0; i < WORKERS; i++)
	all &= seen[i] == 20;
    }
  stop = 1;
  for (i = 0; i < WORKERS; i++)
    pthread_join (t[i], NULL);
  for (i = 0; i < WORKERS; i++)
    printf ("worker %d: %d\n", i, seen[i]);
  return 0;
}

