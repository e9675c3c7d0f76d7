/* A removed address-taken local: version 1 of main keeps COUNT in memory
   (its address is passed); version 2 has no such local and drops it.  */
/* { dg-do run } */
/* { dg-versions "versions/removed-addr-local-v2/removed-addr-local.c=removed-addr-local-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

/* Static, so that it is not a local of main.  */
static char msg[256];

static void __attribute__ ((noinline))
bump (int *p)
{
  ++*p;
}

int
main (void)
{
  long total = 0;
  int count = 100;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./removed-addr-local-v2.so");
      total += i;
      bump (&count);
      printf ("v1 i=%d total=%ld count=%d\n", i, total, count);
      gearshift_update_point ("tick");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0 count=101\n" } */
/* { dg-output "v1 i=1 total=1 count=102\n" } */
/* { dg-output "v1 i=2 total=3 count=103\n" } */
/* { dg-output "v2 i=3 total=33\n" } */
/* { dg-output "v2 i=4 total=73\n" } */
/* { dg-output "v2 i=5 total=123\n" } */
/* { dg-output "status 0: updated to \[^ \]+/removed-addr-local-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
