/* A version of upd.c that runs on after the update, so that another
   update can follow it.  */

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
      printf ("long %d ticks %d\n", i, ticks);
      fflush (stdout);
      usleep (50000);
      gearshift_update_point ("tick");
    }
  printf ("done\n");
  return 0;
}
