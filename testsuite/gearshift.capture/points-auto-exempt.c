/* Under the default points=auto a call-free counted innermost loop has no
   point: a request before it is taken at the explicit point after it.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  long sum = 0;
  gearshift_request_update (0);
  for (int i = 0; i < 100; i++)
    sum += (long) i * i;
  gearshift_update_point ("after");
  printf ("%ld\n", sum);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*points-auto-exempt\\.c:10\\) at point \[0-9\]+ \"after\" \\(explicit, \[^\n\]*points-auto-exempt\\.c:16:\[0-9\]+\\)\n" } */
/* { dg-output "    sum = 328350\n" } */
/* { dg-output "328350\n$" } */
