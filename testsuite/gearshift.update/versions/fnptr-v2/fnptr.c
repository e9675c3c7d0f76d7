/* Version 2 of fnptr.c: op prints "v2" and multiplies by 100.  */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
op (int x)
{
  printf ("v2 op (%d)\n", x);
  return x * 100;
}

static int __attribute__ ((noinline))
other (int x)
{
  printf ("v2 other (%d)\n", x);
  return -x;
}

int (*g_op) (int) = other;

static int (* __attribute__ ((noinline)) pick (int argc)) (int)
{
  return argc > 100 ? other : op;
}

int
main (int argc, char **argv)
{
  int (*l_op) (int) = pick (argc);
  long total = 0;
  (void) argv;
  for (int i = 0; i < 5; i++)
    {
      total += g_op (i);
      total += l_op (i * 10);
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
