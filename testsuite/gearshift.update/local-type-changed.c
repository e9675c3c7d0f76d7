/* A local whose type changed (int to double) has no transformer: the
   update is refused, naming the local, and version 1 carries on intact.  */
/* { dg-do run } */
/* { dg-versions "versions/local-type-changed-v2/local-type-changed.c=local-type-changed-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  int weight = 3;
  for (int i = 0; i < 7; i++)
    {
      if (i == 3)
	gearshift_request_update ("./local-type-changed-v2.so");
      total += i * weight;
      weight++;
      printf ("v1 i=%d total=%ld weight=%d\n", i, total, weight);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0 weight=4\n" } */
/* { dg-output "v1 i=1 total=4 weight=5\n" } */
/* { dg-output "v1 i=2 total=14 weight=6\n" } */
/* { dg-output "v1 i=3 total=32 weight=7\n" } */
/* { dg-output "v1 i=4 total=60 weight=8\n" } */
/* { dg-output "v1 i=5 total=100 weight=9\n" } */
/* { dg-output "v1 i=6 total=154 weight=10\n" } */
/* { dg-output "status -8: update to \[^ \]+/local-type-changed-v2.so refused: local weight of main changed type from int to double, and no transformer converts it; say in the new version GEARSHIFT_TRANSFORM_LOCAL \\(main, weight, fn\\)\n$" } */
