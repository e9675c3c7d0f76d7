/* float _Complex and double _Complex locals print as "R + Ii", each part
   in its own precision, with negative imaginary parts as "+ -I".  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <complex.h>
#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  float _Complex fc = 1.5f - 2.0f * I;
  double _Complex dc = 0.1 + 3.0 * I;
  double _Complex acc = 0;
  for (int i = 0; i < 10; i++)
    {
      acc += 1.0 + 0.5 * I;
      if (i == 3)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%g %g %g %g %g %g\n", crealf (fc), cimagf (fc), creal (dc),
	  cimag (dc), creal (acc), cimag (acc));
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-complex\\.c:11\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-complex\\.c:21:\[0-9\]+\\)\n" } */
/* { dg-output "    fc = 1\\.5 \\+ -2i\n" } */
/* { dg-output "    dc = 0\\.10000000000000001 \\+ 3i\n" } */
/* { dg-output "    acc = 4 \\+ 2i\n" } */
/* { dg-output "    i = 3\n" } */
/* { dg-output "1\\.5 -2 0\\.1 3 10 5\n$" } */
