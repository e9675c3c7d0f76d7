/* A multithreaded program forks: the child has only the thread that
   forked, and an update there waits for no other (the parent's workers
   are not in the child); the parent goes on in version 1.  */

#include <gearshift.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

volatile int stop, spun;

static int __attribute__ ((noinline))
version (void)
{
  return 2;
}

static void *
worker (void *arg)
{
  while (!stop)
    {
      spun = 1;
      gearshift_update_point ("spin");
    }
  return arg;
}

int
main (void)
{
  pthread_t t[2];
  char msg[512];
  int status;
  pid_t pid;

  for (int i = 0; i < 2; i++)
    pthread_create (&t[i], NULL, worker, NULL);
  while (!spun)
    usleep (1000);
  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      /* Its first point opens its control channel.  */
      gearshift_update_point ("forked");
      gearshift_request_update ("./threads-fork-v2.so");
      do
	{
	  usleep (1000);
	  gearshift_update_point ("child");
	}
      while ((status = gearshift_update_status (msg, sizeof msg))
	     == -GEARSHIFT_EBUSY);
      printf ("child: status %d, version %d\n", status, version ());
      fflush (stdout);
      _exit (0);
    }
  waitpid (pid, NULL, 0);
  stop = 1;
  for (int i = 0; i < 2; i++)
    pthread_join (t[i], NULL);
  printf ("parent: version %d\n", version ());
  return 0;
}

