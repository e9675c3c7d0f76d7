/* Version 2 of const-table.c: other constants.  */




#include <stdio.h>
#include <gearshift.h>

static const int scale[3] = { 100, 200, 300 };
int total;

int
main (void)
{
  static const int weights[2] = { 5, 10 };
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	;
      total += scale[i % 3] * weights[i % 2];
      printf ("v2 i=%d total=%d\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}






