/* A point reached inside a signal handler declines (the signal frame is
   not instrumented); main's next point captures, without the handler.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>

static volatile int handled;
static const char *volatile detail;

static void
on_usr1 (int sig)
{
  gearshift_request_update (0);
  gearshift_update_point ("in-handler");
  /* Only reached when the point declined.  */
  detail = gearshift_error_detail ();
  handled = sig;
}

int
main (void)
{
  int before = 11;
  signal (SIGUSR1, on_usr1);
  for (int i = 0; i < 10; i++)
    {
      before += i;
      if (i == 2)
	raise (SIGUSR1);
      if (i == 2)
	fprintf (stderr, "handled %d: %s\n", handled == SIGUSR1,
		 detail ? detail : "(none)");
      gearshift_update_point ("in-main");
    }
  printf ("%d\n", before);
  return 0;
}

/* { dg-output "^handled 1: a caller on the stack is not instrumented\n" } */
/* { dg-output "gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*decline-signal-point\\.c:24\\) at point \[0-9\]+ \"in-main\" \\(explicit, \[^\n\]*decline-signal-point\\.c:36:\[0-9\]+\\)\n" } */
/* { dg-output "    before = 14\n" } */
/* { dg-output "    i = 2\n" } */
/* { dg-output "56\n$" } */
