/* Calls in return statements (return f (x) + g (y); return f (f (x)))
   and a tail-callable call: the caller's frame waits at each of them.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned __attribute__ ((noinline))
popcount_loop (unsigned v)
{
  unsigned n = 0;
  while (v)
    {
      n += v & 1;
      v >>= 1;
    }
  return n;
}

static unsigned __attribute__ ((noinline))
reverse (unsigned v, int bits)
{
  unsigned r = 0;
  for (int i = 0; i < bits; i++)
    r = (r << 1) | ((v >> i) & 1);
  return r;
}

static unsigned __attribute__ ((noinline))
combine (unsigned a, unsigned b)
{
  if (a > b)
    return reverse (a, 12) + popcount_loop (b) * 1000;
  if (a == b)
    return popcount_loop (popcount_loop (a) * 255u);
  return reverse (b ^ a, 16);
}

static unsigned __attribute__ ((noinline))
chain (unsigned v)
{
  return combine (v * 7 % 4096, v * 13 % 4096);
}

int
main (void)
{
  unsigned h = 0;
  for (unsigned v = 0; v < 40; v++)
    h = h * 33 + chain (v) + combine (v, v);
  printf ("h = %u\n", h);
  fflush (stdout);
  return 0;
}

/* { dg-output "^h = 1040597176\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
