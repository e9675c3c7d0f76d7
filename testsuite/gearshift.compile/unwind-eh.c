/* unwind=eh: a function whose only points are call sites has no check
   after its calls, but landing pads that save its frame and resume the
   unwinding.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-unwind=eh -fdump-tree-optimized=unwind-eh.optimized" } */

long __attribute__ ((noinline))
helper (long n)
{
  long steps = 0;
  while (n > 1)
    {
      n = n & 1 ? 3 * n + 1 : n / 2;
      steps++;
    }
  return steps;
}

long
twice (long x)
{
  long a = helper (x);
  long b = helper (x + a);
  return a * b;
}

/* { dg-final { scan-gearshift-file unwind-eh.optimized ";; Function twice \[^\n\]*\n(?:(?!;; Function)\[^\n\]*\n)*\[^\n\]*__builtin_unwind_resume" } } */
/* { dg-final { scan-gearshift-file-not unwind-eh.optimized ";; Function twice \[^\n\]*\n(?:(?!;; Function)\[^\n\]*\n)*\[^\n\]*__gearshift_flag" } } */
/* The loop's point keeps its check.  */
/* { dg-final { scan-gearshift-file unwind-eh.optimized ";; Function helper \[^\n\]*\n(?:(?!;; Function)\[^\n\]*\n)*\[^\n\]*__gearshift_flag" } } */
