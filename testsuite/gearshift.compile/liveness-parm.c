/* A parameter read after a loop is saved (flagged parm) at the points
   before that read; one last used in the loop is not saved after it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
parms (int scale, int n, int bias)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += work (i * scale);
  s = work (s);
  return s + bias;
}

/* { dg-final { scan-gearshift-dump "field scale: int .i4. offset 0 parm$" } } */
/* { dg-final { scan-gearshift-dump "field n: int .i4. offset 4 parm$" } } */
/* { dg-final { scan-gearshift-dump "field bias: int .i4. offset 8 parm$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 12: scale n bias s i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 13: scale n bias s i$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:work:2 kind=call line 14: bias$" } } */
