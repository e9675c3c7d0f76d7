/* exit () called from deep inside frames that were on the stack (running
   in low gear) runs atexit handlers and flushes output normally.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */
/* { dg-exit-status 3 } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

static long progress;

static void
report (void)
{
  printf ("progress=%ld\n", progress);
  fflush (stdout);
}

static void __attribute__ ((noinline))
search (int depth, long path)
{
  progress += path % 10;
  if (depth == 0)
    {
      if (path == 1234)
	{
	  printf ("found at %ld\n", path);
	  exit (3);
	}
      return;
    }
  for (int d = 0; d < 5; d++)
    search (depth - 1, path * 5 + d);
}

int
main (void)
{
  atexit (report);
  search (6, 0);
  printf ("not found\n");
  return 0;
}

/* { dg-output "^found at 1234\n" } */
/* { dg-output "progress=6917\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
