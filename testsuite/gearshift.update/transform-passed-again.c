/* A local transformer for a parameter that the new version takes from
   its caller when it resumes (GS_FIELD_ARGUMENT): nothing could set
   it; the update is refused, saying so, and version 1 runs on.  */
/* { dg-do run } */
/* { dg-versions "versions/transform-passed-again-v2/transform-passed-again.c=transform-passed-again-v2.so" } */

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
      if (round == 1 && n == 5)
	gearshift_request_update ("./transform-passed-again-v2.so");
      gearshift_update_point ("step");
    }
  *steps = n;
}

int
main (void)
{
  for (int round = 0; round < 3; round++)
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
/* { dg-output "status -8: update to \[^ \]+ refused: parameter steps of walk is what its caller passes again when the new version resumes it at point \"step\": its transformer cannot set it\n$" } */
