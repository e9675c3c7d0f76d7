/* float locals print with %.9g and double locals with %.17g, so values
   that are not exact in binary show their rounding error.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  float f = 0.1f;
  float tiny = -1.5e-20f;
  double d = 0.1;
  double avogadro = 6.02214076e23;
  float fsum = 0;
  double dsum = 0;
  for (int i = 0; i < 10; i++)
    {
      fsum += 0.25f;
      dsum += 1.0 / 3;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%g %g %g %g %g %g\n", f, tiny, d, avogadro, fsum, dsum);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-float\\.c:10\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-float\\.c:24:\[0-9\]+\\)\n" } */
/* { dg-output "    f = 0\\.100000001\n" } */
/* { dg-output "    tiny = -1\\.49999995e-20\n" } */
/* { dg-output "    d = 0\\.10000000000000001\n" } */
/* { dg-output "    avogadro = 6\\.0221407599999999e\\+23\n" } */
/* { dg-output "    fsum = 1\\.25\n" } */
/* { dg-output "    dsum = 1\\.6666666666666665\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "0\\.1 -1\\.5e-20 0\\.1 6\\.02214e\\+23 2\\.5 3\\.33333\n$" } */
