/* A loop nest that makes no call and in which every loop's trip count is
   known is exempt whole under points=auto: such a function is left
   alone.  A nest with a loop that is not counted, or with a call that may
   unwind, keeps its points.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

int
grid (int *a, int n, int m)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      s += a[i * m + j];
  return s;
}

int
ten_scans (int *a)
{
  int s = 0;
  for (int i = 0; i < 10; i++)
    for (int j = 0; a[j]; j++)
      s += j;
  return s;
}

int
three_deep (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      for (int j = 0; j < n; j++)
	for (int k = 0; k < 4; k++)
	  s += a[j * 4 + k];
      for (int j = 0; j < n; j++)
	s -= a[j];
    }
  return s;
}

int
calls_inside (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      s += ten_scans (a + i + j);
  return s;
}

/* { dg-final { scan-gearshift-dump "function grid: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: loop nest, no call, iteration counts bounded" } } */
/* { dg-final { scan-gearshift-dump "function three_deep: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function ten_scans: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 22: a s i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop1.1 kind=loop line 23: a s i j$" } } */
/* { dg-final { scan-gearshift-dump "function calls_inside: instrumented, 3 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 47: a n s i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop1.1 kind=loop line 48: a n s i j$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:ten_scans:1 kind=call line 49: a n s i j$" } } */
