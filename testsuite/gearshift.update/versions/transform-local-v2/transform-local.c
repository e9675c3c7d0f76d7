/* Version 2 of transform-local.c: weight becomes a double, scaled by 1.5
   by a local transformer.  */

#include <stdio.h>
#include <gearshift.h>

static int
to_double (const void *old, void *new)
{
  *(double *) new = *(const int *) old * 1.5;
  return 0;
}
GEARSHIFT_TRANSFORM_LOCAL (main, weight, to_double)

int
main (void)
{
  double weight = 3;
  for (int i = 0; i < 4; i++)
    {
      weight += 1;
      printf ("v2 i=%d weight=%g\n", i, weight);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
