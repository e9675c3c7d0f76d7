/* Version 2 of param-added-passed.c: sum also counts its terms, through a new
   parameter.  */

#include <stdio.h>
#include <gearshift.h>

static int values[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
static int count = 8000;	/* Long enough for sum's loop to check.  */

static int __attribute__ ((noinline))
sum (long *weights)
{
  int s = 0;
  for (int k = 0; k < count; k++)
    {
      s += values[k % 8];
      *weights += 1;
    }
  return s;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      long w = 0;
      values[i] += 10;
      int s = sum (&w);
      printf ("v2 i=%d sum=%d terms=%ld\n", i, s, w);
      gearshift_update_point ("tick");
    }
  char msg[1024];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
