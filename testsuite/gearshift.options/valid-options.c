/* All valid options together are accepted without an error and take
   effect: the last points= wins, gear=dual, program= and exclude apply.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-points=manual -fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-gear=dual -fplugin-arg-gearshift-exclude=skipped -fplugin-arg-gearshift-program=valid-options -fplugin-arg-gearshift-dump" } */

int
sum (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int skipped (int n) { return n; } /* { dg-warning "'skipped' is not instrumented: it is excluded" } */

/* { dg-final { scan-gearshift-dump "function sum: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 10" } } */
/* { dg-final { scan-gearshift-dump "function skipped: not instrumented: it is excluded" } } */
