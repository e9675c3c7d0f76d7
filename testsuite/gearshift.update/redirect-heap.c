/* Pointers to functions that the update cannot see, held in the heap (a
   connection's handler, a malloc'ed table of them), reach the new
   version's functions: the old entries jump there (runtime/redirect.c).
   A function the new version no longer has (legacy), or whose type
   changed (widen), keeps its old body, and the outcome names both, as
   their addresses were taken.  */
/* { dg-do run } */
/* { dg-versions "versions/redirect-heap-v2/redirect-heap.c=redirect-heap-v2.so" } */

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
  printf ("v1 handle_read (%d)\n", x);
  return x + 1;
}

static int __attribute__ ((noinline))
handle_write (int x)
{
  printf ("v1 handle_write (%d)\n", x);
  return x + 2;
}

static int __attribute__ ((noinline))
legacy (int x)
{
  printf ("v1 legacy (%d)\n", x);
  return x;
}

static int __attribute__ ((noinline))
widen (int x)
{
  printf ("v1 widen (%d)\n", x);
  return x;
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
  t[2] = legacy;
  t[3] = widen;
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
      printf ("v1 i=%d total=%ld same=%d%d%d%d\n", i, total,
	      c->on_read == handle_read, table[1] == handle_write,
	      held == table[1], fixed[0] == c->on_read);
      if (i == 1)
	gearshift_request_update ("./redirect-heap-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  free (table);
  free (c);
  return 0;
}

/* { dg-output "^v1 handle_read \\(0\\)\n" } */
/* { dg-output "v1 handle_read \\(0\\)\nv1 handle_write \\(1\\)\n" } */
/* { dg-output "v1 legacy \\(2\\)\nv1 widen \\(3\\)\nv1 i=0 total=10 same=1111\n" } */
/* { dg-output "v1 handle_read \\(1\\)\n" } */
/* { dg-output "v1 handle_read \\(10\\)\nv1 handle_write \\(11\\)\n" } */
/* { dg-output "v1 legacy \\(12\\)\nv1 widen \\(13\\)\nv1 i=1 total=61 same=1111\n" } */
/* { dg-output "v2 handle_read \\(2\\)\n" } */
/* { dg-output "v2 handle_read \\(20\\)\nv2 handle_write \\(21\\)\n" } */
/* { dg-output "v1 legacy \\(22\\)\nv1 widen \\(23\\)\nv2 i=2 total=549 same=1111\n" } */
/* { dg-output "status 0: updated to \[^ \]+/redirect-heap-v2.so: 1 frames, 1 globals mapped, 3 functions redirected; old code still reachable: (widen \\(type changed\\), legacy \\(gone\\)|legacy \\(gone\\), widen \\(type changed\\))\n$" } */
