/* Version 2 of heap-interior.c: the record's fields in another order,
   and a new one; records convert field by field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct rec { long c; int b; int d; int a; };
struct holder { long *pc; struct rec *whole; };
GEARSHIFT_CONVERT_BY_NAME (struct rec)

static int *pb;
static struct holder *h;

int
main (void)
{
  struct rec *r = malloc (sizeof *r);
  r->a = 1;
  r->b = 2;
  r->c = 3;
  r->d = 0;
  pb = &r->b;
  h = malloc (sizeof *h);
  h->pc = &r->c;
  h->whole = r;
  long *local = &r->c;
  for (int i = 0; i < 3; i++)
    {
      char msg[1024];
      r->a += 10;
      printf ("v2 i=%d a=%d b=%d c=%ld local=%ld d=%d", i, h->whole->a, *pb,
	      *h->pc, *local, r->d);
      if (gearshift_update_status (msg, sizeof msg) == 0)
	printf (" status 0: %s", msg);
      printf ("\n");
      gearshift_update_point ("tick");
    }
  return 0;
}
