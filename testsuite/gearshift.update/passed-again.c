/* A pointer parameter that the function only dereferences, to which its
   callers pass the address of a local of theirs: the local stays in the
   caller's frame (not on the side stack), and the resumed callee takes
   the pointer from the resumed caller, which passes it again
   (GS_FIELD_ARGUMENT), not from its frame, which holds the old address.
   The update lands in the middle of walk's loop; version 2 counts each
   odd step twice, and what it counts reaches main's STEPS.  */
/* { dg-do run } */
/* { dg-versions "versions/passed-again-v2/passed-again.c=passed-again-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static char msg[256];

static void __attribute__ ((noinline))
walk (unsigned long x, int *steps, int round)
{
  int n = 0;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      n++;
      if (round == 2 && n == 5)
	gearshift_request_update ("./passed-again-v2.so");
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
/* { dg-output "v2 round 2: 150 steps\n" } */
/* { dg-output "v2 round 3: 152 steps\n" } */
/* { dg-output "status 0: updated to \[^ \]+/passed-again-v2.so: 2 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
