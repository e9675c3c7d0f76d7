/* Version 2 of chain.c: adds ten times more, reports its arrival and
   requests version 3.  */

#include <stdio.h>
#include <gearshift.h>

int updates_seen = 0;

static void
report (void)
{
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
}

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 9; i++)
    {
      if (updates_seen == 0)
	{
	  updates_seen = 1;
	  report ();
	}
      if (i == 5)
	gearshift_request_update ("./chain-v3.so");
      total += i * 10;
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  report ();
  return 0;
}
