/* A thread that reaches no update point in time (it spins in a function
   without points) makes an update to a new version refuse: every thread
   resumes the old version, and the program goes on.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

volatile int spinning, release;

static void
spin (void)
{
  spinning = 1;
  while (!release)
    ;
}

static void *
worker (void *arg)
{
  (void) arg;
  spin ();
  printf ("v2 worker done\n");
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[512];
  int status;

  pthread_create (&t, NULL, worker, NULL);
  while (!spinning)
    usleep (1000);
  gearshift_request_update ("./threads-refused-v2.so");
  do
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  while ((status = gearshift_update_status (msg, sizeof msg))
	 == -GEARSHIFT_EBUSY);
  printf ("v2 main: status %d: %s\n", status, msg);
  release = 1;
  pthread_join (t, NULL);
  return 0;
}

