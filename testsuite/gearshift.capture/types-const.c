/* const-qualified locals (scalars with computed initialisers, an array, a
   struct) are source variables too, saved while live.  A const scalar with
   a constant initialiser is not: the front end folds its uses away.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

struct pair { int a, b; };

static void __attribute__ ((noipa))
show (const int *a, const struct pair *p)
{
  printf ("%d %d\n", a[2], p->b);
}

int
main (int argc, char **argv)
{
  const int limit = argc + 6;
  const int table[3] = { 4, 5, 6 };
  const struct pair fixed = { -1, 1 };
  const double scale = argc + 0.5;
  for (int i = 0; i < limit; i++)
    {
      if (i == 2)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (table, &fixed);
  printf ("%d %d %g %s\n", argc, limit, scale, argv[0] ? "" : "?");
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-const\\.c:19\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-const\\.c:29:\[0-9\]+\\)\n" } */
/* { dg-output "    argc = 1\n" } */
/* { dg-output "    argv = 0x\[0-9a-f\]+\n" } */
/* { dg-output "    limit = 7\n" } */
/* { dg-output "    table = \\{4, 5, 6\\}\n" } */
/* { dg-output "    fixed = \\{\\.a = -1, \\.b = 1\\}\n" } */
/* { dg-output "    scale = 1\\.5\n" } */
/* { dg-output "    i = 2\n" } */
/* { dg-output "6 1\n" } */
/* { dg-output "1 7 1\\.5 \n$" } */
