/* Version 3 of chain.c: adds a hundred times more.  */

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
      if (updates_seen == 1)
	{
	  updates_seen = 2;
	  report ();
	}
      total += i * 100;
      printf ("v3 i=%d total=%ld updates_seen=%d\n", i, total, updates_seen);
      gearshift_update_point ("tick");
    }
  report ();
  return 0;
}
