/* GNU C nested functions share their parent's frame object: neither the
   nested function nor its parent is instrumented, each with a warning.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
outer (int n) /* { dg-warning "'outer' is not instrumented: it contains a nested function" } */
{
  int inner (int k) /* { dg-warning "'inner' is not instrumented: it is a nested function" } */
  {
    return work (k + n);
  }
  int s = 0;
  for (int i = 0; i < n; i++)
    s += inner (i);
  return s;
}

/* { dg-final { scan-gearshift-dump "function outer: not instrumented: it contains a nested function$" } } */
/* { dg-final { scan-gearshift-dump "function inner.*: not instrumented: it is a nested function$" } } */
/* { dg-final { scan-gearshift-dump-not "instrumented, " } } */
