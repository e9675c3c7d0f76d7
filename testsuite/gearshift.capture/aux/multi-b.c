/* The second file of multi-file.c: a function with a point, calling back
   into the first file.  Not a test by itself (it is not globbed).  */

#include <gearshift.h>

int scale (int v);

int
accumulate (int n)
{
  int total = 0;
  for (int k = 0; k < n; k++)
    {
      total += scale (k);
      if (k == 4)
	gearshift_request_update (0);
      gearshift_update_point ("in-b");
    }
  return total;
}
