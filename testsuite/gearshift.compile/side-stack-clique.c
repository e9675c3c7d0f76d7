/* In the low-gear clone, the pointers to the address-taken locals on
   the side stack come from the prologue or from the captured frame, so
   GCC cannot see from them that A and B do not overlap; the references
   through them carry a dependence clique of their own, one base per
   variable (gs-side.cc), and LIM keeps both in registers through the
   loop, as in high gear.  Without it the low-gear clone loaded and
   stored both on every iteration (csmith seed 611807 spent longer in
   such a loop: 0.89 s against 1.02 s, with gear=low).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=low -fdump-tree-lim2-details=side-stack-clique.lim2" } */

void see (int *, int *);

int
f (int n)
{
  int a = 0;
  int b = 3;
  see (&a, &b);
  for (int i = 0; i < n; i++)
    {
      b += a;
      a += 2;
    }
  see (&a, &b);
  return b;
}

/* { dg-final { scan-gearshift-function-times side-stack-clique.lim2 f.gs_low "^Executing store motion" 2 } } */
/* { dg-final { scan-gearshift-function-times side-stack-clique.lim2 f "^Executing store motion" 2 } } */
