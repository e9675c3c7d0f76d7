/* -fplugin-arg-gearshift-short-loop=N sets the limit, counted in runs of
   the loop's header (its exit test included): with N=100 a loop that
   always iterates 100 times keeps its point, one that iterates 98 times
   (its header runs 99 times) has none, and one whose count is not known
   has a copy without the point.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-short-loop=100 -fplugin-arg-gearshift-dump" } */

int
sum (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int
hundred (int *a)
{
  int s = 0;
  for (int i = 0; i < 100; i++)
    s += a[i];
  return s;
}

int
ninety_eight (int *a)
{
  int s = 0;
  for (int i = 0; i < 98; i++)
    s += a[i];
  return s;
}

/* { dg-final { scan-gearshift-dump "function sum: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: a copy without the point runs when it iterates fewer than 100 times" } } */
/* { dg-final { scan-gearshift-dump "function hundred: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "function ninety_eight: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: iterates fewer than 100 times, no call" } } */
