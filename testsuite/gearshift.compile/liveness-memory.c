/* Non-address-taken arrays are saved whole (memory) at every point in their
   scope; address-taken locals are saved as side-stack pointers while live.  */
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

int
array_scope (int n)
{
  {
    int tab[4] = { 0 };
    tab[n & 3] = work (n);
    n = tab[(n + 1) & 3] + tab[n & 3];
    work (n);
  }
  return work (n);
}

int
pointer_live (int n)
{
  int acc = n;
  use (&acc);
  int r = work (acc);
  use (&r);
  return work (r);
}

/* buf is saved whole; k, address-taken, lives on the side stack and its
   pointer is saved, like tmp.0, the pointer to the function's side block
   (live until the block is released on return).  */
/* { dg-final { scan-gearshift-dump "field buf: int .4. .*offset 4 memory$" } } */
/* { dg-final { scan-gearshift-dump "field k: int \\* .p. offset 24 indirect$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 14: n buf k i tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:use:1 kind=call line 16: n buf k i tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:work:1 kind=call line 17: n buf k i tmp.0$" } } */

/* inner, address-taken, is not read after use returns: its pointer is dead
   there, so it is not saved.  */
/* { dg-final { scan-gearshift-dump-not "field inner:" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:use:1 kind=call line 27: n tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 29: tmp.0$" } } */

/* tab is saved at every point in its scope, even where it is not read
   after (line 39), and not outside it.  */
/* { dg-final { scan-gearshift-dump "field tab: int .4. .*offset 4 memory$" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:work:1 kind=call line 37: n tab tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:2 kind=call line 39: n tab$" } } */
/* { dg-final { scan-gearshift-dump "function array_scope: instrumented, 2 points, frame \[0-9\]+ bytes, passes$" } } */

/* The pointers to acc and r are set on entry and saved until their last
   use: acc's until it is read for work, r's until it is read at the end.  */
/* { dg-final { scan-gearshift-dump "field acc: int \\* .p. offset 0 indirect$" } } */
/* { dg-final { scan-gearshift-dump "field r: int \\* .p. offset 8 indirect$" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:use:1 kind=call line 48: acc r tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:work:1 kind=call line 49: r tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 2 call:use:2 kind=call line 50: r tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "point 3 call:work:2 kind=call line 51: tmp.0$" } } */
