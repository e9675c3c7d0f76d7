/* For channel.exp: a socket in the control channel directory DIR
   (ARGV[1]) whose process listens and never accepts, with its queue
   full and an old modification time, as a live program's that has not
   reached a point for a while.  Prints "ready", then waits ARGV[2]
   seconds (default 30).  A program starting beside it must not wait
   for it while it sweeps stale sockets.  */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct sockaddr_un addr;
  int fd, n = 0;

  if (argc < 2)
    return 2;
  memset (&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  snprintf (addr.sun_path, sizeof addr.sun_path, "%s/999999999.sock",
	    argv[1]);
  unlink (addr.sun_path);
  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0 || bind (fd, (struct sockaddr *) &addr, sizeof addr) != 0
      || listen (fd, 0) != 0)
    {
      perror ("full-queue");
      return 1;
    }
  /* Fill the queue: connections that nobody accepts.  */
  for (;;)
    {
      int c = socket (AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
      if (c < 0)
	return 1;
      if (connect (c, (struct sockaddr *) &addr, sizeof addr) != 0)
	{
	  if (errno != EAGAIN)
	    perror ("full-queue: connect");
	  close (c);
	  break;
	}
      n++;
    }
  struct timespec old[2];
  clock_gettime (CLOCK_REALTIME, &old[0]);
  old[0].tv_sec -= 60;
  old[1] = old[0];
  utimensat (AT_FDCWD, addr.sun_path, old, AT_SYMLINK_NOFOLLOW);
  printf ("ready: %d queued\n", n);
  fflush (stdout);
  sleep (argc > 2 ? atoi (argv[2]) : 30);
  unlink (addr.sun_path);
  return 0;
}
