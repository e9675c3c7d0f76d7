/* In a shared object (-fPIC: an update object), the code takes the
   address of a function of the program from a variable, which the
   runtime points at the function's first address when the object
   becomes the running version (gs-canon.cc): "&handler" below loads
   __gs_fnaddr.canon-addresses.c.handler.  Not the address of a library
   function (qsort's comparator is the program's, qsort is not), and
   not a nested function's, whose address the trampoline built-in takes
   itself (gcc.c-torture/execute/nestfunc-3.c made GCC fail in expand
   when it was given a variable).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fPIC" } */

#include <stdlib.h>

extern void keep (void (*) (int));
extern void run (int (*) (int));

static void __attribute__ ((noinline))
handler (int x)
{
  keep ((void (*) (int)) (long) x);
}

static int
cmp (const void *a, const void *b)
{
  return *(const int *) a - *(const int *) b;
}

void
install (int *v, size_t n)
{
  keep (handler);
  qsort (v, n, sizeof *v, cmp);
}

int
outer (int k)			/* { dg-warning "contains a nested function" } */
{
  int nested (int x) { return x + k; }	/* { dg-warning "is a nested function" } */
  run (nested);
  return k;
}

/* { dg-final { scan-gearshift-file canon-addresses.s {__gs_fnaddr\.canon_addresses\.c\.handler\(%rip\)} } } */
/* { dg-final { scan-gearshift-file canon-addresses.s {__gs_fnaddr\.canon_addresses\.c\.cmp\(%rip\)} } } */
/* { dg-final { scan-gearshift-file-not canon-addresses.s {__gs_fnaddr[^\n]*(qsort|nested)} } } */
