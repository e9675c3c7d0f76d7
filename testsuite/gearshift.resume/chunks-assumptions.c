/* Loops that GCC counts only under assumptions run between checks in
   runs of at most short-loop iterations, counted (gs-chunks.cc); where
   the assumptions fail, each run makes one test and follows the loop's
   own: a counter of 8 bits stepping by 7 that wraps once before it ends
   (climb (250, 252)), one that does not (climb (3, 252)), and a counter
   stepping by 2 up to zero from an even start (evens).  With an update
   at every point reached, each still computes what it computes without
   the plugin.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-short-loop=7" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>

unsigned long total;

static unsigned __attribute__ ((noinline))
climb (unsigned char c, unsigned char n)
{
  unsigned steps = 0;
  for (; c < n; c += 7)
    {
      total += c;
      steps++;
    }
  return steps;
}

static unsigned __attribute__ ((noinline))
evens (unsigned x)
{
  unsigned steps = 0;
  for (unsigned i = x; i != 0; i += 2)
    {
      total += i & 0xff;
      steps++;
    }
  return steps;
}

int
main (void)
{
  volatile unsigned char s = 250, n = 252, s2 = 3;
  volatile unsigned x = 4294967296u - 20000;
  unsigned a = climb (s, n), b = climb (s2, n), c = evens (x);
  printf ("%u %u %u %lu\n", a, b, c, total);
  return 0;
}

/* { dg-output "^37 36 10000 1281006\n$" } */
