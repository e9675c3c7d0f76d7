/* Updated at every recursive entry, all frames on the stack run in low
   gear: at each level, after the callee returns, level + 2 frames do.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

static int mismatches;

/* Whether an update happened (not without the plugin).  */
static int
updated (void)
{
  double capture;
  return gearshift_last_pause (&capture, NULL) == 0;
}

static long __attribute__ ((noinline))
rec (int level, int depth)
{
  long mine = level * 37 + depth;
  if (level == depth)
    return mine;
  long below = rec (level + 1, depth);
  /* main and rec's frames 0 .. level.  */
  if (updated () && gearshift_low_frames () != level + 2)
    mismatches++;
  return below * 3 % 100003 + mine;
}

int
main (void)
{
  long total = 0;
  for (int d = 1; d <= 40; d += 13)
    total += rec (0, d);
  if (updated () && gearshift_low_frames () != 1)
    abort ();
  printf ("total=%ld mismatches=%d\n", total, mismatches);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total=199184 mismatches=0\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
