/* A recursive quicksort of a local array through a pointer, with an
   update at every recursive entry and partition loop header.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static void __attribute__ ((noinline))
quicksort (int *a, int lo, int hi, int *depth, int level)
{
  if (level > *depth)
    *depth = level;
  while (lo < hi)
    {
      int pivot = a[(lo + hi) / 2], i = lo, j = hi;
      while (i <= j)
	{
	  while (a[i] < pivot)
	    i++;
	  while (a[j] > pivot)
	    j--;
	  if (i <= j)
	    {
	      int t = a[i];
	      a[i++] = a[j];
	      a[j--] = t;
	    }
	}
      /* Recurse on the smaller part, loop on the larger.  */
      if (j - lo < hi - i)
	{
	  quicksort (a, lo, j, depth, level + 1);
	  lo = i;
	}
      else
	{
	  quicksort (a, i, hi, depth, level + 1);
	  hi = j;
	}
    }
}

int
main (void)
{
  int a[300];
  unsigned v = 2024;
  for (int i = 0; i < 300; i++)
    {
      v = v * 69069u + 1;
      a[i] = (int) (v >> 12) % 1000 - 500;
    }
  int depth = 0;
  quicksort (a, 0, 299, &depth, 0);
  int sorted = 1;
  long cs = 0;
  for (int i = 0; i < 300; i++)
    {
      if (i && a[i - 1] > a[i])
	sorted = 0;
      cs = cs * 31 % 1000000007 + a[i] + 500;
    }
  printf ("sorted=%d min=%d max=%d cs=%ld depth=%d\n", sorted, a[0], a[299],
	  cs, depth);
  fflush (stdout);
  return 0;
}

/* { dg-output "^sorted=1 min=-497 max=499 cs=677044053 depth=6\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
