/* A function making an indirect call that can reach a function of the
   unit that calls it back (its address is taken and its type is alike)
   may be re-entered through it, so it gets an entry point; the call
   itself is labelled call:*:K.  direct calls apply in tail position:
   no point there, its frame passes.  */
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
/* { dg-final { scan-gearshift-dump "point 0 entry kind=entry line 10: fp x$" } } */
/* { dg-final { scan-gearshift-dump {point 1 call:\*:1 kind=call line 12: fp x$} } } */
/* { dg-final { scan-gearshift-dump {point 2 call:\*:2 kind=call line 13: r$} } } */
/* { dg-final { scan-gearshift-dump "function direct: instrumented, 0 points, frame 0 bytes, passes$" } } */
