/* main loops until a SIGALRM handler (every 2 ms, also requesting an
   update each time) has counted 15 ticks; its state must stay consistent.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>

static volatile sig_atomic_t stop, ticks;

static void
on_alarm (int sig)
{
  (void) sig;
  gearshift_request_update (NULL);
  if (++ticks >= 15)
    stop = 1;
}

/* The state after N steps from scratch, for the consistency check.  */
static unsigned long __attribute__ ((noinline))
replay (unsigned long n)
{
  unsigned long s = 1;
  for (unsigned long i = 0; i < n; i++)
    s = s * 3 % 1000000007ul + i % 5;
  return s;
}

static unsigned long __attribute__ ((noinline))
step (unsigned long s, unsigned long i)
{
  for (int k = 0; k < 50; k++)
    gearshift_update_point ("busy");
  return s * 3 % 1000000007ul + i % 5;
}

int
main (void)
{
  struct itimerval t = { { 0, 2000 }, { 0, 2000 } };
  unsigned long s = 1, n = 0;
  signal (SIGALRM, on_alarm);
  setitimer (ITIMER_REAL, &t, NULL);
  while (!stop)
    s = step (s, n++);
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &off, NULL);
  printf ("ticks>=15: %d consistent: %d\n", ticks >= 15, s == replay (n));
  fflush (stdout);
  return 0;
}

/* { dg-output "^ticks>=15: 1 consistent: 1\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
