/* Version 1 of the program update-cli.exp updates from the outside with
   "gearshift update": it ticks every 50 ms for up to 20 s.  */

#include <stdio.h>
#include <unistd.h>
#include <gearshift.h>

int ticks;

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
