/* A function that version 2 no longer has but that is not on the stack
   at the update does not stand in the way: the update succeeds.  */
/* { dg-do run } */
/* { dg-versions "versions/removed-fn-off-stack-v2/removed-fn-off-stack.c=removed-fn-off-stack-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int base = 0;

static void __attribute__ ((noinline))
setup (int n)
{
  for (int k = 0; k < n; k++)
    base += k;
  printf ("v1 setup base=%d\n", base);
}

int
main (void)
{
  setup (5);
  long total = base;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./removed-fn-off-stack-v2.so");
      total += i;
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 setup base=10\n" } */
/* { dg-output "v1 i=0 total=10\n" } */
/* { dg-output "v1 i=1 total=11\n" } */
/* { dg-output "v1 i=2 total=13\n" } */
/* { dg-output "v2 i=3 total=43 base=10\n" } */
/* { dg-output "v2 i=4 total=83 base=10\n" } */
/* { dg-output "v2 i=5 total=133 base=10\n" } */
/* { dg-output "status 0: updated to \[^ \]+/removed-fn-off-stack-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
