/* heap=typed (the default): an allocation into a pointer to a struct
   goes to the runtime's typed allocator with its type's row (also
   through copies, and with -fno-builtin), an untyped one stays malloc's,
   and every free, realloc and malloc_usable_size of the unit, called or
   taken by address, goes to the allocator's own.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fno-builtin -fplugin-arg-gearshift-dump" } */

#include <malloc.h>
#include <stdlib.h>

struct node { int value; struct node *next; };
struct list { struct node *first; int n; };

extern void keep (void (*) (void *), void *);
struct list *the_list;
char *text;

struct node *
push (struct list *l, int v)
{
  struct node *n = malloc (sizeof *n);
  n->value = v;
  n->next = l->first;
  l->first = n;
  return n;
}

void
start (void)
{
  the_list = calloc (1, sizeof *the_list);
  text = malloc (64);
  keep (free, text);
}

size_t
done (struct node *n)
{
  size_t s = malloc_usable_size (n);
  text = realloc (text, 128);
  free (n);
  return s;
}

/* { dg-final { scan-gearshift-dump "__gearshift_malloc \\(16, &__gs_types" } } */
/* { dg-final { scan-gearshift-dump "__gearshift_calloc \\(1, 16, &__gs_types" } } */
/* { dg-final { scan-gearshift-dump "= malloc \\(64\\)" } } */
/* { dg-final { scan-gearshift-dump "keep \\(__gearshift_free, " } } */
/* { dg-final { scan-gearshift-dump "__gearshift_realloc \\(\[^,\]*, 128, 0B\\)" } } */
/* { dg-final { scan-gearshift-dump "__gearshift_free \\(n_" } } */
/* { dg-final { scan-gearshift-dump "__gearshift_malloc_usable_size \\(n_" } } */
