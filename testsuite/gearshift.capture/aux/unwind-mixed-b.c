/* The other unit of unwind-mixed.c and unwind-mixed-eh.c, built the
   other way: a request, then points that cannot capture.  */

#include <gearshift.h>

int
spin (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      if (n == 5 && i == 3)
	gearshift_request_update (0);
      gearshift_update_point ("spin");
      s += i;
    }
  return s;
}
