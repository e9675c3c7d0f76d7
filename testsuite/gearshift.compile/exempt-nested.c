/* Only innermost loops can be exempt: an outer loop with a known trip
   count still gets a point, and so does an inner loop that is not counted.  */
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

/* { dg-final { scan-gearshift-dump "function grid: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 10: a n m s i$" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1.1: innermost" } } */
/* { dg-final { scan-gearshift-dump "function ten_scans: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop1.1 kind=loop line 21: a s i j$" } } */
/* { dg-final { scan-gearshift-dump "function three_deep: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop1.1 kind=loop" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1.1.1: innermost" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1.2: innermost" } } */
/* { dg-final { scan-gearshift-dump-times "^  exempt " 3 } } */
