/* do-while, while with continue, for with break, and a loop whose
   condition calls a function: each form resumed at every point.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned seed = 1;

static int __attribute__ ((noinline))
next_value (void)
{
  unsigned s = seed;
  for (int i = 0; i < 3; i++)
    s = s * 1103515245u + 12345u;
  seed = s;
  return (int) (s >> 16) % 100;
}

int
main (void)
{
  int skipped = 0, taken = 0, sum = 0, broke_at = -1;
  do
    {
      int v = next_value ();
      if (v % 3 == 0)
	{
	  skipped++;
	  continue;
	}
      taken++;
      sum += v;
    }
  while (taken < 20);

  int w = 0;
  while (next_value () != 42 && w < 500)
    w++;

  for (int i = 0;; i++)
    {
      int v = next_value ();
      if (v > 95)
	{
	  broke_at = i;
	  break;
	}
      sum ^= v << (i % 8);
    }
  printf ("skipped=%d taken=%d sum=%d w=%d broke_at=%d seed=%u\n", skipped,
	  taken, sum, w, broke_at, seed);
  fflush (stdout);
  return 0;
}

/* { dg-output "^skipped=3 taken=20 sum=5077 w=94 broke_at=37 seed=1179449837\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
