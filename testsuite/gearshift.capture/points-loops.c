/* With points=loops even a call-free counted innermost loop, exempt under
   points=auto, has a point when it runs 4096 times or more: a request
   before it stops at the end of its first iteration, where loop points
   are, at -O0; when optimising, the loop runs 4096 iterations between
   checks (gs-chunks.cc), and the request stops at the end of the
   4096th, with the variables as they are there.  (points-loops-short.c:
   the copy of the loop without the point, for shorter runs.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (int argc, char **argv)
{
  long sum = 0;
  int n = 4999 + argc;		/* 5000, unknown to the compiler.  */
  (void) argv;
  gearshift_request_update (0);
  for (int i = 0; i < n; i++)
    sum += (long) i * i;
  gearshift_update_point ("after");
  printf ("%ld\n", sum);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*points-loops\\.c:16\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*points-loops\\.c:22:\[0-9\]+\\)\n" } */
/* { dg-output "(    sum = 0\n    n = 5000\n    i = 1\n|    sum = 22898104320\n    n = 5000\n    i = 4096\n)" } */
/* { dg-output "41654167500\n$" } */
