/* Version 2 of static-found-readonly.c: writes step.  */

#include <stdio.h>
#include <gearshift.h>

static int step = 3;
static int total;

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 3)
	step = 10;
      total += step;
      printf ("v2 i=%d total=%d step=%d\n", i, total, step);
      gearshift_update_point ("tick");
    }
  return 0;
}
