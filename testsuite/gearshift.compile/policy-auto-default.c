/* Without -fplugin-arg-gearshift-points the policy is auto: the same
   functions as under an explicit points=auto, with exemptions and entries.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
sum (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int
scan (int *a)
{
  int i = 0;
  while (a[i] != 0)
    i++;
  return i;
}

int
depth (int n)
{
  return n ? depth (n - 1) + 1 : work (0);
}

/* { dg-final { scan-gearshift-dump-times "kind=loop" 1 } } */
/* { dg-final { scan-gearshift-dump-times "kind=entry" 1 } } */
/* { dg-final { scan-gearshift-dump-times "^  exempt " 1 } } */
/* { dg-final { scan-gearshift-dump "function depth: instrumented, 2 points, frame 4 bytes, recursive, passes$" } } */
/* { dg-final { scan-gearshift-dump "point 0 entry kind=entry line 27: n$" } } */
