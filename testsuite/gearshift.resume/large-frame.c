/* A 64 KiB local array, live across every update and indexed by
   variables, is saved and restored whole: every element is checked.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
pick (int i)
{
  int v = i;
  for (int k = 0; k < 2; k++)
    {
      gearshift_update_point ("pick");
      v = (v * 1103 + 7) % 16384;
    }
  return v;
}

int
main (void)
{
  int big[16384];
  for (int i = 0; i < 16384; i++)
    big[i] = i ^ 0x2a;
  for (int round = 0; round < 60; round++)
    {
      int at = pick (round);
      big[at] += round;
      big[(at * 7) % 16384] ^= big[round];
    }
  unsigned long cs = 0;
  for (int i = 0; i < 16384; i++)
    cs = cs * 1099511628211ul ^ (unsigned) big[i];
  printf ("cs=%lu\n", cs);
  fflush (stdout);
  return 0;
}

/* { dg-output "^cs=2468685303320359841\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
