/* gear=low sends every direct call between instrumented functions to the
   low-gear clones (the paper's save/restore configuration, for benchmarks).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=low -fplugin-arg-gearshift-dump" } */

extern int work (int);

int
leaf (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)	/* A call: a point here.  */
    s += work (i);
  return s;
}

int
caller (int n)
{
  return leaf (n) + leaf (n + 1);
}

/* Both bodies of caller call leaf's clone, twice each.  */
/* { dg-final { scan-gearshift-dump-times "= leaf.gs_low \\(" 4 } } */
/* { dg-final { scan-gearshift-dump-not "= leaf \\(" } } */
