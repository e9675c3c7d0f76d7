/* One update requested 1200 frames deep: all 1201 frames are captured
   and rebuilt, and every frame's locals are used as the recursion returns.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

/* Whether an update happened (not without the plugin).  */
static int
updated (void)
{
  double capture;
  return gearshift_last_pause (&capture, NULL) == 0;
}

static long __attribute__ ((noinline))
descend (int depth, long seed)
{
  long a = seed * 3 + 1, b = seed ^ 0x5a5a;
  short s = (short) (depth * 7);
  double c = seed * 0.5;
  if (depth > 0)
    {
      long below = descend (depth - 1, (a + depth) % 1009);
      return below * 3 % 1000003 + a + b + s + (long) c;
    }
  gearshift_request_update (NULL);
  gearshift_update_point ("bottom");
  /* descend's 1201 frames and main's run in low gear.  */
  if (updated () && gearshift_low_frames () != 1202)
    abort ();
  return a - b + s;
}

int
main (void)
{
  long r = descend (1200, 17);
  /* Only main, which was on the stack, is still in low gear.  */
  if (updated () && gearshift_low_frames () != 1)
    abort ();
  printf ("descend = %ld\n", r);
  fflush (stdout);
  return 0;
}

/* { dg-output "^descend = 196639\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
