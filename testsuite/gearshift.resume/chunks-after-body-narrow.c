/* GCC's pr98736.c in the low-gear clone: its inner loop has the shape
   of chunks-after-body.c (the exit test in the header, the check at the
   end of the iteration), but its count, in a char, cannot hold
   short-loop (4096): the loop is not strip-mined and keeps its check,
   whose save path must still save the end of the iteration.  The first
   version of the shape renamed the save path before it knew, and each
   update made the loop run one iteration again, forever (the torture
   suite's pr98736 and pr84524 under GEARSHIFT_STRESS=0).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-gear=low" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>

int a[6];
char b, c;

int
main (void)
{
  int d[4] = { 0, 0, 0, 0 };
  for (c = 0; c <= 5; c++)
    {
      for (b = 2; b != 0; b++)
	a[c] = 8;
      a[c] = d[3];
    }
  printf ("%d %d %d\n", a[0], b, c);
  return 0;
}

/* { dg-output "^0 0 6\n$" } */
