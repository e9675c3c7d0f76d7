/* Version 2 of redirect-heap.c: the handlers print "v2" and add more;
   legacy is gone; widen takes and returns long.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct conn
{
  int fd;
  int (*on_read) (int);
};

static int __attribute__ ((noinline))
handle_read (int x)
{
  printf ("v2 handle_read (%d)\n", x);
  return x + 100;
}

static int __attribute__ ((noinline))
handle_write (int x)
{
  printf ("v2 handle_write (%d)\n", x);
  return x + 200;
}

static long __attribute__ ((noinline))
widen (long x)
{
  printf ("v2 widen (%ld)\n", x);
  return x * 1000;
}

static struct conn * __attribute__ ((noinline))
open_conn (int fd)
{
  struct conn *c = malloc (sizeof *c);
  c->fd = fd;
  c->on_read = handle_read;
  return c;
}

typedef int (*handler) (int);

/* Pointers held in the data of each version.  */
handler held = handle_write;
static handler const fixed[] = { handle_read };

static handler * __attribute__ ((noinline))
make_table (void)
{
  handler *t = malloc (4 * sizeof *t);
  t[0] = handle_read;
  t[1] = handle_write;
  t[2] = handle_write;
  t[3] = (handler) widen;
  return t;
}

int
main (void)
{
  struct conn *c = open_conn (3);
  handler *table = make_table ();
  long total = 0;
  for (int i = 0; i < 3; i++)
    {
      total += c->on_read (i);
      for (int j = 0; j < 4; j++)
	total += table[j] (10 * i + j);
      printf ("v2 i=%d total=%ld same=%d%d%d%d\n", i, total,
	      c->on_read == handle_read, table[1] == handle_write,
	      held == table[1], fixed[0] == c->on_read);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  free (table);
  free (c);
  return 0;
}
