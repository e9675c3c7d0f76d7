/* Version 2 of removed-fn-on-stack.c: crunch is gone, main does the
   work itself.  */

#include <stdio.h>
#include <gearshift.h>

int rounds = 0;

static void __attribute__ ((noinline))
report (long r)
{
  printf ("v2 report r=%ld rounds=%d\n", r, rounds);
}

void (*reporter) (long) = report;

int
main (void)
{
  long acc = 1;
  for (int i = 1; i <= 6; i++)
    {
      acc = acc * 5 + i;
      rounds++;
      printf ("v2 main i=%d acc=%ld\n", i, acc);
      gearshift_update_point ("tick");
    }
  reporter (acc);
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
