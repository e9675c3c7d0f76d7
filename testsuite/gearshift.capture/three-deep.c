/* Updates requested in a loop three calls deep capture all three frames,
   with live values, three times; resumed, main returns 682 (status 170).  */
/* { dg-do run } */
/* { dg-exit-status 170 } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

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

/* { dg-output "^gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 leaf \\(\[^\n\]*three-deep\\.c:10\\) at point \[0-9\]+ \"step\" \\(explicit, \[^\n\]*:18:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 10\n    scale = 2\\.5\n    acc = 28\n    i = 7\n" } */
/* { dg-output "#1 mid \[^\n\]* at point \[0-9\]+ \"call:leaf:1\" \\(call, \[^\n\]*:26:\[0-9\]+\\)\n" } */
/* { dg-output "    k = 1\n" } */
/* { dg-output "#2 main \[^\n\]* at point \[0-9\]+ \"call:mid:1\" \\(call, \[^\n\]*:35:\[0-9\]+\\)\n" } */
/* { dg-output "    total = 0\n    j = 0\n" } */
/* { dg-output "gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 leaf \\(\[^\n\]*three-deep\\.c:10\\) at point \[0-9\]+ \"step\" \\(explicit, \[^\n\]*:18:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 20\n    scale = 2\\.5\n    acc = 28\n    i = 7\n" } */
/* { dg-output "#1 mid \[^\n\]* at point \[0-9\]+ \"call:leaf:1\" \\(call, \[^\n\]*:26:\[0-9\]+\\)\n" } */
/* { dg-output "    k = 2\n" } */
/* { dg-output "#2 main \[^\n\]* at point \[0-9\]+ \"call:mid:1\" \\(call, \[^\n\]*:35:\[0-9\]+\\)\n" } */
/* { dg-output "    total = 48\n    j = 1\n" } */
/* { dg-output "gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 leaf \\(\[^\n\]*three-deep\\.c:10\\) at point \[0-9\]+ \"step\" \\(explicit, \[^\n\]*:18:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 30\n    scale = 2\\.5\n    acc = 28\n    i = 7\n" } */
/* { dg-output "#1 mid \[^\n\]* at point \[0-9\]+ \"call:leaf:1\" \\(call, \[^\n\]*:26:\[0-9\]+\\)\n" } */
/* { dg-output "    k = 3\n" } */
/* { dg-output "#2 main \[^\n\]* at point \[0-9\]+ \"call:mid:1\" \\(call, \[^\n\]*:35:\[0-9\]+\\)\n" } */
/* { dg-output "    total = 242\n    j = 2\n$" } */
