/* store-motion.c in a shared object (-fPIC), where the check takes the
   flag's address in a register: LIM still moves the store of the
   global out of the loop.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fPIC -fplugin-arg-gearshift-dump -fdump-tree-lim2-details=store-motion-pic.lim2" } */

long total;

void
add (const int *p)
{
  while (*p)
    total += *p++;
}

/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop" } } */
/* { dg-final { scan-gearshift-file store-motion-pic.lim2 "Executing store motion of total" } } */
