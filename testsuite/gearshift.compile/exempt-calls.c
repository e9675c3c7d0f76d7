/* An innermost counted loop stays exempt if its calls cannot unwind (builtin,
   const, uninstrumented, gearshift_*), and gets a point if one can; but
   not if every iteration makes such a call, a call-site point whose
   check serves the loop as well.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <gearshift.h>

extern int work (int);
extern int square (int) __attribute__ ((const));
static int quiet (int n, ...) /* { dg-bogus "is not instrumented" "variadic, no loop: no warning" } */
{
  return n;
}

int
with_builtin (unsigned *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += __builtin_popcount (a[i]);
  return s;
}

int
with_const (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += square (i);
  return s;
}

int
with_uninstrumented (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += quiet (i);
  return s;
}

int
with_runtime (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += gearshift_request_update (0);
  return s;
}

int
with_external (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += work (i);
  return s;
}

int
sometimes_external (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (i & 1)
      s += work (i);
  return s;
}

int
through_pointer (int (*fn) (int), int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += fn (i);
  return s;
}

/* { dg-final { scan-gearshift-dump-times "^  exempt loop1: innermost" 4 } } */
/* { dg-final { scan-gearshift-dump "function with_builtin: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_const: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_uninstrumented: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_runtime: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_external: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: calls work on every iteration, a call-site point" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:work:1 kind=call line 58: n s i$" } } */
/* { dg-final { scan-gearshift-dump "function sometimes_external: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 66: n s i$" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: calls a function through a pointer on every iteration, a call-site point" } } */
/* { dg-final { scan-gearshift-dump "function through_pointer: instrumented, 2 points" } } */
