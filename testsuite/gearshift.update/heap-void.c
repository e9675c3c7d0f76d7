/* Records reachable only through void *: a generic list holds them as
   void *, and nothing typed points to them.  Version 2 adds a field to
   the record; the runtime finds the records by their allocation, not by
   following pointers, so each converts, and the list reads them right
   in version 2.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-void-v2/heap-void.c=heap-void-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct cell { void *item; struct cell *next; };
struct rec { short tag; long amount; };

static struct cell *items;

static void
hold (void *item)
{
  struct cell *c = malloc (sizeof *c);
  c->item = item;
  c->next = items;
  items = c;
}

static long
total (void)
{
  long t = 0;
  for (struct cell *c = items; c; c = c->next)
    t += ((struct rec *) c->item)->tag * ((struct rec *) c->item)->amount;
  return t;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./heap-void-v2.so");
      struct rec *r = malloc (sizeof *r);
      r->tag = i + 1;
      r->amount = 100 * (i + 1);
      hold (r);
      printf ("v1 i=%d total=%ld\n", i, total ());
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 total=100\n" } */
/* { dg-output "v1 i=1 total=500\n" } */
/* { dg-output "v2 i=2 total=1400 currency=0\n" } */
/* { dg-output "v2 i=3 total=3000 currency=0 status 0: updated to \[^\n\]*; converted in the heap: struct rec \\(3 objects\\)\n$" } */
