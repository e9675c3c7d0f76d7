/* gearshift runtime: the objects of the program's types in the heap.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   An update that changes the layout of a struct must find every object
   of it, or the new code reads the old objects with its own layout.
   The plugin routes each allocation whose result goes to a pointer to a
   struct or union type ("n = malloc (sizeof *n)", calloc, realloc) to
   the functions below, with the type's row of the unit's metadata, and
   every free, realloc and malloc_usable_size of the unit to theirs
   (plugin/gs-types.cc).  Such an object gets a header of 16 bytes in
   front (a key that names it ours, and its row in a registry of the
   live typed objects), and some spare room after it, as Ginseng's type
   wrappers have: an update converts each object of a changed type in
   place (field by field, GEARSHIFT_CONVERT_BY_NAME, or by the new
   version's GEARSHIFT_TRANSFORM_TYPE), so pointers to it anywhere stay
   valid; it refuses, before anything changes, an object with no room
   for its new layout.  Nothing is paid until an update but the header,
   the spare room and a registry row per object, and a spin lock taken
   at each allocation and release.

   The header is read only in front of pointers the program frees, and
   only when malloc is the C library's (its chunks have a header there
   too); with another allocator (a preloaded one, or the program's own
   malloc) nothing is typed, and an update that would have to convert
   heap objects is refused.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <errno.h>
#include <malloc.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "gs-map.h"

/* The key of a typed object at P: in the header's first word.  */
#define GS_HEAP_KEY(P) (0x6765617273686674ull ^ (uintptr_t) (P))
#define GS_HEAP_HEADER 16u

/* A live typed object: where it starts, its type (a row of a unit's
   metadata: the layout it has), and the bytes the program asked for.  */
struct gs_heap_object
{
  char *p;
  const struct gs_type_meta *type;
  size_t size;
};

static struct gs_heap_object *gs_heap;
static size_t gs_heap_n, gs_heap_cap;

/* The registry's lock: a spin lock, held for a few stores (a mutex
   doubled the cost of a typed malloc and free).  */
static int gs_heap_lock;

/* 1 when objects are typed, 0 when not (malloc is not the C library's),
   -1 before the first allocation decides.  */
static int gs_heap_tracking = -1;

/* The spare bytes each typed object gets (GEARSHIFT_HEAP_SPARE).  */
static size_t gs_heap_spare = 16;

