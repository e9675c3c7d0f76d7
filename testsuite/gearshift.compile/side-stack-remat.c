/* In high gear, the pointer to a variable on the side stack is computed
   again from the block wherever it is used as a value (an argument, the
   save path's store), through an empty asm that GCC cannot see through,
   rather than computed once on entry: a pointer that every save path
   reads would be live everywhere, and GCC would keep each one on the
   stack.  The low-gear clone keeps the pointers it restores.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdump-tree-optimized=side-stack-remat.opt" } */

extern void step (int *, int *);

int
work (int n)
{
  int a = 0, b = 1;
  for (int i = 0; i < n; i++)
    step (&a, &b);
  return a + b;
}

/* { dg-final { scan-gearshift-file side-stack-remat.opt {Function work \(work,(?:(?!Function)(?:.|\n))*__asm__\("" : "=r" _[0-9]+ : "0" _[0-9]+\);\n  _[0-9]+ = _[0-9]+ \+ [0-9]+;\n  MEM\[\(struct  \*\)_[0-9]+\]\.[ab] =\{v\} _[0-9]+;} } } */
/* { dg-final { scan-gearshift-file-not side-stack-remat.opt {Function work.gs_low (?:(?!Function)(?:.|\n))*__asm__\("" : "=r" _[0-9]+ : "0"} } } */
