/* Pointers into a field of an object in the heap that converts follow
   their field: version 2 reorders the record and adds a field, and a
   global, a local in a frame on the stack and a field of another object
   in the heap, each pointing into a record, point into the same field
   after the update; pointers to the record itself stay.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-interior-v2/heap-interior.c=heap-interior-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct rec { int a; int b; long c; };
struct holder { long *pc; struct rec *whole; };

static int *pb;
static struct holder *h;

int
main (void)
{
  struct rec *r = malloc (sizeof *r);
  r->a = 1;
  r->b = 2;
  r->c = 3;
  pb = &r->b;
  h = malloc (sizeof *h);
  h->pc = &r->c;
  h->whole = r;
  long *local = &r->c;
  for (int i = 0; i < 3; i++)
    {
      if (i == 1)
	gearshift_request_update ("./heap-interior-v2.so");
      r->a += 10;
      printf ("v1 i=%d a=%d b=%d c=%ld local=%ld\n", i, h->whole->a, *pb,
	      *h->pc, *local);
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 a=11 b=2 c=3 local=3\n" } */
/* { dg-output "v1 i=1 a=21 b=2 c=3 local=3\n" } */
/* { dg-output "v2 i=2 a=31 b=2 c=3 local=3 d=0 status 0: updated to \[^\n\]*; converted in the heap: struct rec \\(1 object\\)\n$" } */
