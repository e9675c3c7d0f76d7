/* A point that the new version's function no longer has: main stopped at
   "tick", version 2 only has "tock"; refused, version 1 goes on.  */
/* { dg-do run } */
/* { dg-versions "versions/point-removed-v2/point-removed.c=point-removed-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./point-removed-v2.so");
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
/* { dg-output "v1 i=4 total=10\n" } */
/* { dg-output "status -8: update to \[^ \]+/point-removed-v2.so refused: main is stopped at point \"tick\", which the new version's main does not have\n$" } */
