/* A variable-length array has no size when the frame is laid out: the
   function is refused, with the warning at the declaration.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
squares (int n)
{
  int a[n]; /* { dg-warning "'squares' is not instrumented: it declares a variable-length array" } */
  for (int i = 0; i < n; i++)
    a[i] = work (i);
  return a[n - 1];
}

/* { dg-final { scan-gearshift-dump "function squares: not instrumented: it declares a variable-length array$" } } */
