/* A program of two files and a static library of its own, built by
   gearshift.tools/driver.exp with gearshift-gcc in a plain Makefile, an
   autotools (libtool) project and a CMake project.  */

#include <stdio.h>
#include <gearshift.h>

extern int step (int);
extern int scale (int);

int
main (void)
{
  int total = 0;
  for (int i = 0; i < 3; i++)
    {
      total += scale (step (i));
      gearshift_update_point ("tick");
    }
  printf ("total=%d\n", total);
  return 0;
}
