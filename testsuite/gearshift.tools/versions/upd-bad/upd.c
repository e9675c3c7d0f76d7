/* A version whose global ticks became a long: refused.  */

#include <stdio.h>
#include <unistd.h>
#include <gearshift.h>

long ticks;

int
main (void)
{
  for (int i = 0; i < 400; i++)
    {
      ticks++;
      printf ("v1 %d\n", i);
      fflush (stdout);
      usleep (50000);
      gearshift_update_point ("tick");
    }
  printf ("done\n");
  return 0;
}
