/* The check at an update point is two instructions that need no
   register: the flag compared with zero in memory, and a branch to the
   save path.  No load of the flag into a register, no test of it
   there.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-unwind=check" } */

extern int g (int);

int
f (int n, int *a)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += g (a[i]);
  return s;
}

/* The loop's point and the check after the call (unwind=check).  */
/* { dg-final { scan-gearshift-file check-two-insns.s {cmpl\t\$0, __gearshift_flag\(%rip\)\n\tjne\t\.L[0-9]+\n(?:(?:.|\n)*)cmpl\t\$0, __gearshift_flag\(%rip\)\n\tjne\t\.L[0-9]+\n} } } */
/* { dg-final { scan-gearshift-file-not check-two-insns.s {mov[lq]?\t__gearshift_flag} } } */
