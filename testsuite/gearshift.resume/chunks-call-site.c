/* A counted loop whose only check is the unwind check after a call (the
   loop needs no point of its own: the call is a call-site point on every
   iteration) keeps that check after the call: moved out of the loop, as
   gs-chunks.cc once did, it left the call without its unwind point, and
   the runtime stopped the program ("a call site lacks its unwind
   point").  With an update at every point reached.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>

static volatile int spin = 2;

static int __attribute__ ((noinline))
step (int x)
{
  for (int k = 0; k < spin; k++)
    x += k;
  return x + 1;
}

int
main (void)
{
  int s = 0;
  for (int i = 0; i < 5000; i++)
    s = step (s);
  printf ("%d\n", s);
  return 0;
}

/* { dg-output "^10000\n$" } */
