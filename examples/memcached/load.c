/* A load for memcached's text protocol, and its own check: CONNS
   connections, each a thread, set and get keys of their own for SECONDS
   seconds (key "cC-N" holds "vC-N-R", R the round it was last set in),
   and every reply must be what the server owes: STORED after a set, the
   value last set after a get.  Then one connection reads back every key
   each wrote.  Prints requests, failures and the latency percentiles of
   each second (p50, p99, max, in microseconds), so the second of an
   update shows, and of the whole load; exits 1 on any failure or
   dropped connection.
   Usage: load PORT CONNS SECONDS  */

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define KEYS 200		/* Per connection.  */
#define MAXSEC 120
#define MAXLAT 200000		/* Latencies kept per second.  */

static int port, conns, seconds;
static double start;
static long failures, requests;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static double *lat[MAXSEC];
static long nlat[MAXSEC];

static double
now (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static int
connect_to (void)
{
  struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons (port) };
  int fd = socket (AF_INET, SOCK_STREAM, 0), one = 1;
  a.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  if (fd < 0 || connect (fd, (struct sockaddr *) &a, sizeof a) < 0)
    return -1;
  setsockopt (fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

/* Send REQ on FD and read the reply up to one ending in END; into BUF
   (SIZE bytes).  Returns its length, or -1.  */
static int
ask (int fd, const char *req, const char *end, char *buf, int size)
{
  int len = 0, n = strlen (req);
  if (write (fd, req, n) != n)
    return -1;
  for (;;)
    {
      int r = read (fd, buf + len, size - 1 - len);
      if (r <= 0)
	return -1;
      len += r;
      buf[len] = 0;
      if (len >= (int) strlen (end)
	  && strcmp (buf + len - strlen (end), end) == 0)
	return len;
      if (strstr (buf, "ERROR"))
	return len;
    }
}

static void
record (double t0)
{
  double t1 = now ();
  int s = (int) (t0 - start);
  if (s < 0 || s >= MAXSEC)
    return;
  pthread_mutex_lock (&lock);
  if (!lat[s])
    lat[s] = malloc (MAXLAT * sizeof **lat);
  if (lat[s] && nlat[s] < MAXLAT)
    lat[s][nlat[s]++] = (t1 - t0) * 1e6;
  requests++;
  pthread_mutex_unlock (&lock);
}

static void
fail (const char *what, int c, int k, const char *got)
{
  pthread_mutex_lock (&lock);
  failures++;
  if (failures <= 5)
    fprintf (stderr, "load: connection %d key %d: %s (got \"%.60s\")\n", c,
	     k, what, got);
  pthread_mutex_unlock (&lock);
}

static int round_of[256][KEYS];

static void *
client (void *arg)
{
  int c = (int) (long) arg, fd = connect_to ();
  char req[256], buf[4096], want[128];
  if (fd < 0)
    {
      fail ("cannot connect", c, 0, "");
      return NULL;
    }
  for (int r = 1; now () - start < seconds; r++)
    for (int k = 0; k < KEYS && now () - start < seconds; k++)
      {
	double t0 = now ();
	snprintf (want, sizeof want, "v%d-%d-%d", c, k, r);
	snprintf (req, sizeof req, "set c%d-%d 0 0 %zu\r\n%s\r\n", c, k,
		  strlen (want), want);
	if (ask (fd, req, "\r\n", buf, sizeof buf) < 0)
	  {
	    fail ("connection dropped", c, k, "");
	    return NULL;
	  }
	if (strcmp (buf, "STORED\r\n") != 0)
	  fail ("set not stored", c, k, buf);
	round_of[c][k] = r;
	record (t0);
	t0 = now ();
	snprintf (req, sizeof req, "get c%d-%d\r\n", c, k);
	if (ask (fd, req, "END\r\n", buf, sizeof buf) < 0)
	  {
	    fail ("connection dropped", c, k, "");
	    return NULL;
	  }
	if (!strstr (buf, want))
	  fail ("get returned another value", c, k, buf);
	record (t0);
      }
  close (fd);
  return NULL;
}

static int
cmp (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fprintf (stderr, "usage: load PORT CONNS SECONDS\n");
      return 2;
    }
  port = atoi (argv[1]);
  conns = atoi (argv[2]);
  seconds = atoi (argv[3]);
  if (conns < 1 || conns > 256 || seconds < 1 || seconds >= MAXSEC)
    return 2;
  pthread_t t[256];
  start = now ();
  for (int c = 0; c < conns; c++)
    pthread_create (&t[c], NULL, client, (void *) (long) c);
  for (int c = 0; c < conns; c++)
    pthread_join (t[c], NULL);

  /* Every key written reads back its last value.  */
  long lost = 0;
  int fd = connect_to ();
  char req[128], buf[4096], want[128];
  for (int c = 0; c < conns && fd >= 0; c++)
    for (int k = 0; k < KEYS; k++)
      if (round_of[c][k])
	{
	  snprintf (want, sizeof want, "v%d-%d-%d", c, k, round_of[c][k]);
	  snprintf (req, sizeof req, "get c%d-%d\r\n", c, k);
	  if (ask (fd, req, "END\r\n", buf, sizeof buf) < 0
	      || !strstr (buf, want))
	    lost++;
	}
  if (fd < 0)
    lost = -1;

  for (int s = 0; s < seconds; s++)
    if (nlat[s])
      {
	qsort (lat[s], nlat[s], sizeof **lat, cmp);
	printf ("second %d: %ld requests, p50 %.0f us, p99 %.0f us, max %.0f "
		"us\n", s, nlat[s], lat[s][nlat[s] / 2],
		lat[s][nlat[s] * 99 / 100], lat[s][nlat[s] - 1]);
      }

  /* And over the whole load.  */
  long n = 0;
  for (int s = 0; s < seconds; s++)
    n += nlat[s];
  double *all = malloc ((n ? n : 1) * sizeof *all);
  if (!all)
    return 2;
  n = 0;
  for (int s = 0; s < seconds; s++)
    {
      memcpy (all + n, lat[s], nlat[s] * sizeof *all);
      n += nlat[s];
    }
  if (n)
    {
      qsort (all, n, sizeof *all, cmp);
      printf ("all: p50 %.0f us, p99 %.0f us, max %.0f us\n", all[n / 2],
	      all[n * 99 / 100], all[n - 1]);
    }
  printf ("requests %ld, failures %ld, keys lost %ld\n", requests, failures,
	  lost);
  return failures || lost ? 1 : 0;
}
