/* A search returns from inside three nested loops (and breaks out of
   them) after updates inside the loops and in a callee.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
cube_sum (int a, int b, int c)
{
  int s = 0;
  int v[3] = { a, b, c };
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("cube");
      s += v[i] * v[i] * v[i];
    }
  return s;
}

/* The first a <= b <= c with a^3 + b^3 + c^3 == target, encoded.  */
static long __attribute__ ((noinline))
find (int target, int limit)
{
  int tries = 0;
  for (int a = 0; a <= limit; a++)
    for (int b = a; b <= limit; b++)
      {
	if (a * a * a + b * b * b > target)
	  break;
	for (int c = b; c <= limit; c++)
	  {
	    int s = cube_sum (a, b, c);
	    tries++;
	    if (s == target)
	      return (long) tries * 1000000 + a * 10000 + b * 100 + c;
	    if (s > target)
	      break;
	  }
      }
  return -tries;
}

int
main (void)
{
  static const int targets[] = { 36, 99, 251, 1000, 4, 1729 };
  for (int i = 0; i < 6; i++)
    printf ("find %d = %ld\n", targets[i], find (targets[i], 12));
  fflush (stdout);
  return 0;
}

/* { dg-output "^find 36 = 19010203\n" } */
/* { dg-output "find 99 = 38020304\n" } */
/* { dg-output "find 251 = 54010505\n" } */
/* { dg-output "find 1000 = 11000010\n" } */
/* { dg-output "find 4 = -7\n" } */
/* { dg-output "find 1729 = 25000112\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
