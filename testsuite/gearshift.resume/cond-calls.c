/* Calls in if and while conditions, in && and || operands and in ?:
   arms, each callee with a loop: short-circuit state survives updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
digits (unsigned v)
{
  int n = 0;
  do
    {
      n++;
      v /= 10;
    }
  while (v);
  return n;
}

static int __attribute__ ((noinline))
is_prime (int v)
{
  if (v < 2)
    return 0;
  for (int d = 2; d * d <= v; d++)
    if (v % d == 0)
      return 0;
  return 1;
}

int
main (void)
{
  int primes = 0, both = 0, either = 0;
  long pick = 0;
  int v = 1;
  while (is_prime (v) + primes < 20)
    {
      if (is_prime (v))
	primes++;
      if (is_prime (v) && digits (v * v) == 3)
	both++;
      if (digits (v) > 1 || is_prime (v + 2))
	either++;
      pick += is_prime (v + 1) ? digits (v * 1000) : -is_prime (v + 4);
      v++;
    }
  printf ("v=%d primes=%d both=%d either=%d pick=%ld\n", v, primes, both,
	  either, pick);
  fflush (stdout);
  return 0;
}

/* { dg-output "^v=71 primes=19 both=7 either=65 pick=78\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
