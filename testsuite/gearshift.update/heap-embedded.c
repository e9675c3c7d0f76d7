/* A struct embedded in another, in the heap: version 2 adds a field in
   the middle of the inner struct, so the outer one changes layout too;
   it converts field by field, the inner struct's fields by name in
   turn, and a global pointing into the inner struct's last field
   follows it.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-embedded-v2/heap-embedded.c=heap-embedded-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct inner { int x; int y; };
struct outer { int tag; struct inner in; };

static struct outer *o;
static int *py;

int
main (void)
{
  o = malloc (sizeof *o);
  o->tag = 7;
  o->in.x = 1;
  o->in.y = 2;
  py = &o->in.y;
  for (int i = 0; i < 3; i++)
    {
      if (i == 1)
	gearshift_request_update ("./heap-embedded-v2.so");
      *py += 10;
      printf ("v1 i=%d tag=%d x=%d y=%d\n", i, o->tag, o->in.x, o->in.y);
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 tag=7 x=1 y=12\n" } */
/* { dg-output "v1 i=1 tag=7 x=1 y=22\n" } */
/* { dg-output "v2 i=2 tag=7 x=1 mid=0 y=32 status 0: updated to \[^\n\]*; converted in the heap: struct outer \\(1 object\\)\n$" } */
