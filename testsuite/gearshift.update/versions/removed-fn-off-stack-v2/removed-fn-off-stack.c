/* Version 2 of removed-fn-off-stack.c: setup is gone (main no longer
   calls it), and the loop adds ten times more.  */

#include <stdio.h>
#include <gearshift.h>

int base = 0;

int
main (void)
{
  long total = base;
  for (int i = 0; i < 6; i++)
    {
      total += i * 10;
      printf ("v2 i=%d total=%ld base=%d\n", i, total, base);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
