/* A wrapper returning what its callee returns has no unwind point: its
   frame passes, and its call in progress across the update ends as the
   old wrapper would end it.  The update is asked for inside work, called
   by wrap at round 2; version 2's wrap adds 1000 after the call, which
   that call does not (v2's work computes it: 2 * 3 = 6, not 2 * 2),
   and every later call does.  The wrapper takes eight arguments, so its
   frame stays on the stack while the capture walks it.  */
/* { dg-do run } */
/* { dg-versions "versions/wrapper-in-flight-v2/wrapper-in-flight.c=wrapper-in-flight-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static long __attribute__ ((noinline))
work (long x, long a, long b, long c, long d, long e, long f, long g)
{
  long r = 0;
  for (int i = 0; i < 2; i++)
    {
      if (x == 2 && i == 1)
	gearshift_request_update ("./wrapper-in-flight-v2.so");
      r += x + (a + b + c + d + e + f + g) * 0;
      gearshift_update_point ("work");
    }
  printf ("v1 work (%ld) = %ld\n", x, r);
  return r;
}

static long __attribute__ ((noinline))
wrap (long x)
{
  return work (x, 1, 2, 3, 4, 5, 6, 7);
}

int
main (void)
{
  long total = 0;
  for (long round = 0; round < 4; round++)
    {
      long v = wrap (round);
      total += v;
      printf ("v1 round %ld: %ld, total %ld\n", round, v, total);
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 work \\(0\\) = 0\n" } */
/* { dg-output "v1 round 0: 0, total 0\n" } */
/* { dg-output "v1 work \\(1\\) = 2\n" } */
/* { dg-output "v1 round 1: 2, total 2\n" } */
/* { dg-output "v2 work \\(2\\) = 6\n" } */
/* { dg-output "v2 round 2: 6, total 8\n" } */
/* { dg-output "v2 work \\(3\\) = 9\n" } */
/* { dg-output "v2 round 3: 1009, total 1017\n" } */
/* { dg-output "status 0: updated to \[^ \]+/wrapper-in-flight-v2.so: 2 frames, \[0-9\]+ globals mapped, \[0-9\]+ functions redirected\n$" } */
