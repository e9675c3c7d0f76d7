/* A static function with points that its one caller calls once: GCC
   inlines it there, and inlines into the caller's low-gear clone the
   copy of it that the clone calls.  Updates at every point, the inlined
   ones included, resume correctly, and none is declined.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
mix (long a, long b)
{
  return (a * 31 + b) % 1000003;
}

static long
step (long *state, int n)
{
  long acc = *state;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("step");
      acc = mix (acc, i);
    }
  *state = acc;
  return acc;
}

static long __attribute__ ((noinline))
run (int rounds)
{
  long state = 1, sum = 0;
  for (int r = 0; r < rounds; r++)
    sum = (sum + step (&state, r % 7 + 1)) % 1000003;
  return sum;
}

int
main (void)
{
  printf ("run = %ld %ld\n", run (40), run (90));
  fflush (stdout);
  return 0;
}

/* { dg-output "^run = 884828 785382\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
