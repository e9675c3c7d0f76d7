/* static locals and globals are modified across updates: they stay in
   place (same addresses) and keep every write made before an update.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

long total;
static int history[32];
static int *where_history;

static int __attribute__ ((noinline))
counter (int step)
{
  static int calls;
  static long sum = 1000;
  static int *self;
  if (!self)
    self = &calls;
  if (self != &calls)
    abort ();
  for (int i = 0; i < step; i++)
    {
      gearshift_update_point ("counter");
      sum += i * calls;
    }
  history[calls % 32] += (int) (sum % 1000);
  return ++calls;
}

int
main (void)
{
  where_history = history;
  long *where_total = &total;
  for (int k = 0; k < 40; k++)
    {
      total += counter (k % 5 + 1);
      if (where_total != &total || where_history != history)
	abort ();
    }
  long cs = 0;
  for (int i = 0; i < 32; i++)
    cs = cs * 3 + history[i];
  printf ("total=%ld calls=%d cs=%ld\n", total, counter (0), cs);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total=820 calls=41 cs=114752444248223640\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
