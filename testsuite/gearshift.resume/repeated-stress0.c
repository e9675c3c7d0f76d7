/* Thousands of updates in one run (one at every point): the update count
   is exact, and the same frames are captured and rebuilt each time.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned __attribute__ ((noinline))
inner (unsigned v, int n)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("inner");
      v = v * 1664525u + 1013904223u;
    }
  return v;
}

static unsigned __attribute__ ((noinline))
middle (unsigned v)
{
  unsigned keep = v;
  for (int j = 0; j < 10; j++)
    {
      gearshift_update_point ("middle");
      v = inner (v, 9) ^ keep;
    }
  return v;
}

int
main (void)
{
  unsigned v = 7;
  int rounds = 0;
  while (rounds < 50)
    {
      gearshift_update_point ("main");
      v = middle (v);
      rounds++;
    }
  printf ("v=%u rounds=%d\n", v, rounds);
  fflush (stdout);
  return 0;
}

/* { dg-output "^v=413378023 rounds=50\n" } */
/* Every point reached took exactly one update: the explicit points, the
   checks after the calls of inner and middle, and the end of each
   iteration of every loop (middle's and main's too: a call-site point
   only continues a capture that its callee started, and inner and
   middle have no entry point).  */
/* { dg-output "gearshift: 10100 updates, 0 declined\[^\n\]*\n$" } */
