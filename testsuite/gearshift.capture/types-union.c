/* A union local prints every member over the same bytes: an int, a
   float and a byte array of one value, and a union inside a struct.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

union word
{
  unsigned int u;
  float f;
  unsigned char bytes[4];
};

struct tagged
{
  int kind;
  union { int i; short s[2]; } v;
};

static void __attribute__ ((noipa))
show (const union word *w, const struct tagged *t)
{
  printf ("%u %d\n", w->u, t->v.i);
}

int
main (void)
{
  union word w;
  struct tagged t = { 1, { 0 } };
  w.f = 1.0f;
  for (int i = 0; i < 10; i++)
    {
      t.v.i += 0x10001;
      if (i == 1)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (&w, &t);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-union\\.c:29\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-union\\.c:39:\[0-9\]+\\)\n" } */
/* { dg-output "    w = \\{\\.u = 1065353216, \\.f = 1, \\.bytes = \\{0, 0, 128, 63\\}\\}\n" } */
/* { dg-output "    t = \\{\\.kind = 1, \\.v = \\{\\.i = 131074, \\.s = \\{2, 2\\}\\}\\}\n" } */
/* { dg-output "    i = 1\n" } */
/* { dg-output "1065353216 655370\n$" } */
