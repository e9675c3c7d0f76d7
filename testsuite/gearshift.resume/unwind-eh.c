/* unwind=eh: a capture unwinds the stack as an exception, through the
   landing pads of the call-site points, with address-taken locals passed
   down a recursion and kept in a global (their end-of-scope clobbers
   put the calls in cleanup regions, which the landing pads nest in).
   With an update at every point, the program computes what it computes
   without the plugin.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long *slots[64];

static void __attribute__ ((noinline))
bump_all (int n, long by)
{
  for (int i = 0; i < n; i++)
    *slots[i] += by + i;
}

static long __attribute__ ((noinline))
nest (int level, int depth)
{
  long mine = level;
  slots[level] = &mine;
  if (level < depth)
    {
      long r = nest (level + 1, depth);
      bump_all (level + 1, r % 7);
      return r + mine;
    }
  bump_all (level + 1, 1);
  return mine;
}

int
main (void)
{
  long total = 0;
  for (int d = 3; d < 60; d += 7)
    total = total * 3 + nest (0, d);
  printf ("total = %ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 4342907\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
