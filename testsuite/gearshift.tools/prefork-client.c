/* The load of prefork.exp, built without the plugin: for ARGV[2]
   seconds, one request after another to the server on the Unix socket
   ARGV[1], each a new connection; prints how many were made, how many
   failed, how many each version answered, and the version of the last
   answer.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct sockaddr_un addr = { AF_UNIX };
  long requests = 0, failures = 0, by_version[10] = { 0 };
  int last = 0;
  time_t until;

  if (argc != 3 || strlen (argv[1]) >= sizeof addr.sun_path)
    return 2;
  strcpy (addr.sun_path, argv[1]);
  until = time (NULL) + atoi (argv[2]);
  while (time (NULL) < until)
    {
      char reply[64];
      int fd = socket (AF_UNIX, SOCK_STREAM, 0), v;
      ssize_t got;

      requests++;
      if (fd < 0 || connect (fd, (struct sockaddr *) &addr, sizeof addr)
	  || write (fd, "x\n", 2) != 2
	  || (got = read (fd, reply, sizeof reply - 1)) <= 0)
	{
	  failures++;
	  if (fd >= 0)
	    close (fd);
	  continue;
	}
      reply[got] = '\0';
      if (sscanf (reply, "v%d", &v) == 1 && v > 0 && v < 10)
	by_version[last = v]++;
      else
	failures++;
      close (fd);
      usleep (500);
    }
  printf ("requests %ld failures %ld", requests, failures);
  for (int v = 1; v < 10; v++)
    if (by_version[v])
      printf (" v%d %ld", v, by_version[v]);
  printf (" last v%d\n", last);
  return 0;
}
