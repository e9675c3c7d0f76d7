/* -fplugin-arg-gearshift-exclude=a,b leaves the named functions alone
   with a warning; calls to them are then not points; others are kept.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-exclude=first,second" } */

extern int work (int);

int
first (int n) /* { dg-warning "'first' is not instrumented: it is excluded by -fplugin-arg-gearshift-exclude" } */
{
  while (work (n))
    n--;
  return n;
}

int
second (int n) /* { dg-warning "'second' is not instrumented: it is excluded" } */
{
  return first (n) + work (n);
}

int
kept (int n)
{
  return second (n) + first (n) + work (n);
}

/* { dg-final { scan-gearshift-dump-times "not instrumented: it is excluded by -fplugin-arg-gearshift-exclude$" 2 } } */
/* { dg-final { scan-gearshift-dump "function kept: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:work:1 kind=call" } } */
