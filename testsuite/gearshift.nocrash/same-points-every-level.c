/* Points, exemptions and saved variables are decided before optimisation,
   so they (and hence labels across versions) are the same at every level.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int work (int);

int
parms (int scale, int *a, int n, int bias)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < 8; j++)
      s += a[i * 8 + j];
  for (int i = 0; i < n; i++)
    s += work (i * scale);
  s = work (s);
  return s + bias;
}

int
walk (int n)
{
  return n > 0 ? walk (n - 1) + work (n) : 0;
}

/* { dg-final { scan-gearshift-dump "function parms: instrumented, 3 points, frame 20 bytes$" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: loop nest, no call, iteration counts bounded" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop2 kind=loop line 15: scale n bias s i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 16: scale n bias s i$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:work:2 kind=call line 17: bias$" } } */
/* { dg-final { scan-gearshift-dump "function walk: instrumented, 3 points, frame 8 bytes, recursive$" } } */
/* { dg-final { scan-gearshift-dump "point 0 entry kind=entry line 22: n$" } } */
