/* One SASL PLAIN authentication against memcached's binary protocol,
   and, once authenticated, a set and a get on the same connection:
   which answer memcached's password check gives USER with PASS.
   Prints "accepted" or "refused" and exits 0 or 1; 2 on any other
   answer or error.
   Usage: sasl-probe PORT USER PASS  */

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { SASL_AUTH = 0x21, SET = 0x01, GET = 0x00 };
enum { OK = 0, AUTH_ERROR = 0x20 };

static int fd;

/* Send a request: OPCODE with EXTRAS, KEY and VALUE.  */

static void
request (int opcode, const void *extras, size_t nextras, const char *key,
	 const void *value, size_t nvalue)
{
  unsigned char buf[1024];
  size_t nkey = strlen (key), body = nextras + nkey + nvalue;
  if (24 + body > sizeof buf)
    {
      fprintf (stderr, "sasl-probe: request too long\n");
      exit (2);
    }
  memset (buf, 0, 24);
  buf[0] = 0x80;
  buf[1] = opcode;
  buf[2] = nkey >> 8;
  buf[3] = nkey;
  buf[4] = nextras;
  buf[8] = body >> 24;
  buf[9] = body >> 16;
  buf[10] = body >> 8;
  buf[11] = body;
  memcpy (buf + 24, extras, nextras);
  memcpy (buf + 24 + nextras, key, nkey);
  memcpy (buf + 24 + nextras + nkey, value, nvalue);
  if (write (fd, buf, 24 + body) != (ssize_t) (24 + body))
    {
      perror ("sasl-probe: write");
      exit (2);
    }
}

/* Read exactly N bytes into BUF.  */

static void
read_all (unsigned char *buf, size_t n)
{
  while (n > 0)
    {
      ssize_t got = read (fd, buf, n);
      if (got <= 0)
	{
	  fprintf (stderr, "sasl-probe: connection closed\n");
	  exit (2);
	}
      buf += got;
      n -= got;
    }
}

/* Read a response; its status, and its value (without extras and key)
   into VALUE, at most SIZE - 1 bytes, NUL-terminated.  */

static int
response (char *value, size_t size)
{
  unsigned char head[24], body[1024];
  read_all (head, 24);
  size_t nbody = ((size_t) head[8] << 24 | head[9] << 16 | head[10] << 8
		  | head[11]);
  size_t nkey = head[2] << 8 | head[3], nextras = head[4];
  if (head[0] != 0x81 || nbody > sizeof body || nkey + nextras > nbody)
    {
      fprintf (stderr, "sasl-probe: bad response\n");
      exit (2);
    }
  read_all (body, nbody);
  size_t nvalue = nbody - nkey - nextras;
  if (nvalue > size - 1)
    nvalue = size - 1;
  memcpy (value, body + nextras + nkey, nvalue);
  value[nvalue] = '\0';
  return head[6] << 8 | head[7];
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fprintf (stderr, "usage: sasl-probe PORT USER PASS\n");
      return 2;
    }
  struct sockaddr_in addr = { .sin_family = AF_INET,
			      .sin_port = htons (atoi (argv[1])) };
  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  fd = socket (AF_INET, SOCK_STREAM, 0);
  if (fd < 0 || connect (fd, (struct sockaddr *) &addr, sizeof addr) != 0)
    {
      perror ("sasl-probe: connect");
      return 2;
    }

  /* PLAIN's message: no authorization id, the user, the password.  */
  char plain[512], value[512];
  size_t nuser = strlen (argv[2]), npass = strlen (argv[3]);
  if (nuser + npass + 2 > sizeof plain)
    return 2;
  plain[0] = '\0';
  memcpy (plain + 1, argv[2], nuser + 1);
  memcpy (plain + 2 + nuser, argv[3], npass);
  request (SASL_AUTH, NULL, 0, "PLAIN", plain, nuser + npass + 2);
  int status = response (value, sizeof value);
  if (status == AUTH_ERROR)
    {
      puts ("refused");
      return 1;
    }
  if (status != OK)
    {
      fprintf (stderr, "sasl-probe: authentication answered 0x%x\n", status);
      return 2;
    }

  /* Authenticated: the connection serves requests.  */
  static const unsigned char flags_exptime[8];
  request (SET, flags_exptime, sizeof flags_exptime, "sasl-probe", "ok", 2);
  if ((status = response (value, sizeof value)) != OK)
    {
      fprintf (stderr, "sasl-probe: set answered 0x%x\n", status);
      return 2;
    }
  request (GET, NULL, 0, "sasl-probe", NULL, 0);
  if ((status = response (value, sizeof value)) != OK
      || strcmp (value, "ok") != 0)
    {
      fprintf (stderr, "sasl-probe: get answered 0x%x \"%s\"\n", status,
	       value);
      return 2;
    }
  puts ("accepted");
  return 0;
}
