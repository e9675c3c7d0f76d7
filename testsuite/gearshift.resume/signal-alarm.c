/* A periodic SIGALRM (setitimer, every 1 ms) requests updates during a
   long computation; the result must be that of an undisturbed run.  */
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

/* Count primes below LIMIT with a trial division that the points of its
   loops interrupt.  */
static long __attribute__ ((noinline))
count_primes (long limit, long *last)
{
  long count = 0;
  for (long n = 2; n < limit; n++)
    {
      int prime = 1;
      for (long d = 2; d * d <= n; d++)
	if (n % d == 0)
	  {
	    prime = 0;
	    break;
	  }
      if (prime)
	{
	  count++;
	  *last = n;
	}
    }
  return count;
}

int
main (void)
{
  struct itimerval t = { { 0, 1000 }, { 0, 1000 } };
  long last = 0, total = 0;
  signal (SIGALRM, on_alarm);
  setitimer (ITIMER_REAL, &t, NULL);
  for (int round = 0; round < 6; round++)
    total += count_primes (100000 + round * 1000, &last);
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &off, NULL);
  printf ("total=%ld last=%ld\n", total, last);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total=58841 last=104999\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
