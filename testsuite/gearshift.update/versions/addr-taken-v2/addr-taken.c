/* Version 2 of addr-taken.c: adds ten times more through the pointer.  */

#include <stdio.h>
#include <gearshift.h>

int
main (int argc, char **argv)
{
  int x = 5;
  int y = 100;
  int *px = argc > 100 ? &y : &x;
  (void) argv;
  for (int i = 0; i < 6; i++)
    {
      *px += i * 10;
      y++;
      printf ("v2 i=%d x=%d y=%d *px=%d same=%d\n", i, x, y, *px, px == &x);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
