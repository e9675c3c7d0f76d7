/* gear=low with every kind of call the low gear must keep working:
   struct arguments and results, indirect calls and a callback, loops.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-gear=low" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct vec { double x, y, z; };

static struct vec __attribute__ ((noinline))
add (struct vec a, struct vec b)
{
  struct vec r = { a.x + b.x, a.y + b.y, a.z + b.z };
  return r;
}

static struct vec __attribute__ ((noinline))
scale (struct vec a, double k)
{
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("scale");
      a.x *= k;
      a.y *= k;
      a.z *= k;
    }
  return a;
}

static struct vec __attribute__ ((noinline))
fold (const struct vec *v, int n, struct vec (*op) (struct vec, struct vec))
{
  struct vec acc = { 0, 0, 0 };
  for (int i = 0; i < n; i++)
    acc = op (acc, scale (v[i], 0.5));
  return acc;
}

int
main (void)
{
  struct vec v[6];
  for (int i = 0; i < 6; i++)
    {
      v[i].x = i;
      v[i].y = i * i;
      v[i].z = 1.0 / (i + 1);
    }
  struct vec s = fold (v, 6, add);
  struct vec t = add (s, scale (s, 3));
  printf ("s=%.6f,%.6f,%.6f\n", s.x, s.y, s.z);
  printf ("t=%.6f,%.6f,%.6f\n", t.x, t.y, t.z);
  fflush (stdout);
  return 0;
}

/* { dg-output "^s=3\\.750000,13\\.750000,0\\.612500\n" } */
/* { dg-output "t=37\\.500000,137\\.500000,6\\.125000\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
