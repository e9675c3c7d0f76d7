/* A loop whose condition compares a call's result: the call point ends
   the loop header.  With -g (debug statements after the call) it broke.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int next (int);

int
count_up (int n)
{
  int k = 0;
  while (next (k) > n)
    k++;
  return k;
}
