/* Callees with loops that GCC inlines (static inline, always_inline):
   updates inside the inlined loops resume the caller correctly.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static inline long
sum_digits (long v)
{
  long s = 0;
  while (v > 0)
    {
      s += v % 10;
      v /= 10;
    }
  return s;
}

static inline __attribute__ ((always_inline)) long
weave (long a, long b)
{
  long r = 0;
  for (int i = 0; i < 4; i++)
    {
      gearshift_update_point ("weave");
      r = r * 100 + (i & 1 ? a % 100 : b % 100);
    }
  return r;
}

static long __attribute__ ((noinline))
outer (long n)
{
  long acc = 0;
  for (long k = 1; k <= n; k++)
    acc = acc % 1000003 + weave (sum_digits (k * k), sum_digits (acc));
  return acc;
}

int
main (void)
{
  printf ("outer = %ld %ld\n", outer (50), outer (77));
  fflush (stdout);
  return 0;
}

/* { dg-output "^outer = 34060520 39739446\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
