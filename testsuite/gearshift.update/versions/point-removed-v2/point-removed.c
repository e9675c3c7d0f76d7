/* Version 2 of point-removed.c: the point is renamed "tock".  */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 5; i++)
    {
      total += i * 10;
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tock");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
