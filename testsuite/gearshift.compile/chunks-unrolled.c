/* GCC unrolls a short inner loop completely before the loop passes, so
   its point's check ends up in the outer loop three times, beside the
   outer loop's own: such copies go, the outer loop's check bounding the
   wait as well, and the outer loop, with one check left, runs between
   checks in runs of short-loop iterations (gs-chunks.cc).  With four
   checks it could not, and ran each of its two billion iterations
   (csmith seed 611807, -O3 points=loops: 1.9 s in high gear and 2.6 s
   with gear=low, against nothing without the plugin, which deletes the
   loop).  */
/* { dg-do compile } */
/* { dg-options "-O3 -fplugin-arg-gearshift-points=loops -fdump-tree-optimized=chunks-unrolled.optimized" } */

short g;

int
f (void)
{
  int k;
  for (k = -4; k >= -4; k = (int) ((unsigned) k + 1))
    {
      short *p = &g;
      short **const q = &p;
      short **const *r[3][1];
      int i, j;
      for (i = 0; i < 3; i++)
	for (j = 0; j < 1; j++)
	  r[i][j] = &q;
    }
  return k;
}

/* { dg-final { scan-gearshift-function-times chunks-unrolled.optimized f "__gearshift_flag" 1 } } */
/* The runs between checks are left empty once LIM has moved the stores
   out of them, and GCC deletes them: only the check's loop is left.  */
/* { dg-final { scan-gearshift-function-times chunks-unrolled.optimized f "ivtmp_\[0-9\]+ = PHI" 0 } } */
