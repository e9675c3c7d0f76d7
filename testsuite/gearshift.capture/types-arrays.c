/* Arrays of ints, of doubles and of chars, filled partly in the loop,
   print every element in braces, in order.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static void __attribute__ ((noipa))
show (const int *a, const double *d, const char *s, const short (*m)[3])
{
  printf ("%d %g %s %d\n", a[0], d[0], s, m[1][2]);
}

int
main (void)
{
  int squares[6] = { 0 };
  double halves[4] = { 0.5, 1.5, 2.5, 3.5 };
  char word[4] = "abc";
  short grid[2][3] = { { 1, 2, 3 }, { -4, -5, -6 } };
  for (int i = 0; i < 6; i++)
    {
      squares[i] = i * i;
      halves[i % 4] *= 2;
      if (i == 3)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (squares, halves, word, grid);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-arrays\\.c:16\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-arrays\\.c:28:\[0-9\]+\\)\n" } */
/* { dg-output "    squares = \\{0, 1, 4, 9, 0, 0\\}\n" } */
/* { dg-output "    halves = \\{1, 3, 5, 7\\}\n" } */
/* { dg-output "    word = \\{97, 98, 99, 0\\}\n" } */
/* { dg-output "    grid = \\{\\{1, 2, 3\\}, \\{-4, -5, -6\\}\\}\n" } */
/* { dg-output "    i = 3\n" } */
/* { dg-output "0 2 abc -6\n$" } */
