/* Loops written with goto (backward jumps, a jump into a loop body, an
   exit from two levels) are resumed at their points like structured ones.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
collatz (unsigned long v)
{
  int steps = 0;
again:
  if (v == 1)
    return steps;
  v = v & 1 ? 3 * v + 1 : v / 2;
  steps++;
  goto again;
}

static long __attribute__ ((noinline))
grid (int n)
{
  long acc = 0;
  int i = 0, j;
outer:
  j = 0;
  goto middle;
inner:
  acc = acc * 7 + collatz ((unsigned long) (i * n + j + 1));
  if (acc > 1000000000l)
    goto done;
  j++;
middle:
  if (j < n)
    goto inner;
  i++;
  if (i < n)
    goto outer;
done:
  return acc + i * 100 + j;
}

int
main (void)
{
  for (int n = 2; n <= 9; n += 3)
    printf ("grid %d = %ld\n", n, grid (n));
  fflush (stdout);
  return 0;
}

/* { dg-output "^grid 2 = 302\n" } */
/* { dg-output "grid 5 = 4072754491\n" } */
/* { dg-output "grid 8 = 4072754393\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
