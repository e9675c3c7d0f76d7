/* Version 2 of transform-frame.c: lo and hi become one struct, filled by
   a frame transformer.  */

#include <stdio.h>
#include <gearshift.h>

struct range { int lo, hi; };

static int
pack (struct gearshift_frame_map *map)
{
  const int *lo = gearshift_frame_old (map, "lo");
  const int *hi = gearshift_frame_old (map, "hi");
  struct range *r = gearshift_frame_new (map, "r");
  if (!lo || !hi || !r)
    return 1;
  r->lo = *lo;
  r->hi = *hi;
  return 0;
}
GEARSHIFT_TRANSFORM_FRAME (main, pack)

int
main (void)
{
  struct range r = { 10, 20 };
  for (int i = 0; i < 4; i++)
    {
      r.lo += 1;
      r.hi += 2;
      printf ("v2 i=%d range=[%d, %d] width=%d\n", i, r.lo, r.hi,
	      r.hi - r.lo);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
