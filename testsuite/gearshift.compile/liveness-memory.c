/* Address-taken locals and arrays live in memory: they are saved whole
   (flagged memory) at every point in their scope, even if not read after.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int work (int);
extern void use (int *);

int
mem (int n)
{
  int buf[4] = { 0 };
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      use (&k);
      buf[i & 3] += work (i);
    }
  return buf[0];
}

int
scoped (int n)
{
  {
    int inner[8];
    use (inner);
  }
  return work (n);
}

/* { dg-final { scan-gearshift-dump "field buf: int .4. .*offset 4 memory$" } } */
/* { dg-final { scan-gearshift-dump "field k: int .i4. offset 20 memory$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 14: n buf k i$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:work:1 kind=call line 17: n buf k i$" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:use:1 kind=call line 27: n inner$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 29:$" } } */
