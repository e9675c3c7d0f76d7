/* A doubly recursive function (two call sites per frame, results
   combined in one expression) resumed at every entry point.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
fib (int n, int *calls)
{
  ++*calls;
  if (n < 2)
    return n;
  long left = fib (n - 1, calls);
  return left + 2 * fib (n - 2, calls) - fib (n - 2, calls);
}

int
main (void)
{
  int calls = 0;
  for (int n = 0; n < 16; n += 3)
    printf ("fib %d = %ld\n", n, fib (n, &calls));
  printf ("calls = %d\n", calls);
  fflush (stdout);
  return 0;
}

/* { dg-output "^fib 0 = 0\n" } */
/* { dg-output "fib 3 = 2\n" } */
/* { dg-output "fib 6 = 8\n" } */
/* { dg-output "fib 9 = 34\n" } */
/* { dg-output "fib 12 = 144\n" } */
/* { dg-output "fib 15 = 610\n" } */
/* { dg-output "calls = 37446\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
