/* A recursive computation of several tens of milliseconds with an update
   every 50 us from the stress thread: many updates at random points.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=50" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

/* Number of ways to write N as a sum of parts no larger than MAX.  */
static long __attribute__ ((noinline))
partitions (int n, int max, long *calls)
{
  ++*calls;
  if (n == 0)
    return 1;
  if (n < 0 || max == 0)
    return 0;
  long with = partitions (n - max, max, calls);
  long without = partitions (n, max - 1, calls);
  return with + without;
}

int
main (void)
{
  long calls = 0;
  for (int n = 10; n <= 60; n += 10)
    printf ("p(%d) = %ld\n", n, partitions (n, n, &calls));
  printf ("calls = %ld\n", calls);
  fflush (stdout);
  return 0;
}

/* { dg-output "^p\\(10\\) = 42\n" } */
/* { dg-output "p\\(20\\) = 627\n" } */
/* { dg-output "p\\(30\\) = 5604\n" } */
/* { dg-output "p\\(40\\) = 37338\n" } */
/* { dg-output "p\\(50\\) = 204226\n" } */
/* { dg-output "p\\(60\\) = 966467\n" } */
/* { dg-output "calls = 16979184\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
