/* Requests every microsecond from the stress thread while a recursion 300
   deep with address-taken locals runs: requests land during rebuilds too.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=1" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long __attribute__ ((noinline))
dive (int depth, long *sink)
{
  long here = depth * 3 + 1;
  long *mine = &here;
  if (depth == 0)
    {
      for (int i = 0; i < 200; i++)
	*sink += i ^ *mine;
      return *mine;
    }
  long r = dive (depth - 1, &here);
  *sink += here % 11 + depth;
  return r + *mine;
}

/* On a loaded machine the stress thread may first run after the work is
   over: wait (about 2 s at most) until its first update has landed.  */
static void
wait_for_stress (void)
{
  for (long i = 0; i < 20000000 && gearshift_last_pause (0, 0) < 0; i++)
    gearshift_update_point ("warm-up");
}

int
main (void)
{
  long sink = 1, total = 0;
  wait_for_stress ();
  for (int round = 0; round < 3000; round++)
    total += dive (300, &sink);
  printf ("total=%ld sink=%ld\n", total, sink);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total=605088000 sink=909001\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
