/* heap=plain: allocations of struct types stay malloc's, and free is
   free: nothing goes to the typed allocator.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-heap=plain -fplugin-arg-gearshift-dump" } */

#include <stdlib.h>

struct node { int value; struct node *next; };

struct node *
push (struct node *head, int v)
{
  struct node *n = malloc (sizeof *n);
  n->value = v;
  n->next = head;
  return n;
}

void
pop (struct node *n)
{
  free (n);
}

/* { dg-final { scan-gearshift-dump "= malloc \\(16\\)" } } */
/* { dg-final { scan-gearshift-dump-not "__gearshift_(malloc|free)" } } */
