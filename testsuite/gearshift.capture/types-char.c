/* Locals of the three char types, including their extreme values, are
   saved at an explicit point and printed as decimal numbers.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  char c = 'A';
  signed char smin = -128;
  signed char smax = 127;
  unsigned char umax = 255;
  unsigned char count = 0;
  for (int i = 0; i < 10; i++)
    {
      count += 7;
      if (i == 3)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  printf ("%c %d %d %u %u\n", c, smin, smax, umax, count);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-char\\.c:10\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-char\\.c:22:\[0-9\]+\\)\n" } */
/* { dg-output "    c = 65\n" } */
/* { dg-output "    smin = -128\n" } */
/* { dg-output "    smax = 127\n" } */
/* { dg-output "    umax = 255\n" } */
/* { dg-output "    count = 28\n" } */
/* { dg-output "    i = 3\n" } */
/* { dg-output "A -128 127 255 70\n$" } */
