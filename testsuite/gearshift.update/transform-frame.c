/* A frame transformer builds the new version's struct local from two old
   scalar locals of the frame that was on the stack.  */
/* { dg-do run } */
/* { dg-versions "versions/transform-frame-v2/transform-frame.c=transform-frame-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  int lo = 10, hi = 20;
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./transform-frame-v2.so");
      lo += 1;
      hi += 2;
      printf ("v1 i=%d lo=%d hi=%d\n", i, lo, hi);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 lo=11 hi=22\n" } */
/* { dg-output "v1 i=1 lo=12 hi=24\n" } */
/* { dg-output "v1 i=2 lo=13 hi=26\n" } */
/* { dg-output "v2 i=3 range=\\\[14, 28\\\] width=14\n" } */
/* { dg-output "status 0: updated to \[^ \]+/transform-frame-v2.so: 1 frames, 0 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n" } */
