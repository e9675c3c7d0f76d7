/* Version 2 of call-site-deep.c: every function on the stack computes
   differently after its call.  */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
inner (int n)
{
  int acc = 0;
  for (int i = 0; i < n; i++)
    {
      acc += i * 2;
      gearshift_update_point ("step");
    }
  printf ("v2 inner n=%d acc=%d\n", n, acc);
  return acc;
}

static int __attribute__ ((noinline))
middle (int k)
{
  int r = inner (k * 10);
  printf ("v2 middle k=%d r=%d\n", k, r);
  return r + k * 1000;
}

static int __attribute__ ((noinline))
outer (int j)
{
  int r = middle (j + 1);
  printf ("v2 outer j=%d r=%d\n", j, r);
  return r * 3;
}

int
main (void)
{
  long total = 0;
  for (int j = 0; j < 3; j++)
    {
      total += outer (j);
      printf ("v2 main j=%d total=%ld\n", j, total);
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
