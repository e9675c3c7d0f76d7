/* points=loops, with an update at every point reached: the update count
   is exact.  The recursion loop has no point of its own (every iteration
   reaches branch's entry point), and the call-free leaf loop, which
   always iterates 4 times, none either.  (gearshift.capture/points-loops.c:
   a long call-free loop keeps its header point.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static volatile int width = 3;

static long __attribute__ ((noinline))
branch (int depth, long path)
{
  if (depth == 0)
    {
      long h = path;
      for (int k = 0; k < 4; k++)
	h = h * 31 % 1009 + k;
      return h;
    }
  long sum = 0;
  for (int i = 0; i < width; i++)
    sum += branch (depth - 1, path * 4 + i) * (i + 1);
  return sum % 1000003;
}

int
main (void)
{
  printf ("branch = %ld %ld\n", branch (5, 1), branch (6, 2));
  fflush (stdout);
  return 0;
}

/* { dg-output "^branch = 711995 992718\n" } */
/* 1457 entries, 364 + 1093 calls of branch.  */
/* { dg-output "gearshift: 1457 updates, 0 declined\[^\n\]*\n$" } */
