/* Enum locals print as their integer values, negative ones included, and
   an enum parameter is saved as a parameter.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

enum color { RED, GREEN = 5, BLUE };
enum sign { MINUS = -1, ZERO, PLUS };

static int __attribute__ ((noinline))
paint (enum color base, int n)
{
  enum color c = base;
  enum sign s = MINUS;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      c = i < 2 ? GREEN : BLUE;
      s = i < 3 ? ZERO : PLUS;
      k += c + s;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  return k + base + c + s;
}

int
main (void)
{
  enum sign neg = MINUS;
  int r = paint (RED, 10);
  printf ("%d %d\n", r, neg);
  return 0;
}

/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 paint \\(\[^\n\]*types-enum\\.c:13\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-enum\\.c:25:\[0-9\]+\\)\n" } */
/* { dg-output "    base = 0\n" } */
/* { dg-output "    n = 10\n" } */
/* { dg-output "    c = 6\n" } */
/* { dg-output "    s = 1\n" } */
/* { dg-output "    k = 30\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "#1 main \\(\[^\n\]*types-enum\\.c:31\\) at point \[0-9\]+ \"call:paint:1\" \\(call, \[^\n\]*types-enum\\.c:34:\[0-9\]+\\)\n" } */
/* { dg-output "    neg = -1\n" } */
/* { dg-output "72 -1\n$" } */
