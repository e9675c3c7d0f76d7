/* 1000 frames deep, each frame's address-taken locals point at its
   parent's: one update at the bottom, then the chain is walked and used.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

struct link
{
  struct link *parent;
  int level;
  long payload[8];
};

static long __attribute__ ((noinline))
grow (struct link *parent, int level, int depth)
{
  struct link here;
  long counter = level;
  here.parent = parent;
  here.level = level;
  for (int i = 0; i < 8; i++)
    here.payload[i] = (long) level * (i + 1);
  if (level < depth)
    {
      long below = grow (&here, level + 1, depth);
      /* The child may have written to this frame through the chain.  */
      return below + here.payload[0] + counter;
    }
  gearshift_request_update (NULL);
  gearshift_update_point ("bottom");
  /* Walk up: every ancestor is still where its child's pointer says.  */
  long sum = 0;
  int expect = level;
  for (struct link *l = &here; l; l = l->parent)
    {
      if (l->level != expect--)
	abort ();
      sum += l->payload[7] % 1000;
      l->payload[0] += 1;
    }
  return sum + counter;
}

int
main (void)
{
  printf ("chain = %ld\n", grow (NULL, 0, 1000));
  fflush (stdout);
  return 0;
}

/* { dg-output "^chain = 1497000\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
