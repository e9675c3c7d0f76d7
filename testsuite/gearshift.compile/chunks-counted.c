/* A loop that only GCC's optimisations make counted (its counter is a
   global, kept in a register by LIM) runs between checks as a loop
   without one, at most short-loop (4096) iterations at a time
   (gs-chunks.cc): GCC then replaces it by its final value, as it does
   without the plugin.  csmith seed 120376 ran 7 times slower with a
   check in every iteration.  The flag that LIM adds to say whether the
   loop stored the global gets its final value outside the loop, so
   that nothing is left in it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=dual -fdump-tree-optimized=chunks-counted.optimized" } */

unsigned counter;

void
count_down (void)
{
  int go = 920;
again:
  --counter;
  if (go)
    {
      if (counter)
	goto again;
    }
}

/* The loop and its clone in low gear: each a check every 4096
   iterations, and no loop left inside (its count, ivtmp, would be).  */
/* { dg-final { scan-gearshift-file chunks-counted.optimized "MIN_EXPR <_\[0-9\]+, 4095>" } } */
/* { dg-final { scan-gearshift-file-not chunks-counted.optimized "ivtmp" } } */
