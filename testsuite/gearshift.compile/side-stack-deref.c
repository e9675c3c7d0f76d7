/* A local whose address only a pointer variable of the source holds, and
   that pointer (or a pointer to it) only dereferenced, stays off the side
   stack, as GCC's first optimisations would make it a register (csmith
   seed 112237: four such pointers kept a loop's variables in memory, at
   three times the plain build's time).  A pointer that escapes keeps its
   variable there.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (long);

int
deref_only (int n)
{
  int x = 0;
  int *p = &x;
  int **pp = &p;
  for (int i = 0; i < n; i++)
    **pp += work (i);
  return x;
}

int
escapes (int n)
{
  int y = 0;
  int *q = &y;
  for (int i = 0; i < n; i++)
    work (*q += i);
  work ((long) q);
  return y;
}

/* { dg-final { scan-gearshift-dump "function deref_only: instrumented, 2 points, frame 12 bytes$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 19: n x i$" } } */
/* { dg-final { scan-gearshift-dump "field y: int \\* .p. offset 8 indirect$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 29: n y q i tmp.0$" } } */
