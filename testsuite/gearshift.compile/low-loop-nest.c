/* A restore into a loop nest enters a copy of the rest of the outer
   loop's iteration, so that every loop of the low-gear clone keeps its
   one entry and GCC optimises the nest as in high gear: here the outer
   loop stays a loop with the inner one in it, and LIM keeps the global
   total in a register across it.  When the restore of the inner loop's
   point entered the outer loop in its middle, the outer loop was
   irreducible and GCC saw no loop around the inner one (csmith seed
   113626: 2.2 times the instructions of high gear in low gear).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-points=loops -fdump-tree-lim2-details=low-loop-nest.lim2" } */

long total;

void
nest (const int *a, int n, int m)
{
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      total += a[j] * i;
}

/* { dg-final { scan-gearshift-file low-loop-nest.lim2 ";; Function nest\\.gs_low\[^\\n\]*\\n(?:(?!;; Function)\[^\\n\]*\\n)*;;  depth 2, outer 1\\n" } } */
