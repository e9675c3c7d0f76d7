/* With points=manual loops and recursive entries have no points: a
   request in a recursive loop is only taken at the explicit point.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=manual" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
nest (int depth, int *visits)
{
  int local = 0;
  for (int i = 0; i < 3; i++)
    {
      ++*visits;
      if (*visits == 2)
	gearshift_request_update (0);
      if (depth > 0)
	local += nest (depth - 1, visits);
    }
  gearshift_update_point ("manual");
  return local + depth;
}

int
main (void)
{
  int visits = 0;
  int r = nest (2, &visits);
  printf ("%d %d\n", r, visits);
  return 0;
}

/* { dg-output "^gearshift: captured 4 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 nest \\(\[^\n\]*points-manual\\.c:11\\) at point \[0-9\]+ \"manual\" \\(explicit, \[^\n\]*points-manual\\.c:22:\[0-9\]+\\)\n" } */
/* { dg-output "    depth = 0\n" } */
/* { dg-output "    local = 0\n" } */
/* { dg-output "#1 nest \\(\[^\n\]*points-manual\\.c:11\\) at point \[0-9\]+ \"call:nest:1\" \\(call, \[^\n\]*points-manual\\.c:20:\[0-9\]+\\)\n" } */
/* { dg-output "    depth = 1\n" } */
/* { dg-output "    visits = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    local = 0\n" } */
/* { dg-output "    i = 0\n" } */
/* { dg-output "#2 nest \\(\[^\n\]*points-manual\\.c:11\\) at point \[0-9\]+ \"call:nest:1\" \\(call, \[^\n\]*points-manual\\.c:20:\[0-9\]+\\)\n" } */
/* { dg-output "    depth = 2\n" } */
/* { dg-output "    visits = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    local = 0\n" } */
/* { dg-output "    i = 0\n" } */
/* { dg-output "#3 main \\(\[^\n\]*points-manual\\.c:27\\) at point \[0-9\]+ \"call:nest:1\" \\(call, \[^\n\]*points-manual\\.c:30:\[0-9\]+\\)\n" } */
/* { dg-output "    visits = 5\n" } */
/* { dg-output "5 39\n$" } */
