/* A loop whose point's check follows its exit test, where the save
   path, when the push declines, comes back into the loop at a block of
   its own before the latch: that block merged the same value from the
   check and from the save path, a PHI that kept it from looking empty,
   and the check did not count as right before the latch, so the loop
   was not strip-mined, and ran its 2 billion iterations one check at a
   time where the plain build computes it away (csmith seed 640871,
   -O3 points=loops: 1 s against 4 ms, in both gears).  Such PHIs are
   folded now, and empty blocks may come between the check and the
   latch: the loop runs in runs of 4096 iterations between checks, each
   computed at once (MIN_EXPR), in high gear and in the low-gear clone,
   which strip-mines its inner loop too.  */
/* { dg-do compile } */
/* { dg-options "-O3 -fplugin-arg-gearshift-points=loops -fdump-tree-optimized=chunks-latch-merge.optimized" } */

#include <stdint.h>

int32_t g_3;
int8_t g_22, g_833;

uint16_t
func_1 (void)
{
  int32_t *l_2 = &g_3;
  int32_t l_6 = -1;
  int32_t *l_9 = &l_6;
  int32_t *l_14[5];
  uint32_t l_15 = 0x82A10AA4L;
  int8_t *l_832[2][6] = { { &g_833, &g_833, &g_833, &g_833, &g_833, &g_833 },
			  { &g_833, &g_833, &g_833, &g_833, &g_833, &g_833 } };
  int32_t l_2151 = 0L;
  int i;
  for (i = 0; i < 5; i++)
    l_14[i] = &g_3;
lbl_2150:
  l_15++;
  for (l_6 = 0; (l_6 <= 4); l_6 += 1)
    {
      uint8_t l_20[8][9] = { { 1UL, 0x50L, 0UL } };
      int8_t *l_21 = &g_22;
      int32_t l_2147[4] = { (-10L), (-10L), (-10L), (-10L) };
      (void) l_20;
      (void) l_21;
      (void) l_2147;
    }
  if (l_15)
    goto lbl_2150;
  (void) l_2;
  (void) l_9;
  (void) l_14;
  (void) l_832;
  return l_2151;
}

/* { dg-final { scan-gearshift-function-times chunks-latch-merge.optimized func_1 "MIN_EXPR" 1 } } */
/* { dg-final { scan-gearshift-function-times chunks-latch-merge.optimized func_1.gs_low "MIN_EXPR" 2 } } */
