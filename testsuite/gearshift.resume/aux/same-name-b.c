/* The second file of same-name-statics.c: its own static helper.  */

#include <gearshift.h>

static int count;

static long __attribute__ ((noinline))
helper (long v)
{
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("helper-b");
      v = v * 5 + 2;
      count++;
    }
  return v;
}

long __attribute__ ((noinline))
run_b (long v, long (*cb) (long))
{
  long mine = helper (v);
  return mine - cb (mine % 100);
}

int
count_b (void)
{
  return count;
}
