/* The nodes of a linked list live in the heap, and their struct gains a
   field in version 2, which does not say how to convert them: the
   update is refused, naming the type, how its fields changed, where
   version 1 uses and allocates it, and what to write; version 1 goes on
   with its list intact.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-type-changed-v2/heap-type-changed.c=heap-type-changed-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct node { int value; struct node *next; };
static struct node *head;

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
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./heap-type-changed-v2.so");
      push (i + 1);
      printf ("v1 i=%d sum=%d\n", i, sum ());
      gearshift_update_point ("tick");
    }
  char msg[1024];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 sum=1\n" } */
/* { dg-output "v1 i=1 sum=3\n" } */
/* { dg-output "v1 i=2 sum=6\n" } */
/* { dg-output "v1 i=3 sum=10\n" } */
/* { dg-output "v1 i=4 sum=15\n" } */
/* { dg-output "status -8: update to \[^ \]+/heap-type-changed-v2.so refused: struct node changed layout \\(field next moved from offset 8 to 16, field weight added\\) and is used through a pointer \\(heap-type-changed.c:20\\): its objects in the heap \\(allocated at heap-type-changed.c:19\\) convert only if the new version says how: GEARSHIFT_CONVERT_BY_NAME \\(struct node\\) copies the fields of the same name and layout, GEARSHIFT_TRANSFORM_TYPE \\(struct node, fn\\) calls fn for each\n$" } */
