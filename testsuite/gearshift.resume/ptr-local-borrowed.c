/* Locals whose address callees only borrow stay in the frame
   (gearshift.compile/side-stack-borrowed.c): an update at every point
   saves and restores them by value, and the result stays the same;
   beside them, a local whose address a callee keeps stays on the side
   stack, and the kept pointer still reaches it after every update.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <string.h>

static int *kept;

static void __attribute__ ((noinline))
get (unsigned *p, int i)
{
  *p = *p * 31u + i;
}

static void __attribute__ ((noinline))
keep (int *p)
{
  kept = p;
}

static int __attribute__ ((noinline))
work (int n)
{
  int r = 1;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("work");
      r = r * 7 % 1013;
    }
  return r;
}

static long __attribute__ ((noinline))
run (int rounds)
{
  unsigned v = 5;
  unsigned char buf[32];
  int held = 0;
  long total = 0;
  memset (buf, 1, sizeof buf);
  keep (&held);
  for (int k = 0; k < rounds; k++)
    {
      get (&v, k);
      total += work (k % 9);
      buf[k % 32] += (unsigned char) v;
      gearshift_update_point ("run");
      *kept += buf[(k * 7) % 32];
      total += v % 101;
    }
  for (int j = 0; j < 32; j++)
    total = total * 3 + buf[j];
  return total + held + v;
}

int
main (void)
{
  printf ("%ld\n", run (60));
  return 0;
}

/* { dg-output "^8644409553114936667\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
