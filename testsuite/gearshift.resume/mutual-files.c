/* Mutual recursion across two files (this one and aux/mutual-b.c),
   with an update at every entry point: frames of both units interleave.  */
/* { dg-do run } */
/* { dg-additional-sources "aux/mutual-b.c" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

long odd_step (int n, long acc, int *visits);

long __attribute__ ((noinline))
even_step (int n, long acc, int *visits)
{
  long here = acc * 5 + n;
  ++*visits;
  gearshift_update_point ("even");
  if (n <= 0)
    return here;
  long r = odd_step (n - 1, here % 100003, visits);
  return r + (here & 15);
}

int
main (void)
{
  int visits = 0;
  long total = 0;
  for (int n = 10; n <= 300; n += 70)
    total += even_step (n, n, &visits);
  printf ("total = %ld visits = %d\n", total, visits);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 80696 visits = 755\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
