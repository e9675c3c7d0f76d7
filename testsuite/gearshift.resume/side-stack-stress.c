/* Address-taken locals in a recursion updated at every entry: the side
   stack is captured and rebuilt with frames pushing and popping around it.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static void __attribute__ ((noinline))
add_to (long *target, const int *values, int n)
{
  for (int i = 0; i < n; i++)
    *target += values[i];
}

static long __attribute__ ((noinline))
visit (int depth, long *grand_total)
{
  long local_total = 0;
  int values[5] = { depth, depth * 2, depth * 3, 1, 2 };
  add_to (&local_total, values, 5);
  if (depth > 0)
    {
      long child = visit (depth - 1, &local_total);
      local_total += child % 97;
      if (depth % 2)
	local_total += visit (depth / 3, grand_total);
    }
  add_to (grand_total, values, 3);
  return local_total;
}

int
main (void)
{
  long grand = 0, sum = 0;
  for (int d = 10; d <= 40; d += 10)
    sum += visit (d, &grand);
  printf ("sum=%ld grand=%ld\n", sum, grand);
  fflush (stdout);
  return 0;
}

/* { dg-output "^sum=1597 grand=600\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
