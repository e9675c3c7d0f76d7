/* Two files each define a static function "helper" and a static "count":
   frames of both are rebuilt to the right one (lookup by address).  */
/* { dg-do run } */
/* { dg-additional-sources "aux/same-name-b.c" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int count;

static long __attribute__ ((noinline))
helper (long v)
{
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("helper-a");
      v = v * 3 + 1;
      count++;
    }
  return v;
}

long run_b (long v, long (*cb) (long));
int count_b (void);

long __attribute__ ((noinline))
run_a (long v)
{
  long r = helper (v) + run_b (v, helper);
  return r % 1000003;
}

int
main (void)
{
  long v = 1;
  for (int k = 0; k < 15; k++)
    v = run_a (v + k);
  printf ("v=%ld count=%d count_b=%d\n", v, count, count_b ());
  fflush (stdout);
  return 0;
}

/* { dg-output "^v=-156166 count=90 count_b=30\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
