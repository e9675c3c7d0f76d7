/* A loop that computes nothing is deleted, as it is without the plugin,
   even in the scope of a struct that a point saves: the struct stays in
   memory, so its end-of-scope clobber stays in the loop, and GCC keeps a
   loop that clobbers (csmith seed 111634: 4 billion iterations counting
   a 32-bit counter until it wraps, 30 times slower than plain).  The
   plugin drops such clobbers (gs-chunks.cc).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdump-tree-optimized=chunks-clobber.optimized" } */

struct S { int a; long b; };
struct node { struct node *next; int v; };
long sink;

void
scoped (unsigned x, struct node *list)
{
  unsigned i = x;
again:
  i++;
  {
    struct S s = { 1958, 2 };
    if (i)
      goto again;
    for (struct node *p = list; p; p = p->next)
      sink += s.a * p->v + s.b;
  }
}

/* No counting left, in high gear or low.  */
/* { dg-final { scan-gearshift-file chunks-clobber.optimized "scoped.gs_low" } } */
/* { dg-final { scan-gearshift-file-not chunks-clobber.optimized "i_\[0-9\]+ = i_\[0-9\]+ \\+ 1" } } */
