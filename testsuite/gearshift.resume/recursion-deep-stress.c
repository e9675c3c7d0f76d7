/* A recursion 1000 frames deep updated at every entry point on the way
   down (STRESS=0): frames are captured and rebuilt again and again.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned long __attribute__ ((noinline))
walk (int depth, unsigned long h)
{
  unsigned long mine = h * 2654435761u + (unsigned long) depth;
  int odd = depth & 1;
  if (depth == 0)
    return mine;
  unsigned long r = walk (depth - 1, mine >> 3);
  return odd ? r ^ mine : r + mine;
}

int
main (void)
{
  unsigned long r = walk (1000, 99);
  printf ("walk = %lu\n", r);
  fflush (stdout);
  return 0;
}

/* { dg-output "^walk = 11188879048864823914\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
