/* Version 2 of heap-embedded.c: the inner struct has a field between
   its two; the outer struct converts field by field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct inner { int x; int mid; int y; };
struct outer { int tag; struct inner in; };
GEARSHIFT_CONVERT_BY_NAME (struct outer)

static struct outer *o;
static int *py;

int
main (void)
{
  o = malloc (sizeof *o);
  o->tag = 7;
  o->in.x = 1;
  o->in.mid = 0;
  o->in.y = 2;
  py = &o->in.y;
  for (int i = 0; i < 3; i++)
    {
      char msg[1024];
      *py += 10;
      printf ("v2 i=%d tag=%d x=%d mid=%d y=%d", i, o->tag, o->in.x,
	      o->in.mid, o->in.y);
      if (gearshift_update_status (msg, sizeof msg) == 0)
	printf (" status 0: %s", msg);
      printf ("\n");
      gearshift_update_point ("tick");
    }
  return 0;
}
