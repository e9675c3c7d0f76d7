/* A worker pool whose workers reach a point while holding the queue's
   mutex: when an update to a new version comes, one worker parks there,
   holding it, and the others wait for it in pthread_mutex_lock, which
   no kick ends.  The update goes on without them, naming them; once the
   parked worker resumes, in the new version, and unlocks, each of them
   gets the mutex, returns to the old version's frames and moves late, at
   its first point.  Every worker then runs the new version's loop.
   (Every worker waits for a mutex in the kernel: the runtime reads
   /proc/self/task/TID/syscall, and the mutex's owner.)  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-mutex-pool-v2/threads-mutex-pool.c=threads-mutex-pool-v2.so" } */

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
  return 1;
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
      seen[me] = version ();
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

/* { dg-output "^status 0: updated to \[^ \]+/threads-mutex-pool-v2.so: \[^\n\]*; 7 threads reached in \[0-9.\]+ ms, (\[^\n\]*threads? \[0-9, and\]+ waits? in pthread_mutex_lock for a mutex that thread \[0-9\] holds, and moves? at (its|their) first point once it returns){2}\[^\n\]*\n" } */
/* { dg-output "worker 0: 20\nworker 1: 20\nworker 2: 20\nworker 3: 20\nworker 4: 20\nworker 5: 20\n" } */
