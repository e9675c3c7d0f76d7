/* points=loops: every loop gets a point, the exempt counted loop nests
   of points=auto included (not a loop that makes a call-site point's
   call on every iteration: exempt-calls.c).  An innermost loop that makes no call
   and whose trip count is known on entry also gets a copy without the
   point, taken when it iterates fewer than 4096 times (vectorisable; it
   finishes soon anyway); one that always does needs no point.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=loops -fopt-info-vec-optimized=policy-loops.vec" } */

extern int f (int);

typedef struct { float r, i; } cpx;

void
sum (cpx *out, const cpx *a, const cpx *b, int n)
{
  for (int k = 0; k < n; k++)
    {
      out[k].r = a[k].r + b[k].r;
      out[k].i = a[k].i - b[k].i;
    }
}

int
grid (int *a, int n, int m)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      s += a[i * m + j];
  return s;
}

int
short_sum (int *a)
{
  int s = 0;
  for (int i = 0; i < 100; i++)
    s += a[i];
  return s;
}

int
calls (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (i & 1)
      s += f (i);
  return s;
}

/* { dg-final { scan-gearshift-dump-times "kind=loop" 4 } } */
/* { dg-final { scan-gearshift-dump "function sum: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: a copy without the point runs when it iterates fewer than 4096 times" } } */
/* { dg-final { scan-gearshift-dump "function grid: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump "point 1 loop1.1 kind=loop line 29: a n m s i j$" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1.1: a copy without the point" } } */
/* { dg-final { scan-gearshift-dump "function short_sum: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: iterates fewer than 4096 times, no call" } } */
/* { dg-final { scan-gearshift-dump "function calls: instrumented, 2 points" } } */
/* { dg-final { scan-gearshift-dump-times "exempt" 3 } } */
/* The copy of sum's loop, in both gears: vectorised.  */
/* { dg-final { scan-gearshift-file policy-loops.vec "policy-loops.c:17:\[0-9\]+: optimized: loop vectorized" } } */
