/* A client of a gearshift control channel that sends what it is told,
   for channel.exp's malformed requests (the gearshift command only
   sends well-formed ones).
   Usage: raw-request SOCKET BYTES [shut|close]
   Connects to SOCKET, sends BYTES (\0 and \n stand for a NUL and a
   newline; empty: send nothing), with "shut" closes its side for
   writing, with "close" hangs up at once (exit status 0), and prints
   the reply up to 10 s.  Exit status 0 with a
   reply, 1 without, 2 when it cannot connect.  */

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct sockaddr_un addr = { AF_UNIX };
  char *bytes, reply[4096];
  size_t n = 0, got = 0;
  int fd;

  if (argc < 3 || strlen (argv[1]) >= sizeof addr.sun_path)
    return 2;
  strcpy (addr.sun_path, argv[1]);
  bytes = malloc (strlen (argv[2]) + 1);
  for (const char *p = argv[2]; *p; p++)
    if (p[0] == '\\' && p[1] == '0')
      bytes[n++] = '\0', p++;
    else if (p[0] == '\\' && p[1] == 'n')
      bytes[n++] = '\n', p++;
    else
      bytes[n++] = *p;
  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0 || connect (fd, (struct sockaddr *) &addr, sizeof addr) != 0)
    {
      perror ("connect");
      return 2;
    }
  if (n && write (fd, bytes, n) != (ssize_t) n)
    perror ("write");
  if (argc > 3 && strcmp (argv[3], "shut") == 0)
    shutdown (fd, SHUT_WR);
  if (argc > 3 && strcmp (argv[3], "close") == 0)
    return close (fd) != 0;
  for (;;)
    {
      struct pollfd p = { fd, POLLIN, 0 };
      ssize_t r;

      if (poll (&p, 1, 10000) <= 0)
	break;
      r = read (fd, reply + got, sizeof reply - 1 - got);
      if (r <= 0)
	break;
      got += r;
    }
  reply[got] = '\0';
  fputs (reply, stdout);
  return got ? 0 : 1;
}
