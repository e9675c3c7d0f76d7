/* Version 2 of fork-pending.c.  */

#include <errno.h>
#include <gearshift.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int __attribute__ ((noinline))
version (void)
{
  return 2;
}

int
main (void)
{
  char msg[512];
  int status;
  pid_t pid;

  fflush (stdout);
  gearshift_request_update ("./fork-pending-v2.so");
  pid = fork ();
  if (pid == 0)
    {
      for (int i = 0; i < 10; i++)
	{
	  usleep (1000);
	  gearshift_update_point ("child");
	}
      status = gearshift_update_status (msg, sizeof msg);
      printf ("child: status %d: %s\n", status, msg);
      printf ("child: version %d\n", version ());
      fflush (stdout);
      _exit (0);
    }
  /* The update's kick interrupts the wait.  */
  while (waitpid (pid, NULL, 0) < 0 && errno == EINTR)
    ;
  do
    {
      usleep (1000);
      gearshift_update_point ("parent");
    }
  while ((status = gearshift_update_status (msg, sizeof msg))
	 == -GEARSHIFT_EBUSY);
  printf ("parent: status %d, version %d\n", status, version ());
  return 0;
}
