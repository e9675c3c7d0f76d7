/* A loop that makes a call (one that may block, for all the plugin
   knows) keeps its check on every iteration even when GCC counts its
   iterations: runs of 4096 iterations would make an update wait for
   4096 calls (gs-chunks.cc, calls_nothing_p).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-points=loops -fdump-tree-optimized=chunks-calls.optimized" } */

extern int slow (int);

long
sum_slow (void)
{
  long t = 0;
  for (int i = 0; i < 100000; i++)
    t += slow (i);
  return t;
}

/* { dg-final { scan-gearshift-file chunks-calls.optimized "slow \\(i_" } } */
/* { dg-final { scan-gearshift-file-not chunks-calls.optimized "MIN_EXPR" } } */
