/* Innermost loops without calls whose trip count GCC cannot compute
   (sentinel scans, early exits, pointer chasing) are not exempt.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

struct node { struct node *next; int v; };

int
early_exit (int *a, int n)
{
  int i;
  for (i = 0; i < n; i++)
    if (a[i])
      break;
  return i;
}

int
chase (struct node *p)
{
  int s = 0;
  while (p)
    {
      s += p->v;
      p = p->next;
    }
  return s;
}

unsigned
collatz (unsigned x)
{
  unsigned steps = 0;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      steps++;
    }
  return steps;
}

/* { dg-final { scan-gearshift-dump-times "kind=loop" 3 } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 12: a n i$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 22: p s$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 34: x steps$" } } */
