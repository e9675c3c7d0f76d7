/* Another program, not a version of upd.c: its source file has another
   name, though its main has a point of the same label and a global of
   the same name.  An update to it is refused unless forced.  */

#include <stdio.h>
#include <unistd.h>
#include <gearshift.h>

int ticks;

int
main (void)
{
  for (;;)
    {
      printf ("other %d\n", ticks++);
      fflush (stdout);
      usleep (50000);
      gearshift_update_point ("tick");
    }
}
