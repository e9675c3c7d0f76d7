/* Version 3 of heap-allocator.c: struct blob gains a field; its object
   came from arena_alloc, which the runtime does not see.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

void *xmalloc (size_t n) __attribute__ ((malloc));
void *zmalloc (size_t n);
void *arena_alloc (size_t n) __attribute__ ((malloc));

struct node { int value; struct node *next; };
struct blob { int x; int y; };
static struct node *head;
static struct blob *blob;

GEARSHIFT_CONVERT_BY_NAME (struct blob)

static void
push_x (int v)
{
  struct node *n = xmalloc (sizeof *n);
  n->value = v;
  n->next = head;
  head = n;
}

/* A constructor, an allocator too (GCC's malloc attribute), whose own
   malloc is typed: the type its caller says is taken all the same.  */
static struct node *__attribute__ ((malloc, noinline))
new_node (int v)
{
  struct node *n = malloc (sizeof *n);
  n->value = v;
  n->next = head;
  return n;
}

static void
push_c (int v)
{
  head = new_node (v);
}

static void
push_z (int v)
{
  struct node *n = zmalloc (sizeof *n);
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
  char msg[1024];

  blob = arena_alloc (sizeof *blob);
  blob->x = 7;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./heap-allocator-v3.so");
      if (i == 3)
	{
	  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg),
		  msg);
	  gearshift_request_update ("./heap-allocator-v2.so");
	}
      if (i % 2)
	push_z (i + 1);
      else if (i == 2)
	push_c (i + 1);
      else
	push_x (i + 1);
      printf ("v1 i=%d sum=%d blob=%d\n", i, sum (), blob->x);
      gearshift_update_point ("tick");
    }
  return 0;
}

