/* A prefork server for prefork.exp: the master listens on the Unix
   socket ARGV[1], forks ARGV[2] workers, says who they are, and after
   ARGV[3] seconds stops them and says which version it ends in.  Each
   worker answers every connection with its version and pid, through an
   update point before each accept; an update's kick interrupts the
   accept (EINTR), and the worker goes round again.  Built with
   -DPREFORK_VERSION=N it is version N.  */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <gearshift.h>

#ifndef PREFORK_VERSION
# define PREFORK_VERSION 1
#endif

static int __attribute__ ((noinline))
version (void)
{
  return PREFORK_VERSION;
}

/* Nonzero while the workers run: always (they end by SIGTERM).  */
volatile int serving = 1;

static void
worker (int listener)
{
  while (serving)
    {
      char buf[64];
      int fd, n;

      gearshift_update_point ("accept");
      fd = accept (listener, NULL, NULL);
      if (fd < 0)
	continue;
      if (read (fd, buf, sizeof buf) > 0)
	{
	  n = snprintf (buf, sizeof buf, "v%d %d\n", version (),
			(int) getpid ());
	  if (write (fd, buf, n) != n)
	    perror ("write");
	}
      close (fd);
    }
}

int
main (int argc, char **argv)
{
  struct sockaddr_un addr = { AF_UNIX };
  int listener, n;
  pid_t pids[16];
  time_t until;

  if (argc != 4 || strlen (argv[1]) >= sizeof addr.sun_path
      || (n = atoi (argv[2])) < 1 || n > 16)
    return 2;
  strcpy (addr.sun_path, argv[1]);
  unlink (argv[1]);
  listener = socket (AF_UNIX, SOCK_STREAM, 0);
  if (listener < 0 || bind (listener, (struct sockaddr *) &addr, sizeof addr)
      || listen (listener, 64))
    {
      perror (argv[1]);
      return 2;
    }
  fflush (stdout);
  for (int i = 0; i < n; i++)
    if ((pids[i] = fork ()) == 0)
      {
	worker (listener);
	_exit (0);
      }
  printf ("master %d", (int) getpid ());
  for (int i = 0; i < n; i++)
    printf (" %d", (int) pids[i]);
  printf ("\n");
  fflush (stdout);
  until = time (NULL) + atoi (argv[3]);
  while (time (NULL) < until)
    {
      usleep (20000);
      gearshift_update_point ("master");
    }
  for (int i = 0; i < n; i++)
    kill (pids[i], SIGTERM);
  for (int i = 0; i < n; i++)
    waitpid (pids[i], NULL, 0);
  unlink (argv[1]);
  printf ("master done in version %d\n", version ());
  return 0;
}
