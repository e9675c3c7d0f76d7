/* Loops that run between checks in runs of at most short-loop
   iterations (gs-chunks.cc): a counter kept in a global, a counted loop
   whose check is at its top, one whose exit test is in its header, one
   that GCC cannot count but that stores to memory, and a short
   short-loop so that runs end often; with an update at every
   point reached, each loop still computes what it computes without the
   plugin.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-short-loop=7" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>

unsigned counter = 10007;
unsigned long stored;

static void __attribute__ ((noinline))
count_down (void)
{
  int go = 920;
again:
  --counter;
  if (go)
    {
      if (counter)
	goto again;
    }
}

static unsigned long __attribute__ ((noinline))
mix (unsigned long n)
{
  unsigned long s = 1;
  for (unsigned long i = 0; i < n; i++)
    s = s * 31 + (i ^ (i >> 3));
  return s;
}

static unsigned __attribute__ ((noinline))
wrap (unsigned x)
{
  unsigned i = x;
  do
    {
      stored = i;
      i++;
    }
  while (i != 0);
  return i;
}

static long __attribute__ ((noinline))
header_test (const int *a, int n)
{
  long s = 0;
  int i = 0;
  while (i < n)
    {
      s += a[i] * (i & 3);
      i++;
    }
  return s;
}

static unsigned steps;
unsigned long sum;
unsigned long *where = &sum;

static unsigned __attribute__ ((noinline))
step_down (unsigned n, unsigned long v)
{
  unsigned long *p = where;
  for (steps = n; steps > 1; steps -= 3)
    {
      sum += steps ^ v;
      *p += v;
    }
  return steps;
}

int
main (void)
{
  static int a[1000];
  for (int i = 0; i < 1000; i++)
    a[i] = i * 7 % 13;
  count_down ();
  unsigned long m = mix (5000);
  unsigned w = wrap (4294967295u - 3000);
  long h = header_test (a, 1000);
  volatile unsigned start = 3 * 3001 + 1;
  unsigned d = step_down (start, 77);
  printf ("%u %lu %u %lu %ld %u %lu\n", counter, m, w, stored, h, d, sum);
  return 0;
}

/* { dg-output "^0 13696221674204304133 0 4294967295 9027 1 13748418\n$" } */
