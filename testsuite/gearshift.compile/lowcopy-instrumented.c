/* A static helper with points, called once from an instrumented
   function, is inlined there, and its copy for the low-gear clone is
   inlined there too: the metadata does not take the helper's address
   (which would keep it out of line) until GCC outputs a body of it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=loops -fopt-info-inline-optimized=lowcopy-instrumented.vec" } */

typedef struct { float r, i; } cpx;
extern void report (int);

static void
helper (cpx *a, int n, float w)
{
  for (int i = 0; i < n; i++)
    {
      float t = a[i].r * w - a[i].i;
      a[i].i = a[i].r + a[i].i * w;
      a[i].r = t;
    }
}

int
work (cpx *a, int n, int rounds)
{
  int t = 0;
  for (int r = 0; r < rounds; r++)
    {
      helper (a, n, 0.5f + r);
      report (t++);
    }
  return t;
}

/* { dg-final { scan-gearshift-dump "function helper: instrumented" } } */
/* { dg-final { scan-gearshift-file lowcopy-instrumented.vec "Inlined helper/\[0-9\]+ into work/" } } */
/* { dg-final { scan-gearshift-file lowcopy-instrumented.vec "Inlined helper.gs_lowcopy/\[0-9\]+ into work.gs_low/" } } */
