/* const and pure functions may have their calls moved or merged by GCC:
   refused with a warning when they loop, silently when they do not.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

__attribute__ ((const)) int
tri (int n) /* { dg-warning "'tri' is not instrumented: it is const or pure: GCC may move or merge its calls" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += i;
  return s;
}

__attribute__ ((pure)) int
len (const char *p) /* { dg-warning "'len' is not instrumented: it is const or pure" } */
{
  int n = 0;
  while (*p++)
    n++;
  return n;
}

__attribute__ ((const)) int
triple (int n)
{
  return 3 * n;
}

/* { dg-final { scan-gearshift-dump "function tri: not instrumented: it is const or pure: GCC may move or merge its calls$" } } */
/* { dg-final { scan-gearshift-dump "function len: not instrumented: it is const or pure" } } */
/* { dg-final { scan-gearshift-dump "function triple: not instrumented: no need$" } } */
