/* A program of two files and a static library of its own, built by
   gearshift.tools/driver.exp with gearshift-gcc in a plain Makefile, an
   autotools (libtool) project and a CMake project.  With "live" it runs
   until scale, in the library, answers otherwise (an update object made
   by gearshift build from the same Makefile changes it), at most 20 s.  */

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <gearshift.h>

extern int step (int);
extern int scale (int);

int
main (int argc, char **argv)
{
  int total = 0;
  if (argc > 1 && strcmp (argv[1], "live") == 0)
    {
      struct timespec nap = { 0, 10 * 1000 * 1000 };
      int first = scale (1);
      printf ("before=%d\n", first);
      fflush (stdout);
      for (int i = 0; i < 2000; i++)
	{
	  if (scale (1) != first)
	    {
	      printf ("after=%d\n", scale (1));
	      return 0;
	    }
	  nanosleep (&nap, NULL);
	  gearshift_update_point ("tick");
	}
      return 1;
    }
  for (int i = 0; i < 3; i++)
    {
      total += scale (step (i));
      gearshift_update_point ("tick");
    }
  printf ("total=%d\n", total);
  return 0;
}
