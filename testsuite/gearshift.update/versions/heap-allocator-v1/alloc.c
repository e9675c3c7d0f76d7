/* The program's allocators, in a file of their own (so that their
   callers see only their declarations), for heap-allocator.c: xmalloc
   and zmalloc return what malloc and calloc returned, arena_alloc
   returns memory of its own.  */

#include <stdlib.h>

void *xmalloc (size_t n) __attribute__ ((malloc));
void *zmalloc (size_t n);
void *arena_alloc (size_t n) __attribute__ ((malloc));

void *
xmalloc (size_t n)
{
  void *p = malloc (n);

  if (!p)
    abort ();
  return p;
}

/* No malloc attribute: -fplugin-arg-gearshift-allocator=zmalloc names
   it.  */
void *
zmalloc (size_t n)
{
  void *p = calloc (1, n);

  if (!p)
    abort ();
  return p;
}

void *
arena_alloc (size_t n)
{
  static _Alignas (16) char arena[1024];
  static size_t used;
  void *p = arena + used;

  used += (n + 15) & ~(size_t) 15;
  return p;
}
