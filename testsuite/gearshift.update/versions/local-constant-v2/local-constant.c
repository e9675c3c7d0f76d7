/* Version 2 of local-constant.c: STEP is 10.  */

#include <stdio.h>
#include <gearshift.h>

static char msg[256];

int
main (void)
{
  long total = 0;
  int step = 10;
  for (int i = 0; i < 6; i++)
    {
      total += step;
      printf ("v2 i=%d step=%d total=%ld\n", i, step, total);
      gearshift_update_point ("tick");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
