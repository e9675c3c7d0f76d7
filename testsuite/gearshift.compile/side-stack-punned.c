/* A variable whose address is taken only to read it through another
   type ("*(i64 *) &x", SQLite's vdbeRecordCompareInt) or to copy into it
   with memcpy stays off the side stack: GCC makes it a register once the
   address is propagated into the access, as its first optimisations
   would.  A variable whose address escapes still moves.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdump-tree-optimized=side-stack-punned.opt" } */

#include <string.h>

typedef unsigned long long u64;
typedef long long i64;
extern int g (i64);
extern void keep (int *);

i64
punned (const unsigned char *a, int t)
{
  u64 x;
  unsigned y;
  i64 lhs;
  switch (t)
    {
    case 1:
      y = a[0] | a[1] << 8;
      lhs = (i64) *(int *) &y;
      break;
    case 2:
      memcpy (&x, a, sizeof x);
      lhs = *(i64 *) &x;
      break;
    default:
      lhs = g (t);
    }
  return lhs + g (lhs);
}

int
escapes (int n)
{
  int z = n;
  keep (&z);
  return z + g (z);
}

/* { dg-final { scan-gearshift-file-not side-stack-punned.opt {Function punned \(punned,(?:(?!Function)(?:.|\n))*__gearshift_side_} } } */
/* { dg-final { scan-gearshift-file side-stack-punned.opt {Function escapes \(escapes,(?:(?!Function)(?:.|\n))*__gearshift_side_} } } */
