/* The side stack of address-taken locals costs no call in high gear:
   the block is a bump of the thread's top, calling the runtime only
   when it would not fit (a thread's first block), and the return a
   store of the top.  The low-gear clone, which may hold a block an
   update made on the heap, still releases through the runtime.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdump-tree-optimized=side-stack-inline.opt" } */

extern void fill (int *, int);

long
work (int n)
{
  int a[16];
  fill (a, 16);
  long s = 0;
  for (int i = 0; i < 16; i++)
    s += a[i] * n;
  return s;
}

/* Each pattern spans the body of one function (up to the next
   "Function" header of the dump).  */
/* { dg-final { scan-gearshift-file side-stack-inline.opt {Function work \(work,(?:(?!Function)(?:.|\n))*= __gearshift_side_end;} } } */
/* { dg-final { scan-gearshift-file side-stack-inline.opt {Function work \(work,(?:(?!Function)(?:.|\n))*__gearshift_side_top = } } } */
/* { dg-final { scan-gearshift-file-not side-stack-inline.opt {Function work \(work,(?:(?!Function)(?:.|\n))*__gearshift_side_release \(} } } */
/* { dg-final { scan-gearshift-file side-stack-inline.opt {Function work.gs_low (?:(?!Function)(?:.|\n))*__gearshift_side_release \(} } } */
