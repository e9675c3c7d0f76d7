/* An explicit point's label must be a non-empty string literal (it is
   the point's identity across versions); otherwise a warning, no point.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <gearshift.h>

extern int work (int);

int
bad (const char *label, int n)
{
  gearshift_update_point (label); /* { dg-warning "the argument of 'gearshift_update_point' must be a non-empty string literal" } */
  gearshift_update_point (""); /* { dg-warning "must be a non-empty string literal; no point here" } */
  gearshift_update_point ("ok");
  return work (n) + 1;
}

/* { dg-final { scan-gearshift-dump "function bad: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump-times "kind=explicit" 1 } } */
/* { dg-final { scan-gearshift-dump "point 0 ok kind=explicit line 15: n$" } } */
