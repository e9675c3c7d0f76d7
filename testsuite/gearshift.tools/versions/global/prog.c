/* Version 2: counter became a long, with no transformer: refused.  */

#include <stdio.h>
#include <gearshift.h>

long counter = 3;
static int scale = 2;
const int limit = 10;

long
step (long total, int i)
{
  for (int k = 0; k < i; k++)
    {
      total += k * scale;
      gearshift_update_point ("inner");
    }
  return total;
}

int
main (void)
{
  long total = 0;
  for (int i = 0; i < limit; i++)
    {
      total = step (total, i);
      counter++;
      gearshift_update_point ("tick");
    }
  if (counter == -1)
    scale = 1;			/* Written: GCC must not find it read-only.  */
  printf ("%ld %d\n", total, counter);
  return 0;
}
