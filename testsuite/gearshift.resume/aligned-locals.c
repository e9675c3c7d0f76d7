/* Over-aligned locals (32 and 64 bytes), address-taken or not, keep
   their alignment and values on the side stack and in saved frames.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdint.h>
#include <stdio.h>

static int misaligned;

static void __attribute__ ((noinline))
check (const void *p, uintptr_t align)
{
  if ((uintptr_t) p % align)
    misaligned++;
}

static long __attribute__ ((noinline))
fill (long *dst, int n, long seed)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("fill");
      dst[i] = seed = seed * 6364136223846793005l + 1;
    }
  return seed;
}

static long __attribute__ ((noinline))
level (int depth)
{
  long a64[8] __attribute__ ((aligned (64)));
  char pad = (char) depth;
  long page[4] __attribute__ ((aligned (32)));
  int plain __attribute__ ((aligned (32))) = depth * 5;
  long s = fill (a64, 8, depth);
  check (a64, 64);
  s ^= fill (page, 4, s);
  check (page, 32);
  if (depth > 0)
    s += level (depth - 1);
  check (a64, 64);
  check (page, 32);
  return s + a64[depth % 8] + page[depth % 4] + pad + plain;
}

int
main (void)
{
  long r = level (6);
  printf ("r=%ld misaligned=%d\n", r, misaligned);
  fflush (stdout);
  return 0;
}

/* { dg-output "^r=-4806617335220014032 misaligned=0\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
