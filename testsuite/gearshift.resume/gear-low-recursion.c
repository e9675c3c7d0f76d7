/* With gear=low every direct call goes to a low-gear clone: a recursive,
   pointer-passing program updated at every point prints the same.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-gear=low" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static void __attribute__ ((noinline))
count_digits (long v, int *hist)
{
  do
    {
      hist[v % 10]++;
      v /= 10;
    }
  while (v);
}

static long __attribute__ ((noinline))
ackermann_ish (int m, long n, int *hist)
{
  count_digits (n, hist);
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ackermann_ish (m - 1, 1, hist);
  return ackermann_ish (m - 1, ackermann_ish (m, n - 1, hist), hist);
}

int
main (void)
{
  int hist[10] = { 0 };
  long a = ackermann_ish (2, 3, hist);
  long b = ackermann_ish (3, 2, hist);
  printf ("a=%ld b=%ld\n", a, b);
  for (int i = 0; i < 10; i++)
    printf ("%d%c", hist[i], i == 9 ? '\n' : ' ');
  fflush (stdout);
  return 0;
}

/* { dg-output "^a=9 b=29\n" } */
/* { dg-output "63 241 123 70 62 56 50 45 40 35\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
