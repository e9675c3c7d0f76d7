/* Version 2 of wrapper-in-flight.c: work counts each round three times,
   and wrap adds 1000 after its call.  */

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
  r += x;
  printf ("v2 work (%ld) = %ld\n", x, r);
  return r;
}

static long __attribute__ ((noinline))
wrap (long x)
{
  return work (x, 1, 2, 3, 4, 5, 6, 7) + 1000;
}

int
main (void)
{
  long total = 0;
  for (long round = 0; round < 4; round++)
    {
      long v = wrap (round);
      total += v;
      printf ("v2 round %ld: %ld, total %ld\n", round, v, total);
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
