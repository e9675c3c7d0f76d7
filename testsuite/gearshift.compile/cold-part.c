/* GCC's hot/cold partitioning stays on: the save paths and landing pads
   of f and g, and g's call of h after a cold call, go to their cold parts
   ("f.cold", "g.cold"), out of the hot text; the function table records
   where each cold part starts, beside its body, so that the runtime
   knows a frame whose code is there.  The low-gear clones, all cold
   already, stay whole (low-gear-section.c; cold-part-low.c for
   gear=low, where they are split too).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern void report (void) __attribute__ ((cold));
extern int h (int);

int
f (int *a)
{
  int s = 0;
  while (*a)
    s += *a++ * 3;
  return s;
}

int
g (int x)
{
  if (x > 100)
    {
      report ();
      return h (x) + x;
    }
  return x;
}

/* { dg-final { scan-gearshift-file cold-part.s {\nf\.cold:\n} } } */
/* { dg-final { scan-gearshift-file cold-part.s {\ng\.cold:\n(?:[^\n]*\n)*?[^\n]*call\th(?:@PLT)?\n} } } */
/* { dg-final { scan-gearshift-file cold-part.s {\t\.quad\tf\n\t\.quad\tf\.gs_low\n\t\.quad\t0\n\t\.quad\tf\.cold\n\t\.quad\t0\n} } } */
/* { dg-final { scan-gearshift-file cold-part.s {\t\.quad\tg\n\t\.quad\tg\.gs_low\n\t\.quad\t0\n\t\.quad\tg\.cold\n\t\.quad\t0\n} } } */
/* { dg-final { scan-gearshift-file-not cold-part.s {gs_low\.cold} } } */
