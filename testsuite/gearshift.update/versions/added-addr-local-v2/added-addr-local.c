/* Version 2 of added-addr-local.c: main counts its iterations in COUNT,
   a local whose address it passes to bump.  */

#include <stdio.h>
#include <gearshift.h>

static char msg[256];

static void __attribute__ ((noinline))
bump (int *p)
{
  ++*p;
}

int
main (void)
{
  long total = 0;
  int count = 100;
  for (int i = 0; i < 6; i++)
    {
      total += i;
      bump (&count);
      printf ("v2 i=%d total=%ld count=%d\n", i, total, count);
      gearshift_update_point ("tick");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
