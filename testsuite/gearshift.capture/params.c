/* Parameters of several types (including a struct passed by value and
   one reassigned in the body) come first, then locals, with current values.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

struct span { int lo, hi; };

static double __attribute__ ((noinline))
work (char tag, struct span s, double weight, const int *data, long budget)
{
  double acc = 0;
  for (int k = s.lo; k < s.hi; k++)
    {
      acc += data[k] * weight;
      budget -= 10;
      if (k == s.lo + 2)
	gearshift_request_update (0);
      gearshift_update_point ("work");
    }
  return acc + budget + tag;
}

int
main (void)
{
  static const int values[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  struct span s = { 1, 6 };
  double r = work ('w', s, 0.5, values, 1000);
  printf ("%g %d\n", r, s.lo);
  return 0;
}

/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 work \\(\[^\n\]*params\\.c:12\\) at point \[0-9\]+ \"work\" \\(explicit, \[^\n\]*params\\.c:21:\[0-9\]+\\)\n" } */
/* { dg-output "    tag = 119\n" } */
/* { dg-output "    s = \\{\\.lo = 1, \\.hi = 6\\}\n" } */
/* { dg-output "    weight = 0\\.5\n" } */
/* { dg-output "    data = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    budget = 970\n" } */
/* { dg-output "    acc = 4\\.5\n" } */
/* { dg-output "    k = 3\n" } */
/* { dg-output "#1 main \\(\[^\n\]*params\\.c:27\\) at point \[0-9\]+ \"call:work:1\" \\(call, \[^\n\]*params\\.c:31:\[0-9\]+\\)\n" } */
/* { dg-output "    s = \\{\\.lo = 1, \\.hi = 6\\}\n" } */
/* { dg-output "1079 1\n$" } */