/* Wait for the lock, which another thread holds.  */
static void __attribute__ ((noinline, cold))
gs_heap_lock_wait (void)
{
  unsigned int spins = 0;

  while (__atomic_exchange_n (&gs_heap_lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (&gs_heap_lock, __ATOMIC_RELAXED))
      if (++spins % 128 == 0)
	sched_yield ();
      else
	__builtin_ia32_pause ();
}

static inline void
gs_heap_lock_all (void)
{
  if (__builtin_expect (__atomic_exchange_n (&gs_heap_lock, 1,
					     __ATOMIC_ACQUIRE), 0))
    gs_heap_lock_wait ();
}

static inline void
gs_heap_unlock_all (void)
{
  __atomic_store_n (&gs_heap_lock, 0, __ATOMIC_RELEASE);
}

static void
gs_heap_init_child (void)
{
  gs_heap_lock = 0;
}

/* Decide whether objects are typed: only when malloc is the C
   library's.  */
static void
gs_heap_init_once (void)
{
  void *libc = dlopen ("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
  void *ours = dlsym (RTLD_DEFAULT, "malloc");
  const char *spare = secure_getenv ("GEARSHIFT_HEAP_SPARE");

  gs_heap_tracking = libc && ours && dlsym (libc, "malloc") == ours
		     && dlsym (RTLD_DEFAULT, "free") == dlsym (libc, "free");
  if (libc)
    dlclose (libc);
  if (spare && *spare)
    {
      char *end;
      unsigned long n = strtoul (spare, &end, 10);

      if (*end == '\0' && n <= 1u << 20)
	gs_heap_spare = (n + 7) & ~(size_t) 7;
    }
  pthread_atfork (gs_heap_lock_all, gs_heap_unlock_all, gs_heap_init_child);
}

static int
gs_heap_on (void)
{
  static pthread_once_t once = PTHREAD_ONCE_INIT;

  if (__builtin_expect (gs_heap_tracking < 0, 0))
    pthread_once (&once, gs_heap_init_once);
  return gs_heap_tracking;
}

/* Whether P, a pointer the program frees or resizes, is a typed
   object.  */
static int
gs_heap_owned (const void *p)
{
  return p && gs_heap_tracking > 0
	 && ((const uint64_t *) p)[-2] == GS_HEAP_KEY (p);
}

/* Record BASE, a block of GS_HEAP_HEADER + SIZE + spare bytes, as an
   object of TYPE; return the object, or null (and free BASE) when the
   registry cannot grow.  */
/* Make room for more rows (the lock held).  Returns 0, or -1 when out
   of memory.  */
static int __attribute__ ((noinline, cold))
gs_heap_grow (void)
{
  size_t cap = gs_heap_cap ? 2 * gs_heap_cap : 1024;
  struct gs_heap_object *h = realloc (gs_heap, cap * sizeof *h);

  if (!h)
    return -1;
  gs_heap = h;
  gs_heap_cap = cap;
  return 0;
}

static inline void *
gs_heap_record (char *base, size_t size, const struct gs_type_meta *type)
{
  char *p = base + GS_HEAP_HEADER;

  gs_heap_lock_all ();
  if (__builtin_expect (gs_heap_n == gs_heap_cap, 0) && gs_heap_grow ())
    {
      gs_heap_unlock_all ();
      free (base);
      errno = ENOMEM;
      return NULL;
    }
  gs_heap[gs_heap_n] = (struct gs_heap_object) { p, type, size };
  ((uint64_t *) base)[0] = GS_HEAP_KEY (p);
  ((uint64_t *) base)[1] = gs_heap_n++;
  gs_heap_unlock_all ();
  return p;
}

/* The bytes to ask malloc for an object of SIZE bytes, or 0 if too
   many.  */
static size_t
gs_heap_block (size_t size)
{
  size_t extra = GS_HEAP_HEADER + gs_heap_spare;

  return size > SIZE_MAX - extra ? 0 : size + extra;
}

GS_EXPORT void *
__gearshift_malloc (size_t size, const struct gs_type_meta *type)
{
  size_t block;
  char *base;

  if (!gs_heap_on ())
    return malloc (size);
  if (!(block = gs_heap_block (size)))
    {
      errno = ENOMEM;
      return NULL;
    }
  base = malloc (block);
  return base ? gs_heap_record (base, size, type) : NULL;
}

GS_EXPORT void *
__gearshift_calloc (size_t n, size_t size, const struct gs_type_meta *type)
{
  size_t total, block;
  char *base;

  if (!gs_heap_on ())
    return calloc (n, size);
  if (__builtin_mul_overflow (n, size, &total)
      || !(block = gs_heap_block (total)))
    {
      errno = ENOMEM;
      return NULL;
    }
  base = calloc (1, block);
  return base ? gs_heap_record (base, total, type) : NULL;
}

/* Take object P out of the registry (the lock held); return its
   block.  */
static char *
gs_heap_forget (char *p)
{
  size_t i = ((uint64_t *) p)[-1];

  if (i >= gs_heap_n || gs_heap[i].p != p)
    gs_fatal ("gearshift: the header of the object at %p is overwritten",
	      (void *) p);
  gs_heap[i] = gs_heap[--gs_heap_n];
  if (i < gs_heap_n)
    ((uint64_t *) gs_heap[i].p)[-1] = i;
  ((uint64_t *) p)[-2] = 0;
  return p - GS_HEAP_HEADER;
}

GS_EXPORT void
__gearshift_free (void *p)
{
  if (gs_heap_owned (p))
    {
      gs_heap_lock_all ();
      p = gs_heap_forget (p);
      gs_heap_unlock_all ();
    }
  free (p);
}

/* realloc for object P, TYPE being the type the call's result goes to
   (null if none): a typed object stays typed, with TYPE if given; an
   untyped block becomes typed when TYPE is given.  */
GS_EXPORT void *
__gearshift_realloc (void *p, size_t size, const struct gs_type_meta *type)
{
  size_t block;

  if (!p)
    return type ? __gearshift_malloc (size, type) : malloc (size);
  if (!gs_heap_owned (p))
    {
      size_t old;
      void *q;

      if (!type || !gs_heap_on ())
	return realloc (p, size);
      /* Not ours yet: a new typed object, with the old contents.  */
      old = malloc_usable_size (p);
      q = __gearshift_malloc (size ? size : 1, type);
      if (!q)
	return NULL;
      memcpy (q, p, old < size ? old : size);
      free (p);
      return q;
    }
  if (size == 0)
    {
      /* As the C library's: free it.  */
      __gearshift_free (p);
      return NULL;
    }
  if (!(block = gs_heap_block (size)))
    {
      errno = ENOMEM;
      return NULL;
    }
  /* The lock is held across the move: a free elsewhere may renumber
     this object's row, in its header.  */
  gs_heap_lock_all ();
  {
    size_t i = ((uint64_t *) p)[-1];
    char *base = realloc ((char *) p - GS_HEAP_HEADER, block), *q;

    if (!base)
      {
	gs_heap_unlock_all ();
	return NULL;
      }
    q = base + GS_HEAP_HEADER;
    ((uint64_t *) base)[0] = GS_HEAP_KEY (q);
    gs_heap[i].p = q;
    gs_heap[i].size = size;
    if (type)
      gs_heap[i].type = type;
    gs_heap_unlock_all ();
    return q;
  }
}

GS_EXPORT size_t
__gearshift_malloc_usable_size (void *p)
{
  if (!gs_heap_owned (p))
    return malloc_usable_size (p);
  return (malloc_usable_size ((char *) p - GS_HEAP_HEADER) - GS_HEAP_HEADER
	  - gs_heap_spare);
}

/* The program's own allocators ("p = xmalloc (sizeof *p)", a function
   declared with __attribute__ ((malloc)) or named by the plugin's
   allocator= option, that returns what malloc, calloc or realloc
   returned): the caller says the type before the call, the allocator's
   malloc takes it (the plugin routes that call to the functions below),
   and the caller looks after the call whether it was taken.  One that
   was not (a library's allocator, or one that returned other memory)
   made an object the runtime does not see: its type is noted, and an
   update that changes it is refused (gs_heap_escaped).  */

/* The type that the calling thread's next allocation in an allocator
   takes, between the caller's __gearshift_alloc_as and
   __gearshift_alloc_done.  */
static GS_TLS const struct gs_type_meta *gs_alloc_as;

/* The types some of whose objects were allocated unseen so, under the
   heap's lock; and whether one could not be noted (out of memory), when
   any type may have been.  */
static const struct gs_type_meta **gs_escaped;
static size_t gs_escaped_n, gs_escaped_cap;
static int gs_escaped_lost;

GS_EXPORT void
__gearshift_alloc_as (const struct gs_type_meta *type)
{
  gs_alloc_as = type;
}

/* Note TYPE as allocated unseen (cold: an allocator that did not take
   its type).  */
static void __attribute__ ((noinline, cold))
gs_heap_escape (const struct gs_type_meta *type)
{
  gs_heap_lock_all ();
  for (size_t i = 0; i < gs_escaped_n; i++)
    if (gs_escaped[i] == type)
      {
	gs_heap_unlock_all ();
	return;
      }
  if (gs_escaped_n == gs_escaped_cap)
    {
      size_t cap = gs_escaped_cap ? 2 * gs_escaped_cap : 16;
      const struct gs_type_meta **e = realloc (gs_escaped, cap * sizeof *e);

      if (!e)
	{
	  gs_escaped_lost = 1;
	  gs_heap_unlock_all ();
	  return;
	}
      gs_escaped = e;
      gs_escaped_cap = cap;
    }
  gs_escaped[gs_escaped_n++] = type;
  gs_heap_unlock_all ();
}

GS_EXPORT void
__gearshift_alloc_done (void)
{
  if (__builtin_expect (gs_alloc_as != NULL, 0))
    {
      gs_heap_escape (gs_alloc_as);
      gs_alloc_as = NULL;
    }
}

/* Take the type said for the calling thread's allocation, if any.  */
static inline const struct gs_type_meta *
gs_alloc_take (void)
{
  const struct gs_type_meta *type = gs_alloc_as;

  gs_alloc_as = NULL;
  return type;
}

/* The allocations that an allocator returns: of the type its caller
   said, else of OWN, the type the allocator's own code gives the result
   (null if none).  */
GS_EXPORT void *
__gearshift_malloc_as (size_t size, const struct gs_type_meta *own)
{
  const struct gs_type_meta *type = gs_alloc_take ();

  if (!type)
    type = own;
  return type ? __gearshift_malloc (size, type) : malloc (size);
}

GS_EXPORT void *
__gearshift_calloc_as (size_t n, size_t size, const struct gs_type_meta *own)
{
  const struct gs_type_meta *type = gs_alloc_take ();

  if (!type)
    type = own;
  return type ? __gearshift_calloc (n, size, type) : calloc (n, size);
}

GS_EXPORT void *
__gearshift_realloc_as (void *p, size_t size, const struct gs_type_meta *own)
{
  const struct gs_type_meta *type = gs_alloc_take ();

  return __gearshift_realloc (p, size, type ? type : own);
}

int
gs_heap_escaped (const struct gs_type_meta *nt, char *why, size_t size)
{
  const struct gs_type_meta *t = NULL;
  int lost;

  gs_heap_lock_all ();
  for (size_t i = 0; i < gs_escaped_n && !t; i++)
    if (strcmp (gs_escaped[i]->name, nt->name) == 0)
      t = gs_escaped[i];
  lost = gs_escaped_lost;
  gs_heap_unlock_all ();
  if (!t && lost)
    snprintf (why, size, "%s changed layout, and objects of some types "
	      "were allocated by functions that did not pass the type on to "
	      "malloc, which the runtime ran out of memory noting: it cannot "
	      "tell whether this is one", nt->name);
  else if (t)
    snprintf (why, size, "%s changed layout, and objects of it were "
	      "allocated by a function that did not pass the type on to "
	      "malloc (one called first at %s:%u: a library's allocator, or "
	      "one that returns other memory than what malloc returned), so "
	      "an update cannot find them; if none is alive outside the "
	      "globals and frames an update maps, say so in the new version "
	      "with GEARSHIFT_TYPE_NOT_IN_HEAP (%s)", nt->name,
	      gs_rules_basename (t->alloc_file), t->alloc_line, nt->name);
  return t != NULL || lost;
}

/* Converting the objects of the changed types, at an update.  */

/* How the objects of one type of the running version convert: to NEW,
   with transformer FN, else field by field.  */
struct gs_heap_plan
{
  const struct gs_type_meta *old, *new;
  int (*fn) (const void *, void *);
  size_t count;			/* Objects of it.  */
};

/* An object that converts: where it is, how many elements of its type
   it holds, and how they convert.  */
struct gs_heap_change
{
  char *p;
  size_t count;
  const struct gs_heap_plan *plan;
  char *image;			/* Its new image.  */
};

/* A pointer in an object that does not convert that follows an object
   that does: where, and its new value.  */
struct gs_heap_fixup
{
  void *slot;
  uintptr_t value;
};

/* What gs_heap_prepare made, for gs_heap_commit: the objects that
   convert (by address), their new images, one after the other, and the
   pointers of other objects into them that follow their field.  */
static struct
{
  struct gs_heap_change *changes;
  size_t n;
  char *images;
  struct gs_heap_fixup *fixups;
  size_t n_fixups, cap_fixups;
  unsigned int version;		/* The new version's tag.  */
  int out_of_memory;
} gs_heap_pending;

/* The plan for objects of OLD in update M, among the N_PLANS of PLANS
   (at most MAX), adding it if new; null, with M->why set, if objects of
   OLD cannot convert.  */
static struct gs_heap_plan *
gs_heap_plan_for (struct gs_map *m, const struct gs_type_meta *old,
		  struct gs_heap_plan *plans, size_t *n_plans, size_t max)
{
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };
  const struct gearshift_transformer *t;
  struct gs_heap_plan *p;

  for (size_t i = 0; i < *n_plans; i++)
    if (plans[i].old == old)
      return &plans[i];
  if (*n_plans == max)
    {
      gs_refuse (m, "too many types in the heap changed");
      return NULL;
    }
  p = &plans[(*n_plans)++];
  memset (p, 0, sizeof *p);
  p->old = old;
  p->new = gs_rules_find_type (m->new_units, m->n_new, old->name, old->file);
  if (p->new && strcmp (p->new->layout, old->layout) == 0)
    p->new = NULL;		/* Nothing to do.  */
  if (!p->new)
    return p;
  if (!gs_rules_heap_converts (old, p->new, &tr))
    {
      char why[sizeof m->why];

      gs_rules_heap_type_why (m->old_units, m->n_old, old, p->new, why,
			      sizeof why);
      gs_refuse (m, "%s", why);
      return NULL;
    }
  t = gs_find_transformer (m->version, GEARSHIFT_TRANSFORM_TYPE_KIND, NULL,
			   old->name);
  if (t && t->value)
    p->fn = t->value;		/* Else field by field.  */
  return p;
}

/* Whether object ROW of P's type (COUNT elements) may convert in
   place; if not, refuse M, saying why.  */
static int
gs_heap_fits (struct gs_map *m, const struct gs_heap_object *row,
	      const struct gs_heap_plan *p, size_t count)
{
  const struct gs_type_meta *ot = p->old, *nt = p->new;
  size_t room;

  if (count == 0 || row->size != count * ot->size)
    return gs_refuse (m, "an object of %s in the heap (at %p) is %zu "
		      "bytes, not a whole number of its %u (trailing data, or "
		      "allocated as another type): it cannot convert",
		      ot->name, (void *) row->p, row->size, ot->size);
  if (count > 1 && nt->size != ot->size)
    return gs_refuse (m, "an array of %zu %s in the heap (at %p) would have "
		      "its elements move (from %u to %u bytes each), and "
		      "pointers to them are not known", count, ot->name,
		      (void *) row->p, ot->size, nt->size);
  room = (malloc_usable_size (row->p - GS_HEAP_HEADER) - GS_HEAP_HEADER);
  if (count * nt->size > room)
    return gs_refuse (m, "%s grows from %u to %u bytes, and an object of it "
		      "in the heap (at %p) has room for %zu: start the "
		      "program with GEARSHIFT_HEAP_SPARE=%zu (now %zu) to "
		      "leave each object more room", ot->name, ot->size,
		      nt->size, (void *) row->p, room,
		      gs_heap_spare + ((count * nt->size - room + 7) & ~7ul),
		      gs_heap_spare);
  return 0;
}

void
gs_heap_cancel (void)
{
  free (gs_heap_pending.images);
  free (gs_heap_pending.changes);
  free (gs_heap_pending.fixups);
  memset (&gs_heap_pending, 0, sizeof gs_heap_pending);
}

/* The object that converts holding address V, or null.  */
static const struct gs_heap_change *
gs_heap_change_at (uintptr_t v)
{
  size_t lo = 0, hi = gs_heap_pending.n;

  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      const struct gs_heap_change *c = &gs_heap_pending.changes[mid];

      if (v < (uintptr_t) c->p)
	hi = mid;
      else if (v - (uintptr_t) c->p >= c->count * c->plan->old->size)
	lo = mid + 1;
      else
	return c;
    }
  return NULL;
}

