/* points=loops: every loop header is a point, even the call-free counted
   leaf loop exempt under points=auto; the update count is exact.  */
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
/* 1457 entries, 485 x 4 headers of the outer loop and 972 x 5 of the
   leaf loop: the leaf loop has a point.  */
/* { dg-output "gearshift: 8257 updates, 0 declined\[^\n\]*\n$" } */
