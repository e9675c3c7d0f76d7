/* long double locals (x87 extended, 16 bytes) print with %.21Lg, showing
   more digits than a double could hold.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  long double tenth = 0.1L;
  long double neg = -2.5L;
  long double third = 0;
  for (int i = 0; i < 10; i++)
    {
      if (i == 2)
	third = 1.0L / 3;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%Lg %Lg %Lg\n", tenth, neg, third);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-long-double\\.c:10\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-long-double\\.c:21:\[0-9\]+\\)\n" } */
/* { dg-output "    tenth = 0\\.100000000000000000001\n" } */
/* { dg-output "    neg = -2\\.5\n" } */
/* { dg-output "    third = 0\\.333333333333333333342\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "0\\.1 -2\\.5 0\\.333333\n$" } */
