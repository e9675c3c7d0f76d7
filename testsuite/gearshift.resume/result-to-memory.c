/* A call storing its result to memory its callee reads ("g = f ()", f
   reading g): when the callee unwinds, its dummy result must not reach
   that memory.  Reduced from csmith seeds 1098, 1175 and 1195.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <gearshift.h>
#include <stdio.h>

struct pair { int a, b; };
struct big { long v[8]; };

int g = 5;
struct pair gp = { 1, 2 };
struct big gb = { { 1, 2, 3, 4, 5, 6, 7, 8 } };
struct pair *volatile pp = &gp;

static int __attribute__ ((noinline))
next_g (void)
{
  int s = 0;
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("g");
      s += i;
    }
  return g + s;
}

static struct pair __attribute__ ((noinline))
next_pair (void)
{
  struct pair r = *pp;
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("pair");
      r.a += pp->b;
    }
  return r;
}

static struct big __attribute__ ((noinline))
next_big (void)
{
  struct big r;
  for (int i = 0; i < 8; i++)
    {
      gearshift_update_point ("big");
      r.v[i] = gb.v[i] * 2 + (i ? r.v[i - 1] : 0);
    }
  return r;
}

int
main (void)
{
  for (int k = 0; k < 3; k++)
    {
      g = next_g ();
      *pp = next_pair ();
      gb = next_big ();
    }
  printf ("g=%d pair=%d,%d big=%ld,%ld\n", g, gp.a, gp.b, gb.v[0], gb.v[7]);
  return 0;
}

/* { dg-output "^g=14 pair=13,2 big=8,2640\n$" } */
