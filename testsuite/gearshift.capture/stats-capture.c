/* GEARSHIFT_STATS=1 prints a statistics line at exit: one update, one
   declined point (in a signal handler) and the deepest stack's frames.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <signal.h>
#include <stdio.h>

static void
on_usr1 (int sig)
{
  (void) sig;
  gearshift_request_update (0);
  gearshift_update_point ("declines");
}

static int __attribute__ ((noinline))
inner (int n)
{
  int acc = 0;
  for (int i = 0; i < n; i++)
    {
      acc += i;
      if (i == 3)
	raise (SIGUSR1);
      gearshift_update_point ("inner");
    }
  return acc;
}

int
main (void)
{
  signal (SIGUSR1, on_usr1);
  int r = inner (10);
  printf ("%d\n", r);
  /* Before the statistics line, which an atexit handler prints.  */
  fflush (stdout);
  return 0;
}

/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 inner \\(\[^\n\]*stats-capture\\.c:20\\) at point \[0-9\]+ \"inner\" \\(explicit, \[^\n\]*stats-capture\\.c:28:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 10\n" } */
/* { dg-output "    acc = 6\n" } */
/* { dg-output "    i = 3\n" } */
/* { dg-output "#1 main \\(\[^\n\]*stats-capture\\.c:34\\) at point \[0-9\]+ \"call:inner:1\" \\(call, \[^\n\]*stats-capture\\.c:37:\[0-9\]+\\)\n" } */
/* { dg-output "45\n" } */
/* { dg-output "gearshift: 1 updates, 1 declined, pause mean \[0-9.\]+ us max \[0-9.\]+ us, deepest stack 2 frames\n$" } */
