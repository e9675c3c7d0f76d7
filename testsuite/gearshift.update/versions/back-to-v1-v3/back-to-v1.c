/* Going back: version 1 is updated to version 2, which then requests a
   copy of version 1's source built as a new shared object.  */
/* { dg-do run } */
/* { dg-versions "versions/back-to-v1-v2/back-to-v1.c=back-to-v1-v2.so versions/back-to-v1-v3/back-to-v1.c=back-to-v1-v3.so" } */

#include <stdio.h>
#include <gearshift.h>

long total = 0;

int
main (void)
{
  for (int i = 0; i < 9; i++)
    {
      if (i == 2)
	gearshift_request_update ("./back-to-v1-v2.so");
      total += i;
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0\n" } */
/* { dg-output "v1 i=1 total=1\n" } */
/* { dg-output "v1 i=2 total=3\n" } */
/* { dg-output "v2 i=3 total=303\n" } */
/* { dg-output "v2 i=4 total=703\n" } */
/* { dg-output "v2 i=5 total=1203\n" } */
/* { dg-output "v1 i=6 total=1209\n" } */
/* { dg-output "v1 i=7 total=1216\n" } */
/* { dg-output "v1 i=8 total=1224\n" } */
/* { dg-output "status 0: updated to ./back-to-v1-v3.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
