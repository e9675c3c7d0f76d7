/* A point in a loop leaves LIM free to keep a global in a register
   across the loop and store it once after it (store motion): the check
   has no memory operand, which LIM would take for a read it cannot
   analyse (csmith seed 112237 ran 5 times slower for it).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump -fdump-tree-lim2-details=store-motion.lim2" } */

long total;

void
add (const int *p)
{
  while (*p)
    total += *p++;
}

/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop" } } */
/* { dg-final { scan-gearshift-file store-motion.lim2 "Executing store motion of total" } } */
