/* The other half of mutual-files.c.  */

#include <gearshift.h>

long even_step (int n, long acc, int *visits);

long __attribute__ ((noinline))
odd_step (int n, long acc, int *visits)
{
  long here = acc * 7 + 3 * n;
  int bits[3] = { n & 1, (n >> 1) & 1, (n >> 2) & 1 };
  ++*visits;
  gearshift_update_point ("odd");
  if (n <= 0)
    return here;
  long r = even_step (n - 1, here % 99991, visits);
  return r - bits[0] + bits[1] * 2 + bits[2] * 4;
}
