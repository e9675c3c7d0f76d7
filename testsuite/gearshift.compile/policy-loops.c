/* points=loops: every loop header gets a point, the exempt innermost
   counted loops of points=auto included, and nothing is exempt.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=loops" } */

int
sum (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int
grid (int *a, int n, int m)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      s += a[i * m + j];
  return s;
}

/* { dg-final { scan-gearshift-dump-times "kind=loop" 3 } } */
/* { dg-final { scan-gearshift-dump-not "exempt" } } */
/* { dg-final { scan-gearshift-dump "function sum: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "function grid: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop1.1 kind=loop line 20: a n m s i j$" } } */
