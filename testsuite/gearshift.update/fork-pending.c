/* A process forks with an update to a new version pending: the update
   is the parent's; the child, which nobody asked, refuses it at once,
   says why, and goes on in version 1 with its flag down again.  */
/* { dg-do run } */
/* { dg-versions "versions/fork-pending-v2/fork-pending.c=fork-pending-v2.so" } */

#include <errno.h>
#include <gearshift.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int __attribute__ ((noinline))
version (void)
{
  return 1;			/* Version 2: 2.  */
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

/* { dg-output "^child: status -8: update to \[^ \]*fork-pending-v2.so not done in this process: it was requested of process \[0-9\]+, which forked this one first\n" } */
/* { dg-output "child: version 1\n" } */
/* { dg-output "parent: status 0, version 2\n" } */
