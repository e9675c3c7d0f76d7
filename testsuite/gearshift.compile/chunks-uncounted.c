/* A loop that GCC cannot count (its counter steps down by 3 and may
   wrap) but that stores to memory runs between checks in runs of at most
   short-loop (4096) iterations, counted beside its own exit test
   (gs-chunks.cc): with no check in it, LIM moves its stores, which may
   write the same variable, out of it, as it does without the plugin.
   With the check, and the save path leaving the loop there, it stored
   both on every iteration: csmith seed 5002 ran 7 times slower.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=dual -fdump-tree-lim4-details=chunks-uncounted.lim4 -fdump-tree-optimized=chunks-uncounted.optimized" } */

static unsigned g_count;
static unsigned long g_wide;
static unsigned long g_other;
unsigned long *g_p = &g_other;

void
retarget (void)
{
  g_p = &g_wide;
}

void
spin (unsigned n, unsigned long v)
{
  unsigned long *p = g_p;
  for (g_count = n; g_count > 1; g_count -= 3)
    {
      g_wide = 4294967162;
      *p = v;
    }
}

/* In high gear and in low, runs of 4096, and both stores moved.  */
/* { dg-final { scan-gearshift-file chunks-uncounted.optimized ";; Function spin.gs_low\[^\\n\]*\\n(?:(?!;; Function)\[^\\n\]*\\n)*\[^\\n\]*\"0\" 4096" } } */
/* { dg-final { scan-gearshift-file chunks-uncounted.optimized ";; Function spin \[^\\n\]*\\n(?:(?!;; Function)\[^\\n\]*\\n)*\[^\\n\]*\"0\" 4096" } } */
/* { dg-final { scan-gearshift-file chunks-uncounted.lim4 ";; Function spin.gs_low\[^\\n\]*\\n(?:(?!;; Function)\[^\\n\]*\\n)*Executing store motion of g_wide\[^\\n\]*\\nExecuting store motion of \\*p_" } } */
/* { dg-final { scan-gearshift-file chunks-uncounted.lim4 ";; Function spin \[^\\n\]*\\n(?:(?!;; Function)\[^\\n\]*\\n)*Executing store motion of g_wide\[^\\n\]*\\nExecuting store motion of \\*p_" } } */
