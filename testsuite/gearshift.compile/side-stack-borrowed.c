/* A local whose address a callee only borrows stays in the frame, off
   the side stack: a function of the unit that is not instrumented and
   only dereferences its parameter, or a built-in function that GCC
   knows keeps nothing (memset; memcpy with its result unused).  The
   frame saves such a variable by value, as "memory".  An address that a
   callee may keep (stored in a global, returned by memcpy, passed to an
   instrumented function or to one defined elsewhere) keeps its variable
   on the side stack.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

#include <string.h>

extern int work (long);
static int *kept;

static void __attribute__ ((noinline))
get (unsigned *p, int i)
{
  *p = i * 3u;
}

static void __attribute__ ((noinline))
keep (int *p)
{
  kept = p;
}

long
borrowed (int n)
{
  unsigned v;
  char buf[16];
  long sum = 0;
  for (int i = 0; i < n; i++)
    {
      get (&v, i);
      memset (buf, i, sizeof buf);
      sum += v + buf[3] + work (i);
    }
  return sum;
}

long
escaping (int n)
{
  int a = 1, b = 2, c = 3;
  char src[8] = "abcdefg", *d;
  keep (&a);
  d = memcpy (src, "ABCDEFG", 8);
  work ((long) &b);
  for (int i = 0; i < n; i++)
    a += work (i) + d[i & 7] + *kept;
  return a + b + c;
}

/* { dg-final { scan-gearshift-dump "field v: unsigned int \\\[u4\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump "field buf: char \\\[16\\\] \\\[\\\[16\\\]i1\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump "field a: int \\* .p. offset \[0-9\]+ indirect$" } } */
/* { dg-final { scan-gearshift-dump "field b: int \\* .p. offset \[0-9\]+ indirect$" } } */
/* { dg-final { scan-gearshift-dump "field c: int \\\[i4\\\] offset \[0-9\]+$" } } */
/* { dg-final { scan-gearshift-dump-not "field src: char \\\[8\\\] \\\[\\\[8\\\]i1\\\] offset \[0-9\]+ memory" } } */