int
gs_heap_remap (uintptr_t v, uintptr_t *out)
{
  const struct gs_heap_change *c = gs_heap_change_at (v);
  struct gs_rules_transformers tr = { gs_has_transformer,
				      &gs_heap_pending.version };
  const struct gs_type_meta *ot, *nt;
  size_t off, e, within;
  long to;

  if (!c)
    return 0;
  ot = c->plan->old;
  nt = c->plan->new;
  off = v - (uintptr_t) c->p;
  e = off / ot->size;
  within = off % ot->size;
  /* The start of an element is the element, not its first field.  */
  if (within == 0)
    to = 0;
  else if ((to = gs_rules_field_offset (ot->name, ot->layout, ot->size,
					 nt->layout, &tr, within)) < 0)
    return 0;
  *out = (uintptr_t) c->p + e * nt->size + (size_t) to;
  return *out != v;
}

int
gs_heap_changing (void)
{
  return gs_heap_pending.n != 0;
}

static int
gs_heap_change_cmp (const void *a, const void *b)
{
  const struct gs_heap_change *x = a, *y = b;

  return x->p < y->p ? -1 : x->p > y->p;
}

/* gs_layout_slots callback: a pointer at SLOT of a typed object, which
   follows the field it points into if that object converts; IMAGE (ARG
   nonzero) if SLOT is in a new image, written now, else later.  */
