/* Version 2: says so, and ends five ticks after the update.  */

#include <stdio.h>
#include <unistd.h>
#include <gearshift.h>

int ticks;

int
main (void)
{
  int seen = 0;
  for (int i = 0; i < 400; i++)
    {
      ticks++;
      printf ("v2 %d ticks %d\n", i, ticks);
      fflush (stdout);
      if (++seen == 5)
	break;
      usleep (50000);
      gearshift_update_point ("tick");
    }
  printf ("done\n");
  return 0;
}
