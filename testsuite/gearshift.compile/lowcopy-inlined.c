/* A static helper that is not instrumented and is called once, from an
   instrumented function, is inlined there, and its copy for the
   low-gear clone (which calls a copy, so that each has one caller) is
   inlined there too: identical code folding must not merge the copy back
   into the original, which would then have two callers again.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fopt-info-inline-optimized=lowcopy-inlined.vec" } */

typedef struct { float r, i; } cpx;
extern void report (int);

static void
helper (cpx *a, int n)
{
  float x = 0;
  for (int i = 0; i < n; i++)
    {
      x = x * 1.5f + a[i].r * 2.25f - a[i].i;
      a[i].i = x * 0.1f - a[i].i;
      x = x * 2.5f + a[i].r * 3.25f - a[i].i;
      a[i].i = x * 0.2f - a[i].i;
      x = x * 3.5f + a[i].r * 4.25f - a[i].i;
      a[i].i = x * 0.3f - a[i].i;
      x = x * 4.5f + a[i].r * 5.25f - a[i].i;
      a[i].i = x * 0.4f - a[i].i;
      x = x * 5.5f + a[i].r * 1.25f - a[i].i;
      a[i].i = x * 0.5f - a[i].i;
      x = x * 6.5f + a[i].r * 2.25f - a[i].i;
      a[i].i = x * 0.6f - a[i].i;
      x = x * 7.5f + a[i].r * 3.25f - a[i].i;
      a[i].i = x * 0.7f - a[i].i;
      x = x * 8.5f + a[i].r * 4.25f - a[i].i;
      a[i].i = x * 0.8f - a[i].i;
    }
}

int
work (cpx *a, int n, int rounds)
{
  int t = 0;
  for (int r = 0; r < rounds; r++)
    {
      helper (a, n);
      report (t++);
    }
  return t;
}

/* { dg-final { scan-gearshift-file lowcopy-inlined.vec "Inlined helper/\[0-9\]+ into work/" } } */
/* { dg-final { scan-gearshift-file lowcopy-inlined.vec "Inlined helper.gs_lowcopy/\[0-9\]+ into work.gs_low/" } } */
