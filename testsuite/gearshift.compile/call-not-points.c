/* Calls that cannot return by unwinding are not points: builtins, const,
   pure, noreturn, excluded functions, and the runtime's gearshift_* calls.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-exclude=excluded" } */

#include <string.h>
#include <gearshift.h>

extern int cheap (int) __attribute__ ((const));
extern int peek (const int *) __attribute__ ((pure));
extern void die (void) __attribute__ ((noreturn));
extern int real (int);

int excluded (int n) /* { dg-warning "'excluded' is not instrumented: it is excluded by -fplugin-arg-gearshift-exclude" } */
{
  return real (n);
}

int
caller (int *a, int n)
{
  int s = cheap (n) + peek (a);
  memset (a, 0, 4);
  s += __builtin_clz (n | 1);
  s += excluded (s);
  if (gearshift_request_update (0) < 0)
    die ();
  return s + real (s);
}

/* { dg-final { scan-gearshift-dump "function caller: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:real:1 kind=call line 28: s$" } } */
/* { dg-final { scan-gearshift-dump-times "kind=call" 1 } } */
