/* A function making an indirect call may be re-entered through it, so it
   gets an entry point; the call itself is labelled call:*:K.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

int
apply (int (*fp) (int), int x)
{
  int r = fp (x);
  return r + fp (r + x);
}

int
direct (int x)
{
  return apply (direct, x);
}

/* { dg-final { scan-gearshift-dump "function apply: instrumented, 3 points, frame 16 bytes, recursive$" } } */
/* { dg-final { scan-gearshift-dump "point 0 entry kind=entry line 7: fp x$" } } */
/* { dg-final { scan-gearshift-dump {point 1 call:\*:1 kind=call line 9: fp x$} } } */
/* { dg-final { scan-gearshift-dump {point 2 call:\*:2 kind=call line 10: r$} } } */
/* { dg-final { scan-gearshift-dump "function direct: instrumented, 1 points, frame 0 bytes$" } } */
