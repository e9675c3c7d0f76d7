/* An update requested asynchronously by a SIGALRM timer interrupting a
   call-free spin loop is taken at that loop's header point.  */
/* { dg-do run } */
/* { dg-exit-status 75 } */

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
  start_timer ();
  /* The bound is read at each test: the loop has no computable trip
     count and gets a point although it makes no call.  */
  while (spins < limit)
    spins++;
  printf ("timer never fired: %lu\n", spins);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*signal-alarm\\.c:30\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*signal-alarm\\.c:36:\[0-9\]+\\)\n" } */
/* { dg-output "    spins = \[0-9\]+\n$" } */
