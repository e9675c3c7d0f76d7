/* Version 2 of signal-alarm.c: the loop stops at its next point.  */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>

volatile unsigned long limit = 1ul << 40;
volatile int requested = 0;

int
main (void)
{
  unsigned long spins = 0;
  while (spins < limit)
    {
      spins++;
      gearshift_update_point ("spin");
      if (requested)
	{
	  printf ("v2 took over: requested=%d limit=%lu\n", requested,
		  limit);
	  break;
	}
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
