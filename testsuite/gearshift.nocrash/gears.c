/* Hard shapes under points=loops (a point in every loop, with explicit
   points too) and an explicit gear=dual, dumped.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-gear=dual -fplugin-arg-gearshift-dump" } */

#include <gearshift.h>

extern int step (int);

int
matrix (double (*m)[16], int n)
{
  int changed = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < 16; j++)
      for (int k = 0; k < 16; k++)
	{
	  double v = m[i][j] * m[j % 16][k];
	  if (v > 1e9)
	    {
	      changed++;
	      break;
	    }
	  m[i][k] = v;
	}
  gearshift_update_point ("after");
  return changed + step (changed);
}

static int
rec (int n, int *acc)
{
  if (n <= 0)
    return *acc;
  *acc += step (n);
  gearshift_update_point ("rec");
  return rec (n - 1, acc) + rec (n - 2, acc);
}

int
drive (int n)
{
  int acc = 0;
  int r = rec (n, &acc);
  while (step (r))
    r = rec (r, &acc);
  return r;
}
