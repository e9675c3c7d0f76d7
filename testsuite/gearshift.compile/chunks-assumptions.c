/* A loop that GCC counts only under an assumption (a counter stepping
   by 2 until it wraps to zero must start even) is vectorised, as it is
   without the plugin (where the vectoriser versions the loop on the
   assumption): strip-mined (gs-chunks.cc), it runs between checks in
   counted runs of at most short-loop iterations when the assumption
   holds.  csmith seed 113480, such a loop, ran 3 times slower with a
   check in every iteration.  */
/* { dg-do compile } */
/* { dg-options "-O3 -fplugin-arg-gearshift-gear=dual -fopt-info-vec-optimized=chunks-assumptions.vec" } */

unsigned g_up, g_other;

void
up_to_zero (void)
{
  unsigned a = g_up, b = g_other;
  do
    {
      a += 2;
      b += 2;
    }
  while (a != 0);
  g_up = a;
  g_other = b;
}

/* In high gear and in low.  */
/* { dg-final { scan-gearshift-file chunks-assumptions.vec "chunks-assumptions.c:22:\[0-9\]+: optimized: loop vectorized\[^\n\]*\n(?:\[^\n\]*\n)*\[^\n\]*chunks-assumptions.c:22:\[0-9\]+: optimized: loop vectorized" } } */
