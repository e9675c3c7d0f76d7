/* A function that calls itself gets an entry point (point 0, saving its
   parameters) and is marked recursive; a non-recursive caller is not.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

int
fib (int n)
{
  if (n < 2)
    return n;
  return fib (n - 1) + fib (n - 2);
}

int
top (int n)
{
  return fib (n) * 2;
}

/* { dg-final { scan-gearshift-dump "function fib: instrumented, 3 points, frame 8 bytes, recursive$" } } */
/* { dg-final { scan-gearshift-dump "point 0 entry kind=entry line 7: n$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:fib:1 kind=call line 11: n$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:fib:2 kind=call line 11: tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "function top: instrumented, 1 points, frame 0 bytes$" } } */
/* { dg-final { scan-gearshift-dump-times "kind=entry" 1 } } */
