/* Version 2 of recursion-deep.c: each level multiplies by 5, not 3.  */

#include <stdio.h>
#include <gearshift.h>

static unsigned long __attribute__ ((noinline))
descend (unsigned n)
{
  if (n == 50)
    {
      printf ("v2 bottom n=%u\n", n);
      return n;
    }
  unsigned long r = descend (n + 1);
  return r * 5 % 1000003 + n;
}

int
main (void)
{
  unsigned base = 1;
  unsigned long r = descend (base);
  printf ("v2 main r=%lu base=%u\n", r, base);
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
