/* A three-deep loop nest in a callee is resumed at every loop header
   (points=loops: under auto the nest, counted and call-free, would have
   no point): each level's counters and accumulators must survive every
   update.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned long __attribute__ ((noinline))
nest (int n)
{
  unsigned long sum = 0, outer = 1;
  for (int i = 0; i < n; i++)
    {
      unsigned long row = 0;
      for (int j = 0; j < n - i; j++)
	{
	  int k = 0;
	  while (k < j + 1)
	    {
	      row = row * 31 + (unsigned long) (i * 7 + j * 3 + k);
	      k++;
	    }
	}
      sum += row;
      outer = outer * 3 + (row & 0xff);
    }
  return sum ^ outer;
}

int
main (void)
{
  for (int n = 1; n <= 6; n++)
    printf ("nest %d = %lu\n", n, nest (n));
  fflush (stdout);
  return 0;
}

/* { dg-output "^nest 1 = 3\n" } */
/* { dg-output "nest 2 = 347\n" } */
/* { dg-output "nest 3 = 2903979\n" } */
/* { dg-output "nest 4 = 2674466660115\n" } */
/* { dg-output "nest 5 = 2774915391552787331\n" } */
/* { dg-output "nest 6 = 5960489362201511149\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
