/* Version 2 of passed-again-kept.c: walk keeps STEPS in a global.  */

#include <stdio.h>
#include <gearshift.h>

static char msg[300];
int *last_steps;

static void __attribute__ ((noinline))
walk (unsigned long x, int *steps, int round)
{
  int n = 0;
  last_steps = steps;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      n++;
      if (round < 0)
	gearshift_request_update ("./none.so");
      gearshift_update_point ("step");
    }
  *steps = n;
}

int
main (void)
{
  for (int round = 0; round < 4; round++)
    {
      int steps = -1;
      walk (27, &steps, round);
      printf ("v2 round %d: %d steps\n", round, steps);
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
