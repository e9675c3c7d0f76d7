/* With points=loops even a call-free counted innermost loop, exempt under
   points=auto, has a header point: a request before it stops there.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */
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
/* { dg-output "#0 main \\(\[^\n\]*points-loops\\.c:11\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*points-loops\\.c:15:\[0-9\]+\\)\n" } */
/* { dg-output "    sum = 0\n" } */
/* { dg-output "    i = 0\n" } */
/* { dg-output "328350\n$" } */
