/* A static function called once (which GCC inlines when optimising) gets
   a frame of its own, with its own locals, above its caller's frame.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static int
step (int base, int count)
{
  int got = 0;
  for (int j = 0; j < count; j++)
    {
      got += base + j;
      if (base == 20 && j == 2)
	gearshift_request_update (0);
      gearshift_update_point ("in-step");
    }
  return got;
}

int
main (void)
{
  int all = 0;
  for (int b = 0; b < 50; b += 10)
    all += step (b, 4);
  printf ("%d\n", all);
  return 0;
}

/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 step \\(\[^\n\]*inlined-static\\.c:10\\) at point \[0-9\]+ \"in-step\" \\(explicit, \[^\n\]*inlined-static\\.c:18:\[0-9\]+\\)\n" } */
/* { dg-output "    base = 20\n" } */
/* { dg-output "    count = 4\n" } */
/* { dg-output "    got = 63\n" } */
/* { dg-output "    j = 2\n" } */
/* { dg-output "#1 main \\(\[^\n\]*inlined-static\\.c:24\\) at point \[0-9\]+ \"call:step:1\" \\(call, \[^\n\]*inlined-static\\.c:28:\[0-9\]+\\)\n" } */
/* { dg-output "    all = 52\n" } */
/* { dg-output "    b = 20\n" } */
/* { dg-output "430\n$" } */
