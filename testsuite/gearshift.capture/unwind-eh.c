/* unwind=eh: two functions that call each other, the capture at an
   entry point unwinding as an exception through the landing pads of
   their calls (and of main's, in a cleanup region for STEPS, whose
   address is taken), each saving its frame.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
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
/* { dg-output "#0 is_odd \\(\[^\n\]*unwind-eh\\.c:27\\) at point \[0-9\]+ \"entry\" \\(entry, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 2\n" } */
/* { dg-output "    steps = 0x\[0-9a-f\]+\n" } */
/* { dg-output "#1 is_even \\(\[^\n\]*unwind-eh\\.c:15\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*unwind-eh\\.c:22:\[0-9\]+\\)\n" } */
/* { dg-output "#2 is_odd \\(\[^\n\]*unwind-eh\\.c:27\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*unwind-eh\\.c:32:\[0-9\]+\\)\n" } */
/* { dg-output "#3 is_even \\(\[^\n\]*unwind-eh\\.c:15\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#4 is_odd \\(\[^\n\]*\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#5 is_even \\(\[^\n\]*\\) at point \[0-9\]+ \"call:is_odd:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "#6 main \\(\[^\n\]*unwind-eh\\.c:37\\) at point \[0-9\]+ \"call:is_even:1\" \\(call, \[^\n\]*unwind-eh\\.c:40:\[0-9\]+\\)\n" } */
/* { dg-output "    steps = 5\n" } */
/* { dg-output "0 8\n$" } */
