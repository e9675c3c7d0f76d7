/* With gear=low the low-gear clones are the program: they stay in the
   ordinary text.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=low" } */

extern int g (int);

int
f (int n, int *a)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += g (a[i]);
  return s;
}

/* { dg-final { scan-gearshift-file low-gear-section-gear-low.s {f\.gs_low:} } } */
/* { dg-final { scan-gearshift-file-not low-gear-section-gear-low.s {\.text\.unlikely\.gearshift} } } */
