/* A variadic function is not instrumented (its va_list cannot be rebuilt
   on resume): a warning at the function, and calls to it are not points.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <stdarg.h>

extern int work (int);

int
total (int n, ...) /* { dg-warning "gearshift: 'total' is not instrumented: it is variadic" } */
{
  va_list ap;
  int s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += work (va_arg (ap, int));
  va_end (ap);
  return s;
}

int
use (int a)
{
  return total (2, a, a);
}

/* { dg-final { scan-gearshift-dump "function total: not instrumented: it is variadic$" } } */
/* { dg-final { scan-gearshift-dump "function use: not instrumented: no need" } } */
