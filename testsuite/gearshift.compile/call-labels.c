/* Call-site points are labelled call:CALLEE:K, K counting the calls to
   that callee in source order, "*" for calls through a pointer.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=manual" } */

extern int alpha (int);
extern int beta (int);

int
sequence (int n, int (*fp) (int))
{
  n = alpha (n);
  n = beta (n);
  n = alpha (n);
  n = fp (n);
  n = beta (n);
  n = alpha (n);
  return fp (n) + 1;
}

/* { dg-final { scan-gearshift-dump "point 0 call:alpha:1 kind=call line 12" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:beta:1 kind=call line 13" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:alpha:2 kind=call line 14" } } */
/* { dg-final { scan-gearshift-dump {point 3 call:\*:1 kind=call line 15} } } */
/* { dg-final { scan-gearshift-dump "point 4 call:beta:2 kind=call line 16" } } */
/* { dg-final { scan-gearshift-dump "point 5 call:alpha:3 kind=call line 17" } } */
/* { dg-final { scan-gearshift-dump {point 6 call:\*:2 kind=call line 18} } } */
/* { dg-final { scan-gearshift-dump "function sequence: instrumented, 7 points" } } */
