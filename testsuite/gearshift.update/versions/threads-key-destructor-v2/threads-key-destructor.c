/* Version 2 of threads-key-destructor.c.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_key_t key;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t go = PTHREAD_COND_INITIALIZER;
static int updated, waiting;
static int value = 42;

static void
drop (void *p)
{
  printf ("v2 drop %d\n", *(int *) p);
}

static void *
worker (void *arg)
{
  (void) arg;
  pthread_setspecific (key, &value);
  pthread_mutex_lock (&lock);
  waiting = 1;
  while (!updated)
    pthread_cond_wait (&go, &lock);
  pthread_mutex_unlock (&lock);
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[512];
  int w = 0;

  pthread_key_create (&key, drop);
  pthread_create (&t, NULL, worker, NULL);
  while (!w)
    {
      usleep (100);
      pthread_mutex_lock (&lock);
      w = waiting;
      pthread_mutex_unlock (&lock);
    }
  gearshift_update_point ("asked");
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v2 status %d: %s\n", status, msg);
  pthread_mutex_lock (&lock);
  updated = 1;
  pthread_cond_signal (&go);
  pthread_mutex_unlock (&lock);
  pthread_join (t, NULL);
  printf ("v2 joined\n");
  return 0;
}
