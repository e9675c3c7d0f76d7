/* Version 2 of heap-type-changed.c: each node gains a weight, before
   the link to the next.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct node { int value; long weight; struct node *next; };
static struct node *head;

static void
push (int v)
{
  struct node *n = malloc (sizeof *n);
  n->value = v;
  n->weight = 10L * v;
  n->next = head;
  head = n;
}

static long
sum (void)
{
  long s = 0;
  for (struct node *n = head; n; n = n->next)
    s += n->value + n->weight;
  return s;
}

int
main (void)
{
  for (int i = 0; i < 5; i++)
    {
      push (i + 1);
      printf ("v2 i=%d sum=%ld\n", i, sum ());
      gearshift_update_point ("tick");
    }
  return 0;
}
