/* x = f (a) + g (b) * h (c): each callee loops (so updates happen inside
   it) while the values of the calls already made wait in the caller.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
f (int a)
{
  int s = 0;
  for (int i = 0; i <= a; i++)
    s += i * i;
  return s;
}

static int __attribute__ ((noinline))
g (int b)
{
  int p = 1;
  for (int i = 0; i < b; i++)
    p = p * 3 % 1000;
  return p;
}

static int __attribute__ ((noinline))
h (int c)
{
  int n = 0;
  while (c > 1)
    {
      c = c % 2 ? 3 * c + 1 : c / 2;
      n++;
    }
  return n;
}

int
main (void)
{
  long total = 0;
  for (int k = 1; k <= 8; k++)
    {
      int x = f (k) + g (k + 2) * h (k * 5 + 1);
      long y = (long) f (k + 1) * g (k) - h (k + 20) + f (g (k) % 7);
      printf ("k=%d x=%d y=%ld\n", k, x, y);
      total += x ^ y;
    }
  printf ("total=%ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^k=1 x=217 y=22\n" } */
/* { dg-output "k=2 x=1139 y=116\n" } */
/* { dg-output "k=3 x=986 y=886\n" } */
/* { dg-output "k=4 x=5133 y=4475\n" } */
/* { dg-output "k=5 x=1925 y=22145\n" } */
/* { dg-output "k=6 x=59557 y=102051\n" } */
/* { dg-output "k=7 x=14483 y=38092\n" } */
/* { dg-output "k=8 x=5545 y=159868\n" } */
/* { dg-output "total=316470\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
