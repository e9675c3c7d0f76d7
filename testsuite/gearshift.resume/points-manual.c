/* points=manual: only explicit points; updates at them inside a recursion
   and a loop, with the call sites below still rebuilt correctly.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=manual" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
hanoi (int n, int from, int to, int via, long *moves)
{
  if (n == 0)
    return 0;
  long w = hanoi (n - 1, from, via, to, moves);
  ++*moves;
  if (n % 3 == 0)
    gearshift_update_point ("move");
  w += (long) n * (from * 3 + to);
  return w + hanoi (n - 1, via, to, from, moves);
}

int
main (void)
{
  long moves = 0, w = 0;
  for (int n = 1; n <= 12; n++)
    {
      w = w * 3 % 1000000007 + hanoi (n, 0, 2, 1, &moves);
      gearshift_update_point ("main");
    }
  printf ("moves=%ld w=%ld\n", moves, w);
  fflush (stdout);
  return 0;
}

/* { dg-output "^moves=8178 w=3521820\n" } */
/* Only the explicit points took updates (under points=auto every
   recursive entry would too).  */
/* { dg-output "gearshift: 1178 updates, 0 declined\[^\n\]*\n$" } */
