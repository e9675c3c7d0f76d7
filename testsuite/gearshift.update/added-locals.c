/* Added locals: version 2 of main has two locals version 1 lacks; they
   start at zero (their initialisers ran in no frame), the others carry.  */
/* { dg-do run } */
/* { dg-versions "versions/added-locals-v2/added-locals.c=added-locals-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 7; i++)
    {
      if (i == 3)
	gearshift_request_update ("./added-locals-v2.so");
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
/* { dg-output "v1 i=3 total=6\n" } */
/* { dg-output "v2 i=4 total=10 extra=4 scaled=0\n" } */
/* { dg-output "v2 i=5 total=15 extra=9 scaled=1\n" } */
/* { dg-output "v2 i=6 total=21 extra=15 scaled=2\n" } */
/* { dg-output "status 0: updated to \[^ \]+/added-locals-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
