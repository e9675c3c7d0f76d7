/* main returns a computed non-zero status after updates in a recursion
   below it: the resumed main's return value reaches exit.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */
/* { dg-exit-status 16 } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
gcd (int a, int b)
{
  if (b == 0)
    return a;
  return gcd (b, a % b);
}

int
main (void)
{
  int g = 0;
  for (int k = 1; k <= 30; k++)
    g += gcd (k * 37 * 11, k * 37 * 7 + 37) % 100;
  printf ("g=%d\n", g);
  fflush (stdout);
  return g % 251;
}

/* { dg-output "^g=1020\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
