/* Version 2: step is gone (main does its work), so a frame of step on
   the stack would refuse the update.  */

#include <stdio.h>
#include <gearshift.h>

int counter = 3;
static int scale = 2;
const int limit = 10;

int
main (void)
{
  long total = 0;
  for (int i = 0; i < limit; i++)
    {
      for (int k = 0; k < i; k++)
	total += k * scale;
      counter++;
      gearshift_update_point ("tick");
    }
  if (counter == -1)
    scale = 1;			/* Written: GCC must not find it read-only.  */
  printf ("%ld %d\n", total, counter);
  return 0;
}
