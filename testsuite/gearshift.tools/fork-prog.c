/* The program channel.exp forks: it forks a child, each prints its role
   and pid, and both tick every 20 ms, ARGV[1] times (default 100),
   through an update point; with ARGV[2] "exec" the child runs
   "sleep 2" at once instead, reaching no point.  Each says which
   version it ends in: 1, or N when built with -DFORK_VERSION=N.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gearshift.h>

int ticks;

#ifndef FORK_VERSION
# define FORK_VERSION 1
#endif

static int __attribute__ ((noinline))
version (void)
{
  return FORK_VERSION;
}

int
main (int argc, char **argv)
{
  int n = argc > 1 ? atoi (argv[1]) : 100;
  pid_t child;

  fflush (stdout);
  child = fork ();
  if (child == 0 && argc > 2 && strcmp (argv[2], "exec") == 0)
    {
      printf ("child %d\n", (int) getpid ());
      fflush (stdout);
      execlp ("sleep", "sleep", "2", (char *) 0);
      _exit (127);
    }
  printf ("%s %d\n", child ? "parent" : "child", (int) getpid ());
  fflush (stdout);
  for (int i = 0; i < n; i++)
    {
      ticks++;
      usleep (20000);
      gearshift_update_point ("tick");
    }
  if (child > 0)
    waitpid (child, NULL, 0);
  printf ("%s done in version %d\n", child ? "parent" : "child", version ());
  return 0;
}
