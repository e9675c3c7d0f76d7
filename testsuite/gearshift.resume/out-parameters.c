/* Out-parameters: the addresses of a caller's locals passed to pointer
   parameters that the callee only dereferences.  Those locals stay in
   the caller's frame, and a resumed callee takes the pointer from its
   resumed caller (GS_FIELD_ARGUMENT), which passes the new address of
   its local: a callee that took it from its frame would write through
   the old one, and the total would differ.  TWICE passes its own
   out-parameter on.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

/* An out-parameter written after a loop of unknown count.  */
static int __attribute__ ((noinline))
walk (unsigned long x, int *steps)
{
  int n = 0;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      n++;
    }
  *steps = n;
  return n & 1;
}

/* Passes its own out-parameter on.  */
static int __attribute__ ((noinline))
twice (unsigned long x, int *steps)
{
  int odd = walk (x, steps);
  int more;
  odd += walk (x + 1, &more);
  *steps += more;
  return odd;
}

int
main (void)
{
  long total = 0;
  for (unsigned long v = 1; v < 1500; v++)
    {
      int rc;
      int odd = twice (v, &rc);
      total = total * 7 + rc + odd;
    }
  printf ("total = %ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 7293601490463785424\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
