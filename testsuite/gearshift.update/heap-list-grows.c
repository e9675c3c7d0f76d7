/* The nodes of a linked list live in the heap, and their struct gains a
   field in version 2, before the link: version 2 says to convert them
   field by field, and the update (which lands in sum's loop) does, in
   place: every node keeps its
   value and its link at their new offsets, the new field starts at
   zero, and pointers to the nodes (the head, the nodes' own links, a
   pointer held in a table from malloc that the runtime knows nothing
   of) still reach them.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-list-grows-v2/heap-list-grows.c=heap-list-grows-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct node { int value; struct node *next; };
static struct node *head;
static void **held;		/* Untyped: a void * table.  */

static void
push (int v)
{
  struct node *n = malloc (sizeof *n);
  n->value = v;
  n->next = head;
  head = n;
}

static int
sum (void)
{
  int s = 0;
  for (struct node *n = head; n; n = n->next)
    s += n->value;
  return s;
}

int
main (void)
{
  held = malloc (4 * sizeof *held);
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	{
	  held[0] = head;
	  gearshift_request_update ("./heap-list-grows-v2.so");
	}
      push (i + 1);
      printf ("v1 i=%d sum=%d\n", i, sum ());
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 sum=1\n" } */
/* { dg-output "v1 i=1 sum=3\n" } */
/* { dg-output "v2 i=2 sum=6 weights=0 held=2\n" } */
/* { dg-output "v2 i=3 sum=10 weights=40 held=2 status 0: updated to \[^\n\]*; converted in the heap: struct node \\(3 objects\\)\n" } */
/* { dg-output "v2 i=4 sum=15 weights=90 held=2\n$" } */
