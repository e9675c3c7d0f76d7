/* A global whose type changed (int to long) has no transformer: the
   update is refused, naming the global, and version 1 goes on unchanged.  */
/* { dg-do run } */
/* { dg-versions "versions/global-type-changed-v2/global-type-changed.c=global-type-changed-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int ticks = 40;
int other = 5;

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./global-type-changed-v2.so");
      ticks += i;
      other *= 2;
      printf ("v1 i=%d ticks=%d other=%d\n", i, ticks, other);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 ticks=40 other=10\n" } */
/* { dg-output "v1 i=1 ticks=41 other=20\n" } */
/* { dg-output "v1 i=2 ticks=43 other=40\n" } */
/* { dg-output "v1 i=3 ticks=46 other=80\n" } */
/* { dg-output "v1 i=4 ticks=50 other=160\n" } */
/* { dg-output "v1 i=5 ticks=55 other=320\n" } */
/* { dg-output "status -8: update to \[^ \]+/global-type-changed-v2.so refused: global ticks changed type from int to long int, and no transformer converts it; say in the new version GEARSHIFT_TRANSFORM_GLOBAL \\(ticks, fn\\)\n$" } */
