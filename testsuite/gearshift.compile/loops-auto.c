/* points=auto: a point on each loop except innermost call-free loops
   with a computable trip count, which always finish quickly, and loops
   that make a call-site point's call on every iteration
   (exempt-calls.c).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
sum (int *a, int n)		/* Counted, no call: exempt.  */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int
scan (int *a)			/* Not countable: a point.  */
{
  int i = 0;
  while (a[i] != 0)
    i++;
  return i;
}

int
calls (int n)			/* Makes a call, not always: a point.  */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (i & 1)
      s += work (i);
  return s;
}

/* { dg-final { scan-gearshift-dump-times "kind=loop" 2 } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: innermost" } } */
/* { dg-final { scan-gearshift-dump "function sum: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop .*: a i" } } */
