/* An update requested by a SIGALRM timer during a call-free spin loop is
   taken at its header point; the capture handler ends the resumed loop.  */
/* { dg-do run } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>

static volatile unsigned long limit = 1ul << 34;

static void
on_alarm (int sig)
{
  (void) sig;
  gearshift_request_update (0);
}

/* Print the captured stack and end the spin loop once resumed.  */
static void
on_capture (void)
{
  gearshift_stack_print (stderr);
  limit = 0;
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
  gearshift_set_capture_handler (on_capture);
  start_timer ();
  /* The bound is read at each test: the loop has no computable trip
     count and gets a point although it makes no call.  */
  while (spins < limit)
    spins++;
  printf ("%s\n", spins < 1ul << 34 ? "stopped by the timer"
	  : "timer never fired");
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*signal-alarm\\.c:37\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*signal-alarm\\.c:44:\[0-9\]+\\)\n" } */
/* { dg-output "    spins = \[0-9\]+\n" } */
/* { dg-output "stopped by the timer\n$" } */
