/* A loop that calls, on every iteration, a function without an entry
   point has a point of its own: a call-site point only continues a
   capture that its callee started, and these callees never start one
   (a static function of this unit whose only point is its call of the
   other unit's function; that function, without any point).  A request
   made in the loop is taken at the end of that iteration, not after the
   loop.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-additional-sources "aux/loop-call-b.c" } */

#include <gearshift.h>
#include <stdio.h>

int add_two (int);

static int __attribute__ ((noinline))
relay (int x)
{
  return add_two (x) - 1;
}

int
main (void)
{
  int n = 0;
  for (int i = 0; i < 100; i++)
    {
      if (i == 10)
	gearshift_request_update (0);
      n = relay (n);
    }
  for (int j = 0; j < 100; j++)
    {
      if (j == 20)
	gearshift_request_update (0);
      n = add_two (n);
    }
  printf ("%d\n", n);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*loop-call-no-entry\\.c:24\\) at point \[0-9\]+ \"loop1\" \\(loop, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 11\n" } */
/* { dg-output "    i = 11\n" } */
/* { dg-output "gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*loop-call-no-entry\\.c:24\\) at point \[0-9\]+ \"loop2\" \\(loop, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 142\n" } */
/* { dg-output "    j = 21\n" } */
/* { dg-output "300\n$" } */
