/* -fplugin-arg-gearshift-short-loop=0: under points=loops every loop
   header keeps its point, with no copy without it, even a loop that
   always iterates a few times.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-short-loop=0 -fplugin-arg-gearshift-dump" } */

int
sum (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int
short_sum (int *a)
{
  int s = 0;
  for (int i = 0; i < 100; i++)
    s += a[i];
  return s;
}

/* { dg-final { scan-gearshift-dump "function sum: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "function short_sum: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump-not "exempt" } } */
