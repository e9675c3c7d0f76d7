/* A linear recursion GCC could turn into a loop (n + f (n - 1)) still
   shows one frame per call: recursive calls are unwind points.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
total (long n)
{
  if (n == 0)
    {
      gearshift_request_update (0);
      gearshift_update_point ("bottom");
      return 0;
    }
  return n + total (n - 1);
}

int
main (void)
{
  long r = total (5);
  printf ("%ld\n", r);
  return 0;
}

/* { dg-output "^gearshift: captured 7 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 total \\(\[^\n\]*recursion-accumulate\\.c:10\\) at point \[0-9\]+ \"bottom\" \\(explicit, \[^\n\]*recursion-accumulate\\.c:15:\[0-9\]+\\)\n" } */
/* { dg-output "#1 total \\(\[^\n\]*\\) at point \[0-9\]+ \"call:total:1\" \\(call, \[^\n\]*recursion-accumulate\\.c:18:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 1\n" } */
/* { dg-output "#2 total \\(\[^\n\]*\\) at point \[0-9\]+ \"call:total:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 2\n" } */
/* { dg-output "#3 total \\(\[^\n\]*\\) at point \[0-9\]+ \"call:total:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 3\n" } */
/* { dg-output "#4 total \\(\[^\n\]*\\) at point \[0-9\]+ \"call:total:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 4\n" } */
/* { dg-output "#5 total \\(\[^\n\]*\\) at point \[0-9\]+ \"call:total:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 5\n" } */
/* { dg-output "#6 main \\(\[^\n\]*recursion-accumulate\\.c:22\\) at point \[0-9\]+ \"call:total:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "15\n$" } */
