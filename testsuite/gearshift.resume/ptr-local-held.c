/* A pointer to a local held by another local, written through before and
   after updates: both must still name the same (side-stack) object.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

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
  for (int k = 0; k < rounds; k++)
    {
      *cp += work (k);
      *tp += counter * 3;
      total -= *cp / 2;
      if (tp != &total || cp != &counter)
	abort ();
    }
  return total * 1000 + *cp;
}

int
main (void)
{
  printf ("run = %ld\n", run (25));
  fflush (stdout);
  return 0;
}

/* { dg-output "^run = 344432592\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
