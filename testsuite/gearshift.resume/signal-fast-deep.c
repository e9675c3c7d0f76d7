/* SIGALRM every 100 us requests updates (and counts itself in a global)
   while a recursion 200 deep runs: signals arrive during captures and rebuilds.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>

static volatile sig_atomic_t alarms;

static void
on_alarm (int sig)
{
  (void) sig;
  alarms++;
  gearshift_request_update (NULL);
}

static unsigned long __attribute__ ((noinline))
dive (int depth, unsigned long h)
{
  unsigned long mine = h * 0x9e3779b97f4a7c15ul + (unsigned long) depth;
  if (depth == 0)
    {
      for (int i = 0; i < 300; i++)
	mine = mine * 31 + (unsigned long) i;
      return mine;
    }
  unsigned long r = dive (depth - 1, mine >> 7);
  return r ^ (mine + (unsigned long) depth);
}

int
main (void)
{
  struct itimerval t = { { 0, 100 }, { 0, 100 } };
  unsigned long total = 0;
  signal (SIGALRM, on_alarm);
  setitimer (ITIMER_REAL, &t, NULL);
  for (int round = 0; round < 8000; round++)
    total += dive (200, (unsigned long) round);
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &off, NULL);
  printf ("total=%lu\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total=16671773480743581952\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
