/* Callees with ten mixed integer and floating arguments (some passed on
   the machine stack) are rebuilt with every argument right after updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static double __attribute__ ((noinline))
ten (long a, double b, int c, float d, long e, double f, short g,
     long double h, char i, long j)
{
  double acc = 0;
  for (int k = 0; k < 3; k++)
    {
      gearshift_update_point ("ten");
      acc += a * b + c - d + e * f + g - (double) h + i + j * k;
      a++;
      h *= 1.5L;
    }
  return acc + (double) h;
}

static long __attribute__ ((noinline))
twelve (long a, long b, long c, long d, long e, long f, long g, long h,
	long i, long j, long k, long l)
{
  long r = 0;
  while (a < b + 3)
    {
      r = r * 7 + a + c * d - e + f * g - h + i * j - k + l;
      a++;
    }
  return r % 1000000007;
}

int
main (void)
{
  double d = 0;
  long l = 0;
  for (int n = 0; n < 6; n++)
    {
      d += ten (n, 0.5 * n, -n, 1.25f, n * 3, -0.75, (short) (n - 3),
		2.0L + n, (char) ('A' + n), 100 - n);
      l += twelve (n, n + 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, n * n)
	   + twelve (l % 100, 5, n, n, n, n, n, n, n, n, n, n);
    }
  printf ("d=%.6f l=%ld\n", d, l);
  fflush (stdout);
  return 0;
}

/* { dg-output "^d=2860\\.125000 l=2375831\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
