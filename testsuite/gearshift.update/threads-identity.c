/* A thread keeps what it is across an update to a new version: its
   pthread_t, its thread id, its signal mask (SIGUSR1 blocked) and its
   attributes (its stack).  The worker notes them in
   version 1; version 2's loop, which its stack resumes in, compares.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-versions "versions/threads-identity-v2/threads-identity.c=threads-identity-v2.so" } */

#define _GNU_SOURCE 1
#include <gearshift.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

/* Public: version 1 writes them and never reads them, and would not keep
   them if they were static.  */
pthread_t self_then;
pid_t tid_then;
sigset_t mask_then;
void *stack_then;
static volatile int noted, version_seen, stop;

static void
note (void)
{
  pthread_attr_t attr;
  size_t size;

  self_then = pthread_self ();
  tid_then = gettid ();
  pthread_sigmask (SIG_BLOCK, NULL, &mask_then);
  pthread_getattr_np (pthread_self (), &attr);
  pthread_attr_getstack (&attr, &stack_then, &size);
  pthread_attr_destroy (&attr);
}

static void *
worker (void *arg)
{
  sigset_t usr1;

  (void) arg;
  sigemptyset (&usr1);
  sigaddset (&usr1, SIGUSR1);
  pthread_sigmask (SIG_BLOCK, &usr1, NULL);
  note ();
  noted = 1;
  while (!stop)
    {
      version_seen = 1;
      gearshift_update_point ("work");
    }
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[512];

  pthread_create (&t, NULL, worker, NULL);
  while (!noted)
    usleep (1000);
  gearshift_request_update ("./threads-identity-v2.so");
  while (gearshift_update_status (msg, sizeof msg) == -GEARSHIFT_EBUSY)
    usleep (1000);
  /* After the worker's comparison, if it comes.  */
  for (int i = 0; i < 5000 && version_seen != 2; i++)
    usleep (1000);
  stop = 1;
  printf ("status %d\n", gearshift_update_status (msg, sizeof msg));
  pthread_join (t, NULL);
  printf ("version %d\n", version_seen);
  return 0;
}

/* { dg-output "^same pthread_t 1, thread id 1, signal mask 1, stack 1\n" } */
/* { dg-output "status 0\n" } */
/* { dg-output "version 2\n$" } */
