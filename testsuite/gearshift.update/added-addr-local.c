/* A new address-taken local in a function that had none: version 2 of
   main keeps COUNT in memory (its address is passed); it starts at zero.  */
/* { dg-do run } */
/* { dg-versions "versions/added-addr-local-v2/added-addr-local.c=added-addr-local-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

/* Static, so that main has no address-taken local.  */
static char msg[256];

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./added-addr-local-v2.so");
      total += i;
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0\n" } */
/* { dg-output "v1 i=1 total=1\n" } */
/* { dg-output "v1 i=2 total=3\n" } */
/* { dg-output "v2 i=3 total=6 count=1\n" } */
/* { dg-output "v2 i=4 total=10 count=2\n" } */
/* { dg-output "v2 i=5 total=15 count=3\n" } */
/* { dg-output "status 0: updated to \[^ \]+/added-addr-local-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
