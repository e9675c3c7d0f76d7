/* Version 2 of transform-constant.c: SCALE is a constant, and a local
   transformer asks to set it.  */

#include <stdio.h>
#include <gearshift.h>

static int
doubled (const void *old, void *new)
{
  *(int *) new = *(const int *) old * 2;
  return 0;
}
GEARSHIFT_TRANSFORM_LOCAL (main, scale, doubled)

int
main (void)
{
  int scale = 3;
  for (int i = 0; i < 4; i++)
    {
      printf ("v2 i=%d scale=%d\n", i, scale);
      gearshift_update_point ("tick");
    }
  char msg[300];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
