/* points=manual: no loop or entry points, only explicit ones and the
   call sites that can unwind, which every policy keeps.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=manual" } */

#include <gearshift.h>

extern int work (int);

int
scan (int *a)
{
  int i = 0;
  while (a[i] != 0)
    i++;
  return i;
}

int
fact (int n)
{
  return n <= 1 ? 1 : n * fact (n - 1);
}

int
marked (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("body");
      s += work (i);
    }
  return s;
}

/* { dg-final { scan-gearshift-dump-not "kind=loop" } } */
/* { dg-final { scan-gearshift-dump-not "kind=entry" } } */
/* { dg-final { scan-gearshift-dump-not "exempt" } } */
/* { dg-final { scan-gearshift-dump "function scan: not instrumented: no need" } } */
/* No explicit point: fact can never be stopped, so it is left alone.  */
/* { dg-final { scan-gearshift-dump "function fact: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function marked: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 body kind=explicit line 31: n s i$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 32: n s i$" } } */
