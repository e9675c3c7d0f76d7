/* A loop of six iterations over a global counter, inside a loop of 3.6
   billion iterations that GCC deletes with it without the plugin (csmith
   seed 700580, -O3, points=auto: 3.4 s against 5 ms, in both gears).
   When the gearshift pass runs, the inner loop's counter is in memory:
   neither loop looks counted, and each gets a point.  LIM then moves the
   counter to a register, and GCC unrolls the inner loop completely at
   cunroll, after the strip-mining pass (gs-chunks.cc), so six copies of
   its check stayed in the outer loop, which could not be strip-mined
   and ran its iterations one check at a time.  The pass runs again
   after cunroll for such loops: it drops the copies, strip-mines the
   outer loop (the run computed at once: MIN_EXPR), and replaces the
   run's final values, so that GCC deletes the run; one check is left,
   between runs, in high gear and in the low-gear clone.  */
/* { dg-do compile } */
/* { dg-options "-O3 -fdump-tree-optimized=chunks-cunroll.optimized" } */

#include <stdint.h>

int8_t g_599;

uint32_t
func (void)
{
  uint32_t l_1164 = 0x29FFF797u;
  int32_t l_1148 = 1;
lbl:
  for (g_599 = 0; g_599 < 6; g_599++)
    if (l_1148)
      continue;
  ++l_1164;
  if (l_1164)
    goto lbl;
  return l_1164;
}

/* { dg-final { scan-gearshift-function-times chunks-cunroll.optimized func "MIN_EXPR" 1 } } */
/* { dg-final { scan-gearshift-function-times chunks-cunroll.optimized func "__gearshift_flag" 1 } } */
/* { dg-final { scan-gearshift-function-times chunks-cunroll.optimized func.gs_low "MIN_EXPR" 1 } } */
