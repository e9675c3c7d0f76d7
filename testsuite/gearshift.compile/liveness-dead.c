/* Only variables read later are saved: a loop counter and an
   accumulator dead after the loop are not saved at the points after it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
dead_after (int n)
{
  int t = 0;
  for (int i = 0; i < n; i++)
    t += work (i);
  work (t);
  work (n);
  return 0;
}

int
overwritten (int n)
{
  int x = n * 3;
  work (x);
  x = work (n);
  return x;
}

/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 12: n t i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 13: n t i$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:work:2 kind=call line 14: n$" } } */
/* { dg-final { scan-gearshift-dump "point 3 call:work:3 kind=call line 15:$" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:work:1 kind=call line 23: n$" } } */
/* A call in tail position needs no point: nothing is live after it.  */
/* { dg-final { scan-gearshift-dump "function overwritten: instrumented, 1 points, frame \[0-9\]+ bytes, passes$" } } */
