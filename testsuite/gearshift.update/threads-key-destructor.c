/* A destructor that the C library holds (pthread_key_create), with no
   update point of its own: a thread sets a value under the key in
   version 1 and waits on a condition variable across the update; when
   it ends, the library calls the destructor through the pointer version
   1 gave it, and version 2's runs.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-key-destructor-v2/threads-key-destructor.c=threads-key-destructor-v2.so" } */

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
  printf ("v1 drop %d\n", *(int *) p);
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
  gearshift_request_update ("./threads-key-destructor-v2.so");
  gearshift_update_point ("asked");
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v1 status %d: %s\n", status, msg);
  pthread_mutex_lock (&lock);
  updated = 1;
  pthread_cond_signal (&go);
  pthread_mutex_unlock (&lock);
  pthread_join (t, NULL);
  printf ("v1 joined\n");
  return 0;
}

/* { dg-output "^v2 status 0: updated to \[^ \]+/threads-key-destructor-v2.so: \[^\n\]*functions redirected\[^\n\]*\n" } */
/* { dg-output "v2 drop 42\n" } */
/* { dg-output "v2 joined\n$" } */
