/* Calls as arguments of calls, f (g (x), h (y), g (h (z))): the values
   of the inner calls made before an update reach the outer call.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
sum_to (long n)
{
  long s = 0;
  for (long i = 1; i <= n; i++)
    {
      s += i;
      gearshift_update_point ("sum");
    }
  return s;
}

static long __attribute__ ((noinline))
mix (long a, long b, long c)
{
  long r = a;
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("mix");
      r = r * 31 + (i == 1 ? b : c);
    }
  return r;
}

static double __attribute__ ((noinline))
scale (double x, int times)
{
  for (int i = 0; i < times; i++)
    {
      x = x * 1.5 - 0.25;
      gearshift_update_point ("scale");
    }
  return x;
}

int
main (void)
{
  long acc = 0;
  for (int i = 1; i < 6; i++)
    {
      long m = mix (sum_to (i), mix (i, sum_to (i * 2), 7), sum_to (sum_to (i)));
      double d = scale (scale ((double) sum_to (i), i), (int) (sum_to (3) - i));
      printf ("%d %ld %.6f\n", i, m, d);
      acc += m % 1000;
    }
  printf ("acc %ld\n", acc);
  fflush (stdout);
  return 0;
}

/* { dg-output "^1 1165911 6\\.195312\n" } */
/* { dg-output "2 2160551 28\\.976562\n" } */
/* { dg-output "3 3198446 63\\.148438\n" } */
/* { dg-output "4 4288254 108\\.710938\n" } */
/* { dg-output "5 5441519 165\\.664062\n" } */
/* { dg-output "acc 2681\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
