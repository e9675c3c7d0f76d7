/* A unit built with unwind=check calls one built with unwind=eh: a
   point of the second cannot capture (it would throw through a frame
   without landing pads, which the unwinding would pass by) and declines;
   the request is taken at the first unit's next point.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=check" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */
/* { dg-additional-sources "aux/unwind-mixed-b.c" } */
/* { dg-additional-sources-options "-fplugin-arg-gearshift-unwind=eh" } */

#include <stdio.h>

int spin (int);

int
main (void)
{
  int total = 0;
  for (int round = 0; round < 2; round++)
    total += spin (5 + round);
  printf ("%d\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*unwind-mixed\\.c:17\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*\\)\n" } */
/* { dg-output "    total = 10\n" } */
/* { dg-output "    round = 1\n" } */
/* { dg-output "25\n" } */
/* { dg-output "gearshift: 1 updates, 4 declined\[^\n\]*\n$" } */
