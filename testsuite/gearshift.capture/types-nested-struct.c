/* Structs nested in structs, with an array member and an array of
   structs, print recursively with every level's member names.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

struct point { int x, y; };
struct box { struct point lo, hi; char name[3]; };
struct scene { struct box box; struct point marks[2]; double scale; };

static void __attribute__ ((noipa))
show (const struct scene *s)
{
  printf ("%d %d %s %g\n", s->box.hi.x, s->marks[1].y, s->box.name,
	  s->scale);
}

int
main (void)
{
  struct scene s = { { { 0, 0 }, { 10, 20 }, "ab" },
		     { { 1, 2 }, { 3, 4 } }, 1.0 };
  for (int i = 0; i < 10; i++)
    {
      s.box.hi.x += 1;
      s.marks[1].y -= 2;
      s.scale *= 2;
      if (i == 2)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (&s);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-nested-struct\\.c:21\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-nested-struct\\.c:32:\[0-9\]+\\)\n" } */
/* { dg-output "    s = \\{\\.box = \\{\\.lo = \\{\\.x = 0, \\.y = 0\\}, \\.hi = \\{\\.x = 13, \\.y = 20\\}, \\.name = \\{97, 98, 0\\}\\}, \\.marks = \\{\\{\\.x = 1, \\.y = 2\\}, \\{\\.x = 3, \\.y = -2\\}\\}, \\.scale = 8\\}\n" } */
/* { dg-output "    i = 2\n" } */
/* { dg-output "20 -16 ab 1024\n$" } */
