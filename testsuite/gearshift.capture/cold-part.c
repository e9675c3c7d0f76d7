/* Hot/cold partitioning puts the call of work in f into f's cold part
   ("f.cold", a function of its own to the unwinder), after the call of
   a cold function: a capture there takes f's frame like any other, and
   the program resumes from it.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

volatile int reports;

void __attribute__ ((cold, noinline))
report (void)
{
  reports++;
}

static int __attribute__ ((noinline))
work (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      if (i == 5)
	gearshift_request_update (0);
      s += i;
      gearshift_update_point ("step");
    }
  return s;
}

int __attribute__ ((noinline))
f (int x)
{
  if (x > 100)
    {
      report ();
      int r = work (x);
      return r + x;
    }
  return x;
}

int
main (void)
{
  printf ("%d\n", f (200));
  return 0;
}

/* { dg-output "^gearshift: captured 3 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 work \\(\[^\n\]*cold-part\\.c:20\\) at point \[0-9\]+ \"step\" \\(explicit, \[^\n\]*\\)\n" } */
/* { dg-output "    n = 200\n    s = 15\n    i = 5\n" } */
/* { dg-output "#1 f \[^\n\]* at point \[0-9\]+ \"call:work:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "    x = 200\n" } */
/* { dg-output "#2 main \[^\n\]* at point \[0-9\]+ \"call:f:1\" \\(call, \[^\n\]*\\)\n" } */
/* { dg-output "20100\n$" } */
