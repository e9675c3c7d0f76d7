/* alloca (the builtin, and the <alloca.h> macro around it) makes the
   frame's size unknown: the function is refused with a warning at the call.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <alloca.h>

extern int work (int);

int
builtin (int n)
{
  int *p = __builtin_alloca (n * sizeof (int)); /* { dg-warning "'builtin' is not instrumented: it calls alloca" } */
  for (int i = 0; i < n; i++)
    p[i] = work (i);
  return p[0];
}

int
from_header (int n)
{
  int *p = alloca (n * sizeof (int)); /* { dg-warning "'from_header' is not instrumented: it calls alloca" } */
  for (int i = 0; i < n; i++)
    p[i] = work (i);
  return p[0];
}

/* { dg-final { scan-gearshift-dump "function builtin: not instrumented: it calls alloca$" } } */
/* { dg-final { scan-gearshift-dump "function from_header: not instrumented: it calls alloca$" } } */
