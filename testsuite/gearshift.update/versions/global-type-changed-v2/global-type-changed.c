/* Version 2 of global-type-changed.c: TICKS became a long.  */

#include <stdio.h>
#include <gearshift.h>

long ticks = 40;
int other = 5;

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      ticks += i;
      other *= 3;
      printf ("v2 i=%d ticks=%ld other=%d\n", i, ticks, other);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
