/* With points=loops, a call-free counted innermost loop that runs fewer
   than 4096 times takes a copy of the loop without the point (a check
   there would stop vectorisation): a request before it is taken at the
   next point after it, with the loop done.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (int argc, char **argv)
{
  long sum = 0;
  int n = 99 + argc;		/* 100, unknown to the compiler.  */
  (void) argv;
  gearshift_request_update (0);
  for (int i = 0; i < n; i++)
    sum += (long) i * i;
  gearshift_update_point ("after");
  printf ("%ld\n", sum);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*points-loops-short\\.c:13\\) at point \[0-9\]+ \"after\" \\(explicit, \[^\n\]*points-loops-short\\.c:21:\[0-9\]+\\)\n" } */
/* { dg-output "    sum = 328350\n" } */
/* { dg-output "328350\n$" } */
