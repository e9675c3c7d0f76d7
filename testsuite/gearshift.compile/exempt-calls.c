/* An innermost counted loop stays exempt if its calls cannot unwind (builtin,
   const, uninstrumented, gearshift_*), and gets a point if one can, even
   if every iteration makes that call (a call-site point only continues a
   capture its callee started); but not if every iteration calls a
   function with an entry point, whose check serves the loop as well.  */
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

static int
fact (int n)
{
  return n <= 1 ? 1 : n * fact (n - 1);
}

int
with_recursive (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += fact (i);
  return s;
}

/* { dg-final { scan-gearshift-dump-times "^  exempt loop1: innermost" 4 } } */
/* { dg-final { scan-gearshift-dump "function with_builtin: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_const: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_uninstrumented: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_runtime: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function with_external: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 58: n s i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 59: n s i$" } } */
/* { dg-final { scan-gearshift-dump "function sometimes_external: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 67: n s i$" } } */
/* { dg-final { scan-gearshift-dump "function through_pointer: instrumented, 2 points, frame 24 bytes$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 77: fn n s i$" } } */
/* { dg-final { scan-gearshift-dump "function with_recursive: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: calls fact on every iteration, whose entry is a point" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:fact:1 kind=call line 93: n s i$" } } */
