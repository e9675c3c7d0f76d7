/* A point reached in a qsort comparator declines (qsort's frame is not
   instrumented): the sort completes and main's later point captures.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

static int compares;

static int
by_value (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  if (++compares == 3)
    gearshift_request_update (0);
  gearshift_update_point ("in-comparator");
  return (x > y) - (x < y);
}

int
main (void)
{
  int data[8] = { 42, -7, 19, 3, 88, 0, -7, 15 };
  qsort (data, 8, sizeof data[0], by_value);
  const char *detail = gearshift_error_detail ();
  fprintf (stderr, "detail: %s\n", detail ? detail : "(none)");
  int after = compares > 3;
  gearshift_update_point ("after-sort");
  printf ("%d %d\n", data[0], after);
  return 0;
}

/* { dg-output "^detail: a caller on the stack is not instrumented\n" } */
/* { dg-output "gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*decline-qsort\\.c:23\\) at point \[0-9\]+ \"after-sort\" \\(explicit, \[^\n\]*decline-qsort\\.c:30:\[0-9\]+\\)\n" } */
/* { dg-output "    data = \\{-7, -7, 0, 3, 15, 19, 42, 88\\}\n" } */
/* { dg-output "    after = 1\n" } */
/* { dg-output "-7 1\n$" } */
