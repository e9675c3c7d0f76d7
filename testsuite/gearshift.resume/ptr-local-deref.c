/* Locals written only through pointer variables (and a pointer to a
   pointer), which the plugin keeps off the side stack
   (gearshift.compile/side-stack-deref.c): an update at every point
   leaves the result the same.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
work (int n)
{
  int r = 1;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("work");
      r = r * 7 % 1013;
    }
  return r;
}

static long __attribute__ ((noinline))
run (int rounds)
{
  long total = 0;
  int counter = 0;
  long *tp = &total;
  int *cp = &counter;
  int **cpp = &cp;
  for (int k = 0; k < rounds; k++)
    {
      **cpp += work (k);
      *tp += counter * 3;
      gearshift_update_point ("run");
      total -= *cp / 2;
    }
  return total * 1000 + counter;
}

int
main (void)
{
  printf ("%ld\n", run (40));
  return 0;
}

/* { dg-output "^963492213\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
