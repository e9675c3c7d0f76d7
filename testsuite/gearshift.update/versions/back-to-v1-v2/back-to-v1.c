/* Version 2 of back-to-v1.c: adds a hundred times more, and requests
   version 3, which is version 1 again.  */

#include <stdio.h>
#include <gearshift.h>

long total = 0;

int
main (void)
{
  for (int i = 0; i < 9; i++)
    {
      if (i == 5)
	gearshift_request_update ("./back-to-v1-v3.so");
      total += i * 100;
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
