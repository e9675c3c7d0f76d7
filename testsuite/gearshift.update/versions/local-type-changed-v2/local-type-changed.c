/* Version 2 of local-type-changed.c: WEIGHT became a double.  */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  double weight = 3;
  for (int i = 0; i < 7; i++)
    {
      total += i * weight;
      weight += 0.5;
      printf ("v2 i=%d total=%ld weight=%g\n", i, total, weight);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
