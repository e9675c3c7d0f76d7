/* The running version takes walk's STEPS from its caller when it
   resumes (GS_FIELD_ARGUMENT: main's STEPS is in main's frame, not on
   the side stack), but version 2 keeps the pointer in a global, so its
   resumed walk would take the pointer from the frame: the old address
   of a local of the old main.  The update is refused, saying so, and
   version 1 runs on.  */
/* { dg-do run } */
/* { dg-versions "versions/passed-again-kept-v2/passed-again-kept.c=passed-again-kept-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static char msg[300];

static void __attribute__ ((noinline))
walk (unsigned long x, int *steps, int round)
{
  int n = 0;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      n++;
      if (round == 2 && n == 5)
	gearshift_request_update ("./passed-again-kept-v2.so");
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
      printf ("v1 round %d: %d steps\n", round, steps);
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 round 0: 111 steps\n" } */
/* { dg-output "v1 round 1: 111 steps\n" } */
/* { dg-output "v1 round 2: 111 steps\n" } */
/* { dg-output "v1 round 3: 111 steps\n" } */
/* { dg-output "status -8: update to \[^ \]+ refused: parameter steps of walk may point into its caller's frame, which the running version passes again when it resumes, but the new version keeps it in the frame of walk at point \"step\"\n$" } */
