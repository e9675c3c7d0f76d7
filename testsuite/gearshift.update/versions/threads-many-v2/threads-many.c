/* A hundred threads, busy, sleeping in nanosleep or waiting on a
   condition variable, and threads starting and ending all along: every
   one runs version 2 after the update, the waiters once woken.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define BUSY 40
#define SLEEPERS 30
#define WAITERS 30
#define N (BUSY + SLEEPERS + WAITERS)

volatile int version[N], stop, churned;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int go;

static int __attribute__ ((noinline))
mark (void)
{
  return 2;
}

static void *
busy (void *arg)
{
  long id = (long) arg;

  while (!stop)
    {
      version[id] = mark ();
      gearshift_update_point ("busy");
    }
  return NULL;
}

static void *
sleeper (void *arg)
{
  long id = (long) arg;
  struct timespec nap = { 0, 50000000 };

  while (!stop)
    {
      version[id] = mark ();
      nanosleep (&nap, NULL);
    }
  return NULL;
}

static void *
waiter (void *arg)
{
  long id = (long) arg;

  pthread_mutex_lock (&lock);
  while (!stop)
    {
      version[id] = mark ();
      pthread_cond_wait (&cond, &lock);
    }
  pthread_mutex_unlock (&lock);
  return NULL;
}

static void *
short_lived (void *arg)
{
  volatile long sum = 0;

  for (int i = 0; i < 1000; i++)
    sum += i * (long) arg;
  churned = mark ();
  return NULL;
}

static void *
churn (void *arg)
{
  (void) arg;
  while (!stop)
    {
      pthread_t t;

      pthread_create (&t, NULL, short_lived, (void *) 3);
      pthread_join (t, NULL);
    }
  return NULL;
}

static int
moved (void)
{
  int n = 0;

  for (int i = 0; i < N; i++)
    n += version[i] == 2;
  return n;
}

int
main (void)
{
  pthread_t t[N + 1];
  char msg[1024];
  int status;

  for (long i = 0; i < N; i++)
    pthread_create (&t[i], NULL,
		    i < BUSY ? busy : i < BUSY + SLEEPERS ? sleeper : waiter,
		    (void *) i);
  pthread_create (&t[N], NULL, churn, NULL);
  for (int k = 0; k < 5000; k++)
    {
      int started = 0;

      for (int i = 0; i < N; i++)
	started += version[i] == 1;
      if (started == N)
	break;
      usleep (1000);
    }
  gearshift_request_update ("./threads-many-v2.so");
  do
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  while ((status = gearshift_update_status (msg, sizeof msg))
	 == -GEARSHIFT_EBUSY);
  printf ("status %d\n", status);
  if (status)
    printf ("%s\n", msg);
  pthread_mutex_lock (&lock);
  pthread_cond_broadcast (&cond);
  pthread_mutex_unlock (&lock);
  for (int k = 0; k < 10000 && (moved () < N || churned != 2); k++)
    usleep (1000);
  printf ("v2 moved %d of %d, churned %d\n", moved (), N, churned);
  stop = 1;
  pthread_mutex_lock (&lock);
  pthread_cond_broadcast (&cond);
  pthread_mutex_unlock (&lock);
  for (int i = 0; i <= N; i++)
    pthread_join (t[i], NULL);
  return 0;
}

