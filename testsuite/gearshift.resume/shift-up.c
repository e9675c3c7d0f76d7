/* After one update inside a long-running function, it and main run in low
   gear (2 frames); a fresh call runs in high gear; at exit none is left.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

static void
at_exit (void)
{
  /* main has returned: nothing runs in low gear any more.  */
  printf ("at exit: %d\n", gearshift_low_frames ());
  fflush (stdout);
}

static int __attribute__ ((noinline))
fresh (void)
{
  /* Called after the update: high gear, so only main counts.  */
  return gearshift_low_frames ();
}

static long __attribute__ ((noinline))
crunch (int n)
{
  long acc = 0;
  int before = -1, after = -1;
  for (int i = 0; i < n; i++)
    {
      if (i == n / 2)
	{
	  before = gearshift_low_frames ();
	  gearshift_request_update (NULL);
	}
      gearshift_update_point ("crunch");
      if (i == n / 2)
	after = gearshift_low_frames ();
      acc += (long) i * i % 7;
    }
  printf ("crunch: before %d after %d fresh %d\n", before, after, fresh ());
  return acc;
}

int
main (void)
{
  atexit (at_exit);
  printf ("main before: %d\n", gearshift_low_frames ());
  long r = crunch (1000);
  printf ("crunch = %ld\n", r);
  printf ("main after: %d fresh %d\n", gearshift_low_frames (), fresh ());
  return 0;
}

/* { dg-output "^main before: 0\n" } */
/* { dg-output "crunch: before 0 after 2 fresh 2\n" } */
/* { dg-output "crunch = 2001\n" } */
/* { dg-output "main after: 1 fresh 1\n" } */
/* { dg-output "at exit: 0\n" } */
/* { dg-output "gearshift: 1 updates, 0 declined\[^\n\]*\n$" } */
