/* A local shadowing another of the same name gets its own field, named
   x.1, so both can be live and saved at one point.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
shadow (int n)
{
  int x = work (n);
  {
    int x = work (n + 1);
    work (n);
    n += x;
  }
  return x + n;
}

/* { dg-final { scan-gearshift-dump "field x: int .i4. offset 4$" } } */
/* { dg-final { scan-gearshift-dump "field x.1: int .i4. offset 8$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:2 kind=call line 13: n x$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:work:3 kind=call line 14: n x x.1$" } } */
