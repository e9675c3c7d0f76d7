/* A local whose type changed (int to double) is converted by the new
   version's local transformer, in the frame that was on the stack.  */
/* { dg-do run } */
/* { dg-versions "versions/transform-local-v2/transform-local.c=transform-local-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  int weight = 3;
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./transform-local-v2.so");
      weight += 1;
      printf ("v1 i=%d weight=%d\n", i, weight);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 weight=4\n" } */
/* { dg-output "v1 i=1 weight=5\n" } */
/* { dg-output "v1 i=2 weight=6\n" } */
/* { dg-output "v2 i=3 weight=10\n" } */
/* { dg-output "status 0: updated to \[^ \]+/transform-local-v2.so: 1 frames, 0 globals mapped, 1 values transformed, \[0-9\]+ functions redirected\n" } */
