/* A call in tail position needs no point even while a local whose
   address was taken is in scope: the unit is compiled with
   -fexceptions, and GCC gives the call a landing pad that only ends the
   local's scope, which must not count as code after the call.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <stdio.h>
#include <string.h>

extern int work (int, const char *);

int
punned (int n, double d)
{
  long bits;
  memcpy (&bits, &d, sizeof bits);
  if (n > 3)
    return n + (int) (bits & 1);
  return work (n, "x");
}

int
formatted (int n)
{
  char name[16];
  snprintf (name, sizeof name, "n%d", n);
  if (n < 0)
    return work (-n, "negative");
  return work (n + name[1], "positive");
}

/* { dg-final { scan-gearshift-dump "function punned: instrumented, 0 points, frame \[0-9\]+ bytes, passes$" } } */
/* { dg-final { scan-gearshift-dump "function formatted: instrumented, 0 points, frame \[0-9\]+ bytes, passes$" } } */
