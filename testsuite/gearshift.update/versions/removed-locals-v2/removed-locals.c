/* Version 2 of removed-locals.c: main no longer has SQUARES and MASK.  */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 7; i++)
    {
      total += i;
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
