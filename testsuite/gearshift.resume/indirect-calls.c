/* Updates inside callees reached through a function pointer, a table of
   function pointers and a callback argument: each rebuilds its caller.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

typedef long (*op_fn) (long, int);

static long __attribute__ ((noinline))
op_add (long v, int n)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("add");
      v += i + 1;
    }
  return v;
}

static long __attribute__ ((noinline))
op_mul (long v, int n)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("mul");
      v = v * 3 % 100003;
    }
  return v;
}

static long __attribute__ ((noinline))
op_xor (long v, int n)
{
  long m = 0x5555;
  while (n-- > 0)
    v ^= m >> n;
  return v;
}

static op_fn table[3] = { op_add, op_mul, op_xor };

static long __attribute__ ((noinline))
apply_all (long v, op_fn cb, int times)
{
  long before = v;
  for (int i = 0; i < times; i++)
    v = cb (v, i + 2) - before % 7;
  return v;
}

int
main (void)
{
  volatile int pick = 1;
  op_fn fp = pick ? op_mul : op_add;
  long v = 11;
  for (int k = 0; k < 9; k++)
    {
      v = table[k % 3] (v, k + 1);
      v = fp (v, 2) + table[(k + 1) % 3] (k, 3);
      v = apply_all (v, table[(k + 2) % 3], 3) % 1000000;
    }
  printf ("v = %ld\n", v);
  fflush (stdout);
  return 0;
}

/* { dg-output "^v = 47994\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
