/* chunks-unrolled.c with gear=low, where the low-gear clone runs: its
   restore path reads the local array R back from the frame, so R stays
   in memory until the end, and its stores go only once DSE sees R's
   end-of-scope clobber after them, after the loop passes.  The clobber
   alone then kept the runs between checks from being deleted: an empty
   loop of two billion iterations (csmith seed 611807, -O3 points=loops
   gear=low: 0.9 s against nothing without the plugin).  Such clobbers
   now go after the loop passes too (gs-chunks.cc).  */
/* { dg-do compile } */
/* { dg-options "-O3 -fplugin-arg-gearshift-points=loops -fplugin-arg-gearshift-gear=low -fdump-tree-optimized=chunks-unrolled-low.optimized" } */

#include "chunks-unrolled.c"

/* { dg-final { scan-gearshift-function-times chunks-unrolled-low.optimized f.gs_low "ivtmp_\[0-9\]+ = PHI" 0 } } */
