/* _Bool locals, true, false and one computed in the loop, are saved and
   printed as 1 or 0.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  _Bool yes = 1;
  _Bool no = 0;
  _Bool odd = 0;
  for (int i = 0; i < 10; i++)
    {
      odd = !odd;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%d %d %d\n", yes, no, odd);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-bool\\.c:10\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-bool\\.c:20:\[0-9\]+\\)\n" } */
/* { dg-output "    yes = 1\n" } */
/* { dg-output "    no = 0\n" } */
/* { dg-output "    odd = 1\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "1 0 0\n$" } */
