/* Version 2 of heap-list-grows.c: each node gains a weight, before the
   link to the next; the nodes of version 1 convert field by field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct node { int value; long weight; struct node *next; };
static struct node *head;
static void **held;

GEARSHIFT_CONVERT_BY_NAME (struct node)

static void
push (int v)
{
  struct node *n = malloc (sizeof *n);
  n->value = v;
  n->weight = 10L * v;
  n->next = head;
  head = n;
}

static long weights;

static int
sum (void)
{
  int s = 0;
  weights = 0;
  for (struct node *n = head; n; n = n->next)
    {
      s += n->value;
      weights += n->weight;
    }
  return s;
}

int
main (void)
{
  for (int i = 0; i < 5; i++)
    {
      push (i + 1);
      int s = sum ();
      printf ("v2 i=%d sum=%d weights=%ld held=%d", i, s, weights,
	      ((struct node *) held[0])->value);
      if (i == 3)
	{
	  char msg[1024];
	  int status = gearshift_update_status (msg, sizeof msg);
	  printf (" status %d: %s", status, msg);
	}
      printf ("\n");
      gearshift_update_point ("tick");
    }
  return 0;
}
