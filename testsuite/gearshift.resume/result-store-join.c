/* A call whose result is stored through a pointer ("*p = rec (...)":
   the call returns into a temporary, stored after the point), in one arm
   of an if.  With unwind=eh the call may throw and ends its block, whose
   successor is the join of both arms: the store goes in a block of its
   own after the call, not into the join, where the other arm, which has
   no pointer, would run it too (a compile-time SSA error).  Resumed at
   every point, the program computes what it computes without updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>

struct s
{
  int f;
};
struct s g, h[2];

static struct s __attribute__ ((noinline))
rec (int c)
{
  short a[1];
  if (c)
    {
      struct s *p = &h[c % 2];
      *p = rec (c - 1);
    }
  a[0] = c;
  g.f += a[0] * 3 + h[0].f - h[1].f;
  return g;
}

int
main (void)
{
  struct s r = rec (10);
  printf ("%d\n", r.f);
  return 0;
}

/* { dg-output "^108\n$" } */
