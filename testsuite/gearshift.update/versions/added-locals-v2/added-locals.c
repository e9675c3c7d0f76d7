/* Version 2 of added-locals.c: main keeps two more locals, EXTRA and
   SCALED, initialised to values an update does not run.  */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  long extra = 1000;
  int scaled = 500;
  for (int i = 0; i < 7; i++)
    {
      total += i;
      extra += i;
      printf ("v2 i=%d total=%ld extra=%ld scaled=%d\n", i, total, extra,
	      scaled);
      scaled++;
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
