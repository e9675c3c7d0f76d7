/* A local that the function never changes from its constant initialiser
   is a constant of the code: the low-gear clone restores it as the new
   version's constant, not from the frame (so GCC knows its value there
   as in the rest of the function).  Version 2 steps by 10.  */
/* { dg-do run } */
/* { dg-versions "versions/local-constant-v2/local-constant.c=local-constant-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static char msg[256];

int
main (void)
{
  long total = 0;
  int step = 1;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./local-constant-v2.so");
      total += step;
      printf ("v1 i=%d step=%d total=%ld\n", i, step, total);
      gearshift_update_point ("tick");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 step=1 total=1\n" } */
/* { dg-output "v1 i=1 step=1 total=2\n" } */
/* { dg-output "v1 i=2 step=1 total=3\n" } */
/* { dg-output "v2 i=3 step=10 total=13\n" } */
/* { dg-output "v2 i=4 step=10 total=23\n" } */
/* { dg-output "v2 i=5 step=10 total=33\n" } */
/* { dg-output "status 0: updated to \[^ \]+/local-constant-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
