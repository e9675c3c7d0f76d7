/* A label a non-local goto reaches cannot be re-entered at a point; in C
   only a nested function makes that goto, so either reason is right.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
search (int n) /* { dg-warning "'search' is not instrumented: it (has a label that a non-local goto can reach|contains a nested function)" } */
{
  __label__ found;
  void check (int k) /* { dg-warning "'check' is not instrumented: it is a nested function" } */
  {
    if (work (k))
      goto found;
  }
  for (int i = 0; i < n; i++)
    check (i);
  return -1;
 found:
  return 1;
}

/* { dg-final { scan-gearshift-dump "function search: not instrumented: it (has a label that a non-local goto can reach|contains a nested function)$" } } */
