/* Version 2 of fnptr-table.c: add and sub print "v2" and step by 100
   and 300.  */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
add (int x)
{
  printf ("v2 add (%d)\n", x);
  return x + 100;
}

static int __attribute__ ((noinline))
sub (int x)
{
  printf ("v2 sub (%d)\n", x);
  return x - 300;
}

struct ops
{
  int (*up) (int);
  int (*down) (int);
};

int (*table[2]) (int) = { add, sub };
struct ops ops = { add, sub };

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 4; i++)
    {
      total += table[i % 2] (i);
      total += ops.up (i);
      total += ops.down (i);
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
