/* Version 2 of new-function.c: the loop calls a new function, bonus.  */

#include <stdio.h>
#include <gearshift.h>

static long __attribute__ ((noinline))
bonus (int i)
{
  printf ("bonus (%d) = %d\n", i, i * 100);
  return i * 100;
}

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 6; i++)
    {
      total += i + bonus (i);
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