static void
gs_heap_fix_slot (void *slot, char kind, void *arg)
{
  uintptr_t v, q;

  (void) kind;
  memcpy (&v, slot, sizeof v);
  if (!gs_heap_remap (v, &q))
    return;
  if (arg)
    {
      memcpy (slot, &q, sizeof q);
      return;
    }
  if (gs_heap_pending.n_fixups == gs_heap_pending.cap_fixups)
    {
      size_t cap = (gs_heap_pending.cap_fixups
		    ? 2 * gs_heap_pending.cap_fixups : 64);
      struct gs_heap_fixup *f = realloc (gs_heap_pending.fixups,
					 cap * sizeof *f);

      if (!f)
	{
	  gs_heap_pending.out_of_memory = 1;
	  return;
	}
      gs_heap_pending.fixups = f;
      gs_heap_pending.cap_fixups = cap;
    }
  gs_heap_pending.fixups[gs_heap_pending.n_fixups++]
    = (struct gs_heap_fixup) { slot, q };
}

/* Make the pointers held by typed objects into the objects that convert
   follow their field: in the new images now, in the other objects at
   gs_heap_commit.  Returns 0, or -1 when out of memory.  */
static int
gs_heap_follow (void)
{
  gs_heap_lock_all ();
  for (size_t i = 0; i < gs_heap_n; i++)
    {
      const struct gs_heap_object *row = &gs_heap[i];
      const struct gs_heap_change *c = gs_heap_change_at ((uintptr_t) row->p);
      const struct gs_type_meta *t = c ? c->plan->new : row->type;
      char *base = c ? c->image : row->p;
      size_t count = c ? c->count : (t->size ? row->size / t->size : 0);

      for (size_t e = 0; e < count; e++)
	gs_layout_slots (t->layout, base + e * t->size, t->size, "p",
			 gs_heap_fix_slot, c ? base : NULL);
    }
  gs_heap_unlock_all ();
  return gs_heap_pending.out_of_memory ? -1 : 0;
}

