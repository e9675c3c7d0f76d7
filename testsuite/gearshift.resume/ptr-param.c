/* A pointer to a parameter (and to a struct parameter passed by value)
   is taken, given to callees and used after updates in them.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct pair { long lo, hi; };

static void __attribute__ ((noinline))
grow (long *v, int n)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("grow");
      *v = *v * 3 + i;
    }
}

static long __attribute__ ((noinline))
use_param (long seed, struct pair p, int rounds)
{
  long *sp = &seed;
  struct pair *pp = &p;
  for (int k = 0; k < rounds; k++)
    {
      grow (sp, 2);
      grow (&pp->hi, 1);
      p.lo += seed % 101;
      seed %= 1000003;
      rounds -= k == 3;
      grow ((long *) &rounds == 0 ? sp : &p.lo, 1);
    }
  return seed + p.lo * 7 + p.hi % 1009 + rounds;
}

int
main (void)
{
  struct pair p = { 4, 9 };
  long r1 = use_param (5, p, 9);
  p.hi = -3;
  long r2 = use_param (77, p, 12);
  printf ("r1=%ld r2=%ld\n", r1, r2);
  fflush (stdout);
  return 0;
}

/* { dg-output "^r1=3783052 r2=161331895\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
