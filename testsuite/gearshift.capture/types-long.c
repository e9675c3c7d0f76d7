/* long, unsigned long, long long and unsigned long long locals print all
   64 bits, signed or unsigned, at their extremes and at computed values.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <limits.h>
#include <stdio.h>

int
main (void)
{
  long lmin = LONG_MIN;
  unsigned long ulmax = ULONG_MAX;
  long long llmax = LLONG_MAX;
  unsigned long long big = 1;
  long neg = -1;
  for (int i = 0; i < 60; i++)
    {
      big <<= 1;
      neg -= 1000000007L;
      if (i == 39)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%ld %lu %lld %llu %ld\n", lmin, ulmax, llmax, big, neg);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-long\\.c:11\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-long\\.c:24:\[0-9\]+\\)\n" } */
/* { dg-output "    lmin = -9223372036854775808\n" } */
/* { dg-output "    ulmax = 18446744073709551615\n" } */
/* { dg-output "    llmax = 9223372036854775807\n" } */
/* { dg-output "    big = 1099511627776\n" } */
/* { dg-output "    neg = -40000000281\n" } */
/* { dg-output "    i = 39\n" } */
/* { dg-output "-9223372036854775808 18446744073709551615 9223372036854775807 1152921504606846976 -60000000421\n$" } */
