/* A second request for a new version while one is pending is refused
   with EBUSY (an in-place request joins it); the first one is taken.  */
/* { dg-do run } */
/* { dg-api-only "the requests are made at one point, from inside the program" } */
/* { dg-versions "versions/busy-v2/busy.c=busy-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  char msg[256];
  int status;
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	{
	  int first = gearshift_request_update ("./busy-v2.so");
	  int second = gearshift_request_update ("./busy-other.so");
	  int third = gearshift_request_update (0);
	  printf ("requests %d %d %d (EBUSY is %d)\n", first, second, third,
		  -GEARSHIFT_EBUSY);
	  status = gearshift_update_status (msg, sizeof msg);
	  printf ("pending %d: %s\n", status, msg);
	}
      total += i;
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0\n" } */
/* { dg-output "v1 i=1 total=1\n" } */
/* { dg-output "requests 0 -2 0 \\(EBUSY is -2\\)\n" } */
/* { dg-output "pending -2: an update is pending\n" } */
/* { dg-output "v1 i=2 total=3\n" } */
/* { dg-output "v2 i=3 total=33\n" } */
/* { dg-output "v2 i=4 total=73\n" } */
/* { dg-output "status 0: updated to \[^ \]+/busy-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
