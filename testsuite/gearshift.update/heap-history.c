/* Objects a version before the running one allocated where the runtime
   does not see them are still alive: version 1 allocates its records
   from a pool of its own, version 2 (same record) with a wrapper of
   malloc, and
   version 3 changes the record.  Version 2's allocations are all seen,
   but version 1's records are among them unseen, so the update to
   version 3 is refused, naming version 1's allocation; version 2 goes
   on, its records intact.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-history-v2/heap-history.c=heap-history-v2.so versions/heap-history-v3/heap-history.c=heap-history-v3.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct rec { int value; struct rec *next; };
static struct rec *head;

/* Records from a pool of its own, not from malloc: the runtime does not
   see them.  */
static void *__attribute__ ((malloc, noinline))
xalloc (size_t n)
{
  static _Alignas (16) char pool[4096];
  static size_t used;
  void *p = pool + used;

  used += (n + 15) & ~(size_t) 15;
  return p;
}

static void
add (int v)
{
  struct rec *r = xalloc (sizeof *r);
  r->value = v;
  r->next = head;
  head = r;
}

static int
sum (void)
{
  int s = 0;
  for (struct rec *r = head; r; r = r->next)
    s += r->value;
  return s;
}

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 1)
	gearshift_request_update ("./heap-history-v2.so");
      add (i + 1);
      printf ("v1 i=%d sum=%d\n", i, sum ());
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 sum=1\n" } */
/* { dg-output "v\[12\] i=1 sum=3\n" } */
/* { dg-output "v2 i=2 sum=6\n" } */
/* { dg-output "v2 i=3 sum=10\n" } */
/* { dg-output "status -8: update to \[^ \]+/heap-history-v3.so refused: struct rec changed layout \\(field next moved from offset 8 to 16, field weight added\\) and is used through a pointer \\(heap-history.c:\[0-9\]+\\): objects of it are allocated at heap-history.c:\[0-9\]+ in a way the runtime does not see \[^\n\]* \\(an earlier version\\)\n" } */
/* { dg-output "v2 i=4 sum=15\n" } */
/* { dg-output "v2 i=5 sum=21\n$" } */
