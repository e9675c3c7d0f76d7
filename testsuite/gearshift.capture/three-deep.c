/* An update requested inside a loop three calls deep captures all three
   frames, innermost first, each with the values live at its point.  */
/* { dg-do run } */
/* { dg-exit-status 75 } */

#include <gearshift.h>

int
leaf (int n, double scale)
{
  int acc = 0;
  for (int i = 0; i < n; i++)
    {
      acc += i;
      if (i == 7)
	gearshift_request_update (0);
      gearshift_update_point ("step");
    }
  return acc + (int) scale;
}

int
mid (int k)
{
  int r = leaf (k * 10, 2.5);
  return r + k;
}

int
main (void)
{
  int total = 0;
  for (int j = 0; j < 3; j++)
    total += mid (j + 1);
  return total;
}

/* { dg-output "gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 leaf \\(\[^\n\]*three-deep.c:9\\) at point \[0-9\]+ \"step\" \\(explicit, \[^\n\]*:17:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 10\n    scale = 2.5\n    acc = 28\n    i = 7\n" } */
/* { dg-output "#1 mid \[^\n\]* at point \[0-9\]+ \"call:leaf:1\" \\(call, \[^\n\]*:25:\[0-9\]+\\)\n" } */
/* { dg-output "    k = 1\n" } */
/* { dg-output "#2 main \[^\n\]* at point \[0-9\]+ \"call:mid:1\" \\(call, \[^\n\]*:34:\[0-9\]+\\)\n" } */
/* { dg-output "    total = 0\n    j = 0\n" } */
