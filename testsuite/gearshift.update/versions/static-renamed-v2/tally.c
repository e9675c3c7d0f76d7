/* Version 2 of static-renamed.c, under another file name: bump () adds
   ten times more; the statics start elsewhere here, which the values of
   version 1 override; spare is gone.  */

#include <stdio.h>
#include <gearshift.h>

static int hits = -5;

static int __attribute__ ((noinline))
bump (int by)
{
  static int calls = 1000;
  calls++;
  hits += by * 10;
  return calls;
}

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      int calls = bump (i);
      printf ("v2 i=%d hits=%d calls=%d\n", i, hits, calls);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
