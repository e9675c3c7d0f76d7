/* By default (gear=dual) calls go to the high-gear functions; only the
   restore path of a low-gear clone enters other low-gear clones.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

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

/* { dg-final { scan-gearshift-dump-times "= leaf \\(" 4 } } */
/* { dg-final { scan-gearshift-dump-not "= leaf.gs_low \\(" } } */
/* { dg-final { scan-gearshift-dump "__gearshift_next_low \\(\\)" } } */
