/* An update requested in the body of a loop nested in a loop is taken at
   the inner loop's header point ("loop1.1", every loop has one under
   points=loops), with both counters current.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noipa))
cell (int i, int j)
{
  return i * 100 + j;
}

int
main (void)
{
  int sum = 0;
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 8; j++)
      {
	sum += cell (i, j);
	if (i == 2 && j == 3)
	  gearshift_request_update (0);
      }
  printf ("%d\n", sum);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*nested-loops\\.c:18\\) at point \[0-9\]+ \"loop1\\.1\" \\(loop, \[^\n\]*nested-loops\\.c:22:\[0-9\]+\\)\n" } */
/* { dg-output "    sum = 1662\n" } */
/* { dg-output "    i = 2\n" } */
/* { dg-output "    j = 4\n" } */
/* { dg-output "8140\n$" } */
