/* Innermost loops without calls whose trip count GCC cannot bound
   (pointer chasing, a sentinel or a computed condition) are not exempt;
   a loop with an early exit is when another exit bounds it (it ends
   within n iterations).  */
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

/* { dg-final { scan-gearshift-dump-times "kind=loop" 2 } } */
/* { dg-final { scan-gearshift-dump "exempt loop1: innermost, no call, iteration count bounded" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 24: p s$" } } */
/* { dg-final { scan-gearshift-dump "point 0 loop1 kind=loop line 36: x steps$" } } */
