/* Three nested declarations of x are all saved at a point in the
   innermost scope: the shadowing ones are reported as x.1 and x.2.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  int x = 1;
  int total = 0;
  for (int i = 0; i < 10; i++)
    {
      int x = i * 10;
      {
	int x = i * 100 + 7;
	if (i == 3)
	  gearshift_request_update (0);
	gearshift_update_point ("inner");
	total += x;
      }
      total += x;
    }
  printf ("%d %d\n", total, x);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*shadow-scopes\\.c:10\\) at point \[0-9\]+ \"inner\" \\(explicit, \[^\n\]*shadow-scopes\\.c:21:\[0-9\]+\\)\n" } */
/* { dg-output "    x = 1\n" } */
/* { dg-output "    total = 351\n" } */
/* { dg-output "    i = 3\n" } */
/* { dg-output "    x\\.1 = 30\n" } */
/* { dg-output "    x\\.2 = 307\n" } */
/* { dg-output "5020 1\n$" } */
