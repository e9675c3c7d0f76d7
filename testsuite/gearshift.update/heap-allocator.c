/* Objects allocated by the program's own allocators, in another file:
   xmalloc, declared with GCC's malloc attribute, and zmalloc, named by
   -fplugin-arg-gearshift-allocator=xstrdup,zmalloc, pass the type their callers
   say on to malloc and calloc, so an update converts their objects as
   it does those of malloc (version 2 adds a field to the list's
   nodes).  arena_alloc, declared so too, returns memory of its own: its
   objects are not seen, and an update that changes their type (version
   3) is refused, naming where they come from, version 1 going on.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-allocator=xstrdup,zmalloc" } */
/* { dg-additional-sources "versions/heap-allocator-v1/alloc.c" } */
/* { dg-versions "versions/heap-allocator-v2/heap-allocator.c,versions/heap-allocator-v1/alloc.c=heap-allocator-v2.so versions/heap-allocator-v3/heap-allocator.c,versions/heap-allocator-v1/alloc.c=heap-allocator-v3.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

void *xmalloc (size_t n) __attribute__ ((malloc));
void *zmalloc (size_t n);
void *arena_alloc (size_t n) __attribute__ ((malloc));

struct node { int value; struct node *next; };
struct blob { int x; };
static struct node *head;
static struct blob *blob;

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

/* { dg-output "^v1 i=0 sum=1 blob=7\n" } */
/* { dg-output "v1 i=1 sum=3 blob=7\n" } */
/* { dg-output "v1 i=2 sum=6 blob=7\n" } */
/* { dg-output "status -8: update to \[^ \]+/heap-allocator-v3.so refused: struct blob changed layout, and objects of it were allocated by a function that did not pass the type on to malloc \\(one called first at heap-allocator.c:76: a library's allocator, or one that returns other memory than what malloc returned\\), so an update cannot find them; if none is alive outside the globals and frames an update maps, say so in the new version with GEARSHIFT_TYPE_NOT_IN_HEAP \\(struct blob\\)\n" } */
/* { dg-output "v2 i=3 sum=10 weights=0 blob=7\n" } */
/* { dg-output "v2 i=4 sum=15 weights=50 blob=7 status 0: updated to \[^\n\]*; converted in the heap: struct node \\(4 objects\\)\n" } */
/* { dg-output "v2 i=5 sum=21 weights=110 blob=7\n$" } */
