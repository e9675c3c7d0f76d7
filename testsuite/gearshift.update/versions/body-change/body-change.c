/* Version 2 of body-change.c: step () multiplies by 100 more.  */

#include <stdio.h>
#include <gearshift.h>

int counter = 100;
static int scale = 2;

int
step (int i)
{
  return i * scale * 100;
}

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 8; i++)
    {
      total += step (i);
      counter++;
      printf ("v2 i=%d total=%ld counter=%d\n", i, total, counter);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
