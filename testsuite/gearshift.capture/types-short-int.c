/* Locals of type short, unsigned short, int and unsigned int keep their
   signedness and extreme values when saved at a loop's explicit point.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <limits.h>
#include <stdio.h>

int
main (void)
{
  short smin = SHRT_MIN;
  unsigned short umax = USHRT_MAX;
  int imin = INT_MIN;
  int imax = INT_MAX;
  unsigned int umaxi = UINT_MAX;
  int sum = 0;
  for (int i = 0; i < 10; i++)
    {
      sum -= i * 1000;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%d %u %d %d %u %d\n", smin, umax, imin, imax, umaxi, sum);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-short-int\\.c:11\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-short-int\\.c:24:\[0-9\]+\\)\n" } */
/* { dg-output "    smin = -32768\n" } */
/* { dg-output "    umax = 65535\n" } */
/* { dg-output "    imin = -2147483648\n" } */
/* { dg-output "    imax = 2147483647\n" } */
/* { dg-output "    umaxi = 4294967295\n" } */
/* { dg-output "    sum = -10000\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "-32768 65535 -2147483648 2147483647 4294967295 -45000\n$" } */
