/* The low-gear clones, which a program that is never updated never
   runs, are laid out with the cold code (section
   .text.unlikely.gearshift), away from the high-gear bodies.  */
/* { dg-do compile } */

extern int g (int);

int
f (int n, int *a)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += g (a[i]);
  return s;
}

/* { dg-final { scan-gearshift-file low-gear-section.s {\.section\t\.text\.unlikely\.gearshift,"ax",@progbits\n(?:\t\.[^\n]*\n)*f\.gs_low:} } } */
/* And f is not in it: no switch back to another section between the
   low-gear section's directive and f (with unwind=eh, GCC switches back
   to the clone's section after its exception table, to close it).  */
/* { dg-final { scan-gearshift-file-not low-gear-section.s {\.section\t\.text\.unlikely\.gearshift[^\n]*\n(?:\t\.(?!text|section)[^\n]*\n)*f:} } } */
