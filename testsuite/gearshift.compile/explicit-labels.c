/* gearshift_update_point ("label") makes an explicit point with the
   user's label, saving the live variables, under every policy.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <gearshift.h>

extern int work (int);

int
phases (int n)
{
  int s = 0;
  gearshift_update_point ("start");
  s = work (n);
  gearshift_update_point ("after-work");
  if (s > n)
    gearshift_update_point ("big");
  return s + n;
}

int
in_counted_loop (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      s += a[i];
      gearshift_update_point ("each");
    }
  return s;
}

/* { dg-final { scan-gearshift-dump-times "kind=explicit" 4 } } */
/* { dg-final { scan-gearshift-dump "point 0 start kind=explicit line 14: n$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 15: n$" } } */
/* { dg-final { scan-gearshift-dump "point 2 after-work kind=explicit line 16: n s$" } } */
/* { dg-final { scan-gearshift-dump "point 3 big kind=explicit line 18: n s$" } } */
/* { dg-final { scan-gearshift-dump "function in_counted_loop: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump-not "exempt" } } */
/* { dg-final { scan-gearshift-dump "point 1 each kind=explicit line 29: a n s i$" } } */
