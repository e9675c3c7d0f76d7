/* An update requested from a SIGALRM handler (raised synchronously at a
   known iteration) is taken at the next point the program reaches.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t request_result = -100;

static void
on_alarm (int sig)
{
  (void) sig;
  request_result = gearshift_request_update (0);
}

int
main (void)
{
  long acc = 0;
  signal (SIGALRM, on_alarm);
  for (int i = 0; i < 100; i++)
    {
      acc += i;
      if (i == 5)
	raise (SIGALRM);
      gearshift_update_point ("after-signal");
    }
  printf ("%ld %d\n", acc, (int) request_result);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*signal-raise\\.c:20\\) at point \[0-9\]+ \"after-signal\" \\(explicit, \[^\n\]*signal-raise\\.c:29:\[0-9\]+\\)\n" } */
/* { dg-output "    acc = 15\n" } */
/* { dg-output "    i = 5\n" } */
/* { dg-output "4950 0\n$" } */