int
gs_heap_prepare (struct gs_map *m)
{
  static struct gs_heap_plan plans[256];
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };
  size_t n_plans = 0, cap = 0, bytes = 0, at = 0;
  struct gs_heap_change *changes = NULL;

  gs_heap_cancel ();
  m->heap_converted[0] = '\0';
  if (gs_heap_tracking < 0)
    return 0;			/* Nothing allocated yet.  */
  /* Every thread waits at its root: nothing allocates now but a thread
     the runtime does not know.  The objects that convert, first.  */
  gs_heap_lock_all ();
  for (size_t i = 0; i < gs_heap_n; i++)
    {
      const struct gs_heap_object *row = &gs_heap[i];
      struct gs_heap_plan *p = gs_heap_plan_for (m, row->type, plans,
						 &n_plans,
						 sizeof plans / sizeof *plans);
      size_t count;

      if (!p)
	goto refuse;
      if (!p->new)
	continue;
      count = p->old->size ? row->size / p->old->size : 0;
      if (gs_heap_fits (m, row, p, count))
	goto refuse;
      if (gs_heap_pending.n == cap)
	{
	  struct gs_heap_change *c;

	  cap = cap ? 2 * cap : 64;
	  if (!(c = realloc (changes, cap * sizeof *c)))
	    {
	      gs_refuse (m, "out of memory");
	      goto refuse;
	    }
	  gs_heap_pending.changes = changes = c;
	}
      changes[gs_heap_pending.n++] = (struct gs_heap_change) { row->p, count,
							       p };
      p->count++;
      bytes += count * p->new->size;
    }
  gs_heap_unlock_all ();
  if (gs_heap_pending.n == 0)
    return 0;
  /* The new images, apart: a transformer may still refuse (and
     allocate).  */
  if (!(gs_heap_pending.images = calloc (1, bytes)))
    {
      gs_heap_cancel ();
      return gs_refuse (m, "out of memory");
    }
  gs_heap_pending.version = m->version;
  for (size_t k = 0; k < gs_heap_pending.n; k++)
    {
      struct gs_heap_change *c = &changes[k];
      const struct gs_type_meta *ot = c->plan->old, *nt = c->plan->new;

      c->image = gs_heap_pending.images + at;
      for (size_t e = 0; e < c->count; e++)
	{
	  struct gs_by_name_copy copy = { c->p + e * ot->size,
					  gs_heap_pending.images + at };

	  at += nt->size;
	  if (!c->plan->fn)
	    gs_rules_by_name (ot->name, ot->layout, ot->size, nt->layout,
			      nt->size, &tr, gs_copy_by_name, &copy);
	  else if (c->plan->fn (copy.from, copy.to) != 0)
	    {
	      gs_heap_cancel ();
	      return gs_refuse (m, "the transformer of %s refused an object "
				"of it in the heap (at %p)", ot->name,
				(void *) copy.from);
	    }
	}
    }
  /* Pointers into them, by address.  */
  qsort (changes, gs_heap_pending.n, sizeof *changes, gs_heap_change_cmp);
  if (gs_heap_follow ())
    {
      gs_heap_cancel ();
      return gs_refuse (m, "out of memory");
    }
  for (size_t i = 0; i < n_plans; i++)
    if (plans[i].count)
      gs_list_append (m->heap_converted, sizeof m->heap_converted,
		      "%s (%zu object%s%s)", plans[i].old->name,
		      plans[i].count, plans[i].count == 1 ? "" : "s",
		      plans[i].fn ? ", transformed" : "");
  return 0;

refuse:
  gs_heap_unlock_all ();
  gs_heap_cancel ();
  return -1;
}

void
gs_heap_commit (void)
{
  gs_heap_lock_all ();
  for (size_t k = 0; k < gs_heap_pending.n; k++)
    {
      const struct gs_heap_change *c = &gs_heap_pending.changes[k];
      size_t i = ((uint64_t *) c->p)[-1];
      size_t bytes = c->count * c->plan->new->size;

      if (i >= gs_heap_n || gs_heap[i].p != c->p)
	continue;		/* A transformer freed it.  */
      memcpy (c->p, c->image, bytes);
      gs_heap[i].type = c->plan->new;
      gs_heap[i].size = bytes;
    }
  for (size_t k = 0; k < gs_heap_pending.n_fixups; k++)
    memcpy (gs_heap_pending.fixups[k].slot, &gs_heap_pending.fixups[k].value,
	    sizeof (uintptr_t));
  gs_heap_unlock_all ();
}
