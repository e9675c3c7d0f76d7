/* points=loops: the copy of a short loop does not learn from the test
   that chooses it that it runs fewer than short-loop times.  GCC would
   otherwise optimise it differently from the same loop without the
   plugin: in KissFFT's butterflies, IVOPTs then took a pointer per
   array instead of one index, three more instructions per iteration.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-points=loops -fdump-tree-ivopts-details=short-loop-opaque.ivopts" } */

extern void g (int);

void
f (float *a, int n, int r)
{
  for (int j = 0; j < r; j++)
    {
      for (int i = 0; i < n; i++)
	a[i] = a[i] * 2.0f + 1.0f;
      g (j);
    }
}

/* { dg-final { scan-gearshift-file short-loop-opaque.ivopts "of iterations \\(unsigned int\\) n_\[0-9\]+\\(D\\) \\+ 4294967295, bounded by 2147483646" } } */
/* { dg-final { scan-gearshift-file-not short-loop-opaque.ivopts "bounded by 409\[0-9\]" } } */
