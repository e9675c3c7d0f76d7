/* An update requested from a SIGALRM handler, interrupting a loop that
   would otherwise spin for hours, is taken at the loop's next point.  */
/* { dg-do run } */
/* { dg-api-only "the request comes from a signal handler" } */
/* { dg-versions "versions/signal-alarm-v2/signal-alarm.c=signal-alarm-v2.so" } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>

volatile unsigned long limit = 1ul << 40;
volatile int requested = 0;

static void
on_alarm (int sig)
{
  (void) sig;
  requested = gearshift_request_update ("./signal-alarm-v2.so") == 0 ? 1 : -1;
}

/* Send SIGALRM once, in 20 ms.  */
static void
start_timer (void)
{
  struct itimerval t = { { 0, 0 }, { 0, 20000 } };
  signal (SIGALRM, on_alarm);
  setitimer (ITIMER_REAL, &t, NULL);
}

int
main (void)
{
  unsigned long spins = 0;
  unsigned long after = 0;
  start_timer ();
  while (spins < limit)
    {
      spins++;
      gearshift_update_point ("spin");
      /* Version 1 still running long after the request: it was refused.  */
      if (requested && ++after > 1000000)
	{
	  printf ("v1 went on: requested=%d\n", requested);
	  break;
	}
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v2 took over: requested=1 limit=1099511627776\n" } */
/* { dg-output "status 0: updated to \[^ \]+/signal-alarm-v2.so: 1 frames, 2 globals mapped, 1 functions redirected; old code still reachable: on_alarm \\(gone\\)\n$" } */
