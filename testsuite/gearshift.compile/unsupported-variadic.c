/* A variadic function is not instrumented (its va_list cannot be rebuilt
   on resume), and calls to it are not points.  No warning, loop or not
   (its loop walks its arguments; a program built with -Werror must
   build as without the plugin): an update waits until it returns, as it
   waits for the C library's functions.  The dump, and with verbose a
   note (verbose.c), say why.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <stdarg.h>

extern int work (int);

int
total (int n, ...) /* { dg-bogus "not instrumented" "a loop: still no warning" } */
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
wrap (const char *fmt, ...) /* { dg-bogus "not instrumented" "no loop: no warning" } */
{
  va_list ap;
  va_start (ap, fmt);
  int s = work (*fmt) + va_arg (ap, int);
  va_end (ap);
  return s;
}

int
use (int a)
{
  return total (2, a, a) + wrap ("x", a);
}

/* { dg-final { scan-gearshift-dump "function total: not instrumented: it is variadic$" } } */
/* { dg-final { scan-gearshift-dump "function wrap: not instrumented: it is variadic$" } } */
/* { dg-final { scan-gearshift-dump "function use: not instrumented: no need" } } */
