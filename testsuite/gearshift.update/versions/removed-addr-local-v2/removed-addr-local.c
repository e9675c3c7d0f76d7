/* Version 2 of removed-addr-local.c: COUNT and bump are gone; the loop
   adds ten times more.  */

#include <stdio.h>
#include <gearshift.h>

static char msg[256];

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 6; i++)
    {
      total += i * 10;
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
