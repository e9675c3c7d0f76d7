/* _Atomic locals and _Thread_local variables modified across updates
   keep their values; thread-local storage does not move.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

static _Thread_local long tls_total;
static _Thread_local int tls_calls;

static int __attribute__ ((noinline))
work (int v)
{
  tls_calls++;
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("work");
      v = v * 3 + 1;
      tls_total += v % 17;
    }
  return v % 1000;
}

int
main (void)
{
  _Atomic int counter = 0;
  _Atomic long sum = 5;
  long *where = &tls_total;
  for (int k = 0; k < 25; k++)
    {
      counter += 1;
      sum += work (k + counter);
      if (where != &tls_total)
	abort ();
    }
  printf ("counter=%d sum=%ld tls=%ld calls=%d\n", (int) counter,
	  (long) sum, tls_total, tls_calls);
  fflush (stdout);
  return 0;
}

/* { dg-output "^counter=25 sum=10205 tls=600 calls=25\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
