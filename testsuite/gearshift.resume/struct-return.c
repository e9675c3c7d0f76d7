/* Functions that were on the stack return structs by value (small, large,
   with a float member) to callers that were on the stack too.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct small { int a; short b; };
struct mixed { double x; int n; };
struct big { long v[9]; char name[12]; };

static struct small __attribute__ ((noinline))
make_small (int k)
{
  struct small s = { k, (short) -k };
  for (int i = 0; i < k % 4; i++)
    {
      gearshift_update_point ("small");
      s.a = s.a * 3 + i;
      s.b -= 2;
    }
  return s;
}

static struct mixed __attribute__ ((noinline))
make_mixed (int k)
{
  struct mixed m = { 0.5, 0 };
  while (m.n < k)
    {
      m.x = m.x * 1.25 + m.n;
      m.n++;
    }
  return m;
}

static struct big __attribute__ ((noinline))
make_big (int k)
{
  struct big b = { { 0 }, "big-" };
  for (int i = 0; i < 9; i++)
    {
      struct small s = make_small (k + i);
      b.v[i] = s.a * 100 + s.b;
    }
  b.name[4] = (char) ('a' + k % 26);
  return b;
}

static struct big __attribute__ ((noinline))
outer (int k)
{
  struct big b = make_big (k);
  struct mixed m = make_mixed (k + 3);
  b.v[0] += (long) (m.x * 8);
  return b;
}

int
main (void)
{
  long cs = 0;
  for (int k = 0; k < 6; k++)
    {
      struct big b = outer (k);
      for (int i = 0; i < 9; i++)
	cs = cs * 5 + b.v[i];
      printf ("%s %ld %ld\n", b.name, b.v[0], b.v[8]);
    }
  printf ("cs = %ld\n", cs);
  fflush (stdout);
  return 0;
}

/* { dg-output "^big-a 33 792\n" } */
/* { dg-output "big-b 363 2689\n" } */
/* { dg-output "big-c 2008 9086\n" } */
/* { dg-output "big-d 8774 30183\n" } */
/* { dg-output "big-e 673 1188\n" } */
/* { dg-output "big-f 1895 3885\n" } */
/* { dg-output "cs = 2284611145642381386\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
