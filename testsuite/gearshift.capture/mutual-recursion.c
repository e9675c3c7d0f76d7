/* Two functions that call each other are both recursive: the capture at
   an entry point shows their frames alternating, each with its own n.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static int is_odd (int n, int *steps);

static int __attribute__ ((noinline))
is_even (int n, int *steps)
{
  ++*steps;
  if (n == 0)
    return 1;
  if (n == 3)
    gearshift_request_update (0);
  int r = is_odd (n - 1, steps);
  return r ? 1 : 0;
}

static int __attribute__ ((noinline))
is_odd (int n, int *steps)
{
  ++*steps;
  if (n == 0)
    return 0;
  int r = is_even (n - 1, steps);
  return r ? 1 : 0;
}

int
main (void)
{
  int steps = 0;
  int r = is_even (7, &steps);
  printf ("%d %d\n", r, steps);
  return 0;
}

/* { dg-output "^gearshift: captured 7 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 is_odd \\(\[^\n\]*mutual-recursion\\.c:24\\) at point \[0-9\]+ \"entry\" \\(entry, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 2\n" } */
/* { dg-output "    steps = 0x\[0-9a-f\]+\n" } */
/* { dg-output "#1 is_even \\(\[^\n\]*mutual-recursion\\.c:12\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*mutual-recursion\\.c:19:\[0-9\]+\\)\n" } */
/* { dg-output "#2 is_odd \\(\[^\n\]*mutual-recursion\\.c:24\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*mutual-recursion\\.c:29:\[0-9\]+\\)\n" } */
/* { dg-output "#3 is_even \\(\[^\n\]*mutual-recursion\\.c:12\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#4 is_odd \\(\[^\n\]*\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#5 is_even \\(\[^\n\]*\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#6 main \\(\[^\n\]*mutual-recursion\\.c:34\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*mutual-recursion\\.c:37:\[0-9\]+\\)\n" } */
/* { dg-output "    steps = 5\n" } */
/* { dg-output "0 8\n$" } */
