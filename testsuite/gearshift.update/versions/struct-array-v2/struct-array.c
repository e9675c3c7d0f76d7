/* Version 2 of struct-array.c: the same types, other updates.  */

#include <stdio.h>
#include <string.h>
#include <gearshift.h>

struct point
{
  int x;
  long y;
  char c;
};

int
main (void)
{
  struct point p = { 0, 0, 0 };
  int arr[5] = { 9, 9, 9, 9, 9 };
  char name[12] = "v2-";
  for (int i = 0; i < 5; i++)
    {
      p.x += i;
      p.y += i;
      p.c++;
      arr[i] = -i;
      name[3 + i] = 'a' + i;
      printf ("v2 i=%d p={%d,%ld,%c} arr={%d,%d,%d,%d,%d} name=%s\n", i, p.x,
	      p.y, p.c, arr[0], arr[1], arr[2], arr[3], arr[4], name);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
