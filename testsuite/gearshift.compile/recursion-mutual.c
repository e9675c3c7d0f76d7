/* Functions in a cycle of direct calls (two- and three-long) all get entry
   points; a function outside the cycle that calls into it does not.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

int odd (int);

int
even (int n)
{
  return n == 0 ? 1 : odd (n - 1);
}

int
odd (int n)
{
  return n == 0 ? 0 : even (n - 1);
}

int c (int);
int a (int n) { return n > 0 ? c (n - 1) : 0; }
int b (int n) { return a (n) + 1; }
int c (int n) { return b (n) * 2; }

int
driver (int n)
{
  return even (n) + a (n);
}

/* { dg-final { scan-gearshift-dump-times "kind=entry" 5 } } */
/* { dg-final { scan-gearshift-dump-times ", recursive(, passes)?$" 5 } } */
/* { dg-final { scan-gearshift-dump "function even: instrumented, 1 points, frame 4 bytes, recursive, passes$" } } */
/* { dg-final { scan-gearshift-dump "function odd: instrumented, 1 points, frame 4 bytes, recursive, passes$" } } */
/* { dg-final { scan-gearshift-dump "function driver: instrumented, 2 points, frame 8 bytes$" } } */
