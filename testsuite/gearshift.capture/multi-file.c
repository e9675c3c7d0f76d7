/* A program of two translation units: the frames of both files are
   captured (twice), each with its own source file name and point.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-additional-sources "aux/multi-b.c" } */

#include <gearshift.h>
#include <stdio.h>

int accumulate (int n);

int __attribute__ ((noinline))
scale (int v)
{
  return v * 3;
}

static int __attribute__ ((noinline))
run (int rounds)
{
  int last = 0;
  for (int r = 1; r <= rounds; r++)
    last = accumulate (r * 10);
  return last;
}

int
main (void)
{
  int result = run (2);
  printf ("%d\n", result);
  return 0;
}

/* { dg-output "^gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 accumulate \\(\[^\n\]*aux/multi-b\\.c:9\\) at point \[0-9\]+ \"in-b\" \\(explicit, \[^\n\]*aux/multi-b\\.c:17:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 10\n" } */
/* { dg-output "    total = 30\n" } */
/* { dg-output "    k = 4\n" } */
/* { dg-output "#1 run \\(\[^\n\]*multi-file\\.c:19\\) at point \[0-9\]+ \"call:accumulate:1\" \\(call, \[^\n\]*multi-file\\.c:23:\[0-9\]+\\)\n" } */
/* { dg-output "    rounds = 2\n" } */
/* { dg-output "    r = 1\n" } */
/* { dg-output "#2 main \\(\[^\n\]*multi-file\\.c:28\\) at point \[0-9\]+ \"call:run:1\" \\(call, \[^\n\]*multi-file\\.c:30:\[0-9\]+\\)\n" } */
/* { dg-output "gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 accumulate \\(\[^\n\]*aux/multi-b\\.c:9\\) at point \[0-9\]+ \"in-b\" \\(explicit, \[^\n\]*aux/multi-b\\.c:17:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 20\n" } */
/* { dg-output "    total = 30\n" } */
/* { dg-output "    k = 4\n" } */
/* { dg-output "#1 run \\(\[^\n\]*multi-file\\.c:19\\) at point \[0-9\]+ \"call:accumulate:1\" \\(call, \[^\n\]*multi-file\\.c:23:\[0-9\]+\\)\n" } */
/* { dg-output "    rounds = 2\n" } */
/* { dg-output "    r = 2\n" } */
/* { dg-output "#2 main \\(\[^\n\]*multi-file\\.c:28\\) at point \[0-9\]+ \"call:run:1\" \\(call, \[^\n\]*multi-file\\.c:30:\[0-9\]+\\)\n" } */
/* { dg-output "570\n$" } */
