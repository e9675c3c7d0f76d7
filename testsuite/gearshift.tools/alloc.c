/* Allocation sites of heap types (gearshift dump): malloc into a
   variable, calloc through a copy into a field, realloc, an allocator
   of another file declared malloc (the runtime sees whether it passes
   the type on to malloc), and one of this file that does not (a pool);
   a strdup allocates no struct.  */

#include <stdlib.h>
#include <string.h>

struct node { int value; struct node *next; };
struct table { struct node *first; int n; };
struct big { long words[8]; };
struct name { char *text; };

extern void *xmalloc (size_t) __attribute__ ((malloc));

struct node *
push (struct node *head, int value)
{
  struct node *n = malloc (sizeof *n);
  n->value = value;
  n->next = head;
  return n;
}

void
start (struct table *t)
{
  t->first = calloc (1, sizeof (struct node));
  t->n = 1;
}

struct table *
grow (struct table *t, int n)
{
  t = realloc (t, n * sizeof *t);
  t->n = n;
  return t;
}

struct big *
make_big (void)
{
  struct big *b = xmalloc (sizeof *b);
  b->words[0] = 1;
  return b;
}

void
rename_to (struct name *nm, const char *s)
{
  nm->text = strdup (s);
}

struct pooled { int x; };

static void *__attribute__ ((malloc, noinline))
from_pool (size_t n)
{
  static _Alignas (16) char pool[256];
  return n <= sizeof pool ? pool : NULL;
}

struct pooled *
make_pooled (void)
{
  struct pooled *p = from_pool (sizeof *p);
  p->x = 1;
  return p;
}
