/* A function on the stack that version 2 no longer has refuses the
   update: version 1 resumes in that function with its state intact,
   and the entries the update had redirected are restored: a pointer to
   report, which version 2 changes, still runs version 1's.  */
/* { dg-do run } */
/* { dg-versions "versions/removed-fn-on-stack-v2/removed-fn-on-stack.c=removed-fn-on-stack-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int rounds = 0;

static void __attribute__ ((noinline))
report (long r)
{
  printf ("v1 report r=%ld rounds=%d\n", r, rounds);
}

void (*reporter) (long) = report;

static long __attribute__ ((noinline))
crunch (int n)
{
  long acc = 1;
  for (int i = 1; i <= n; i++)
    {
      if (i == 3)
	gearshift_request_update ("./removed-fn-on-stack-v2.so");
      acc = acc * 3 + i;
      rounds++;
      printf ("v1 crunch i=%d acc=%ld\n", i, acc);
      gearshift_update_point ("tick");
    }
  return acc;
}

int
main (void)
{
  long r = crunch (6);
  reporter (r);
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 crunch i=1 acc=4\n" } */
/* { dg-output "v1 crunch i=2 acc=14\n" } */
/* { dg-output "v1 crunch i=3 acc=45\n" } */
/* { dg-output "v1 crunch i=4 acc=139\n" } */
/* { dg-output "v1 crunch i=5 acc=422\n" } */
/* { dg-output "v1 crunch i=6 acc=1272\n" } */
/* { dg-output "v1 report r=1272 rounds=6\n" } */
/* { dg-output "status -8: update to \[^ \]+/removed-fn-on-stack-v2.so refused: function crunch is on the stack but the new version has no such function\n$" } */
