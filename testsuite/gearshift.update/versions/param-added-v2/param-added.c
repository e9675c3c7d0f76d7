/* Version 2 of param-added.c: sum weighs its terms by a new
   parameter.  */

#include <stdio.h>
#include <gearshift.h>

static int values[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
static int count = 8000;	/* Long enough for sum's loop to check.  */

static int __attribute__ ((noinline))
sum (int weights)
{
  int s = 0;
  for (int k = 0; k < count; k++)
    s += values[k % 8] * weights;
  return s;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      values[i] += 10;
      printf ("v2 i=%d sum=%d\n", i, sum (i + 1));
      gearshift_update_point ("tick");
    }
  return 0;
}
