/* Version 2 of threads-identity.c: the worker's loop compares what the
   thread is with what version 1 noted, once.  */

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

/* Compare what the thread is now with what version 1 noted.  */
static void
compare (void)
{
  pthread_attr_t attr;
  sigset_t mask;
  void *stack;
  size_t size;

  pthread_sigmask (SIG_BLOCK, NULL, &mask);
  pthread_getattr_np (pthread_self (), &attr);
  pthread_attr_getstack (&attr, &stack, &size);
  pthread_attr_destroy (&attr);
  /* The C library fills only the kernel's part of a sigset_t.  */
  int same_mask = sigismember (&mask, SIGUSR1) == 1;
  for (int sig = 1; sig < SIGRTMAX; sig++)
    same_mask &= sigismember (&mask, sig) == sigismember (&mask_then, sig);
  printf ("same pthread_t %d, thread id %d, signal mask %d, stack %d\n",
	  pthread_equal (self_then, pthread_self ()) != 0,
	  tid_then == gettid (), same_mask, stack_then == stack);
  fflush (stdout);
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
      if (version_seen != 2)
	compare ();
      version_seen = 2;
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

