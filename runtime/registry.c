/* gearshift runtime: the registry of instrumented units and functions.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Each instrumented translation unit registers its gs_unit_meta from a
   static constructor: before main for the executable and the libraries
   it links, later for objects loaded with dlopen.  The stack walk
   (capture.c) asks, for each frame, whether the function containing it
   is instrumented, by the function's start address: a sorted table of
   the address of every body of every function, and of each body's cold
   part (gs-meta.h), answers.  The table is built
   when units have been registered since the last build, outside
   anything that must not allocate; until then lookups scan the units.

   The lock is a readers-writer spin lock on an atomic word rather than
   a mutex: the stack walk may run in a signal handler, which only ever
   tries it.  */

#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gs-internal.h"

/* One entry of the lookup table.  */
struct gs_addr
{
  uintptr_t addr;		/* Start of a body, or of its cold part.  */
  const struct gs_fn_meta *fn;
};

/* The registered units, in the order they registered, and the version
   each belongs to: 0 for the program as it started, N for the Nth
   version loaded (swap.c).  The first GS_NCHECKED had their functions'
   tables checked (gs_registry_check); units register at the end.  */
static const struct gs_unit_meta **gs_units;
static unsigned int *gs_unit_versions;
static size_t gs_nunits, gs_nchecked, gs_units_capacity;

/* The version units registering now belong to.  */
static unsigned int gs_loading_version;

/* The lookup table, sorted by address, and whether units were
   registered since it was built.  */
static struct gs_addr *gs_table;
static size_t gs_table_len;
static int gs_table_stale;

/* The names every unit calls without a check (gs_unit_meta.unchecked),
   sorted, built with the table.  */
static const char **gs_unchecked;
static size_t gs_unchecked_len;

/* The registry lock: readers (lookups, the stack walk) share it; a
   writer (registering, checking, rebuilding or dropping units) holds it
   alone.  GS_WRITER: a writer holds it; GS_WRITER_WAITING: one waits,
   and no new reader enters; the other bits count the readers.  Readers
   of threads capturing at once so walk their stacks at the same time.  */
static int gs_lock_word;
#define GS_WRITER (1 << 30)
#define GS_WRITER_WAITING (1 << 29)

/* Lock the registry for writing, waiting for it.  */
void
gs_registry_lock (void)
{
  for (;;)
    {
      int expected = GS_WRITER_WAITING;

      __atomic_fetch_or (&gs_lock_word, GS_WRITER_WAITING, __ATOMIC_RELAXED);
      if (__atomic_compare_exchange_n (&gs_lock_word, &expected, GS_WRITER,
				       0, __ATOMIC_ACQUIRE,
				       __ATOMIC_RELAXED))
	return;
      sched_yield ();
    }
}

/* Unlock the registry after writing.  */
void
gs_registry_unlock (void)
{
  __atomic_store_n (&gs_lock_word, 0, __ATOMIC_RELEASE);
}

/* Try to lock the registry for reading; return nonzero on success.
   Never waits: the stack walk may run in a signal handler.  */
int
gs_registry_read_trylock (void)
{
  int v = __atomic_load_n (&gs_lock_word, __ATOMIC_RELAXED);

  while (!(v & (GS_WRITER | GS_WRITER_WAITING)))
    if (__atomic_compare_exchange_n (&gs_lock_word, &v, v + 1, 0,
				     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return 1;
  return 0;
}

/* Lock the registry for reading, waiting for it.  */
void
gs_registry_read_lock (void)
{
  while (!gs_registry_read_trylock ())
    sched_yield ();
}

/* Unlock the registry after reading.  */
void
gs_registry_read_unlock (void)
{
  __atomic_fetch_sub (&gs_lock_word, 1, __ATOMIC_RELEASE);
}

/* Whether units registered since the table was built or checked, so
   that gs_registry_check and gs_registry_refresh have work (the caller
   holds the lock, for reading at least).  */
int
gs_registry_changed (void)
{
  return gs_table_stale || gs_nchecked < gs_nunits;
}

/* Return a description of what is inconsistent in function FN's
   metadata, or null when nothing is.  The reading API trusts what this
   checks: every live index names a field, and every field lies inside
   the frame.  */
static const char *
gs_check_fn (const struct gs_fn_meta *fn)
{
  unsigned int i, j;

  if (!fn->name || !fn->file || !fn->type)
    return "a function without its name, file or type";
  if ((fn->nfields && !fn->fields) || (fn->npoints && !fn->points))
    return "missing field or point table";
  for (i = 0; i < fn->nfields; i++)
    {
      const struct gs_field_meta *field = &fn->fields[i];

      unsigned int slot = (field->flags & (GS_FIELD_INDIRECT | GS_FIELD_SIDE)
			   ? sizeof (void *) : field->size);

      if (field->offset > fn->frame_size
	  || slot > fn->frame_size - field->offset)
	return "a field outside the frame";
    }
  for (i = 0; i < fn->npoints; i++)
    {
      const struct gs_point_meta *point = &fn->points[i];

      if (point->nlive && !point->live)
	return "missing live field list";
      for (j = 0; j < point->nlive; j++)
	if (point->live[j] >= fn->nfields)
	  return "a live field index out of range";
    }
  return NULL;
}

/* Print why unit UNIT is ignored, WHY formatted with the arguments that
   follow, once, on stderr.  */
static void GS_PRINTF (2, 3)
gs_reject_unit (const struct gs_unit_meta *unit, const char *why, ...)
{
  va_list ap;

  fprintf (stderr, "gearshift: unit %s ", unit->file ? unit->file : "?");
  va_start (ap, why);
  vfprintf (stderr, why, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

/* Register unit UNIT: called by each instrumented unit's static
   constructor.  A unit whose metadata has another version, or is
   inconsistent, is ignored with a message on stderr: its functions then
   count as uninstrumented, and points below them decline.  Its frame
   and point tables are checked later, at the first capture or update
   (gs_registry_check).  */
GS_EXPORT void
__gearshift_register_unit (const struct gs_unit_meta *unit)
{
  size_t i;

  if (!unit)
    return;
  /* The version is the first field in every version; FILE is assumed to
     stay where it is.  */
  if (unit->version != GS_META_VERSION)
    {
      gs_reject_unit (unit, "has metadata version %u, runtime expects %u",
		      unit->version, (unsigned int) GS_META_VERSION);
      return;
    }
  if (unit->nfns && !unit->fns)
    {
      gs_reject_unit (unit, "has no function table");
      return;
    }
  if (unit->ntypes && !unit->types)
    {
      gs_reject_unit (unit, "has no type table");
      return;
    }
  for (i = 0; i < unit->ntypes; i++)
    if (!unit->types[i].name || !unit->types[i].layout
	|| !unit->types[i].file)
      {
	gs_reject_unit (unit, "has a type without a name or layout");
	return;
      }
  if (unit->nunchecked && !unit->unchecked)
    {
      gs_reject_unit (unit, "has no table of unchecked calls");
      return;
    }
  for (i = 0; i < unit->nunchecked; i++)
    if (!unit->unchecked[i])
      {
	gs_reject_unit (unit, "has a null name among its unchecked calls");
	return;
      }
  if (unit->ntaken && !unit->taken)
    {
      gs_reject_unit (unit, "has no table of functions whose address it "
		      "takes");
      return;
    }
  for (i = 0; i < unit->ntaken; i++)
    if (!unit->taken[i])
      {
	gs_reject_unit (unit, "has a null name among the functions whose "
			"address it takes");
	return;
      }
  gs_registry_lock ();
  for (i = 0; i < gs_nunits; i++)
    if (gs_units[i] == unit)
      break;
  if (i == gs_nunits)
    {
      if (gs_nunits == gs_units_capacity)
	{
	  size_t capacity = gs_units_capacity ? 2 * gs_units_capacity : 16;
	  const struct gs_unit_meta **units
	    = realloc (gs_units, capacity * sizeof *units);
	  unsigned int *versions;

	  if (units)
	    gs_units = units;
	  versions = units ? realloc (gs_unit_versions,
				      capacity * sizeof *versions) : NULL;
	  if (!versions)
	    {
	      gs_registry_unlock ();
	      gs_reject_unit (unit, "is ignored: out of memory");
	      return;
	    }
	  gs_unit_versions = versions;
	  gs_units_capacity = capacity;
	}
      gs_unit_versions[gs_nunits] = gs_registry_loading ();
      gs_units[gs_nunits++] = unit;
      gs_table_stale = 1;
    }
  gs_registry_unlock ();
}

/* Order table entries A and B by address, for qsort and bsearch.  */
static int
gs_compare_addr (const void *a, const void *b)
{
  uintptr_t x = ((const struct gs_addr *) a)->addr;
  uintptr_t y = ((const struct gs_addr *) b)->addr;

  return (x > y) - (x < y);
}

/* Order the names that A and B point to, for qsort and bsearch.  */
static int
gs_compare_name (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The most bodies a function has (gs-meta.h: high, low, copy, and the
   cold part of each).  */
#define GS_BODIES 6

/* The address of body KIND (0 to GS_BODIES - 1: high, low, copy, and
   the cold part of each) of function FN, or 0 if it has none.  */
static uintptr_t
gs_body (const struct gs_fn_meta *fn, unsigned int kind)
{
  const void *body[GS_BODIES] = { fn->high, fn->low, fn->copy,
				  fn->high_cold, fn->low_cold,
				  fn->copy_cold };

  return (uintptr_t) body[kind];
}

/* Sort the N entries of TABLE by address: a radix sort of each
   address's offset from the lowest, 12 bits a pass, with as many passes
   as the highest offset has digits (two for a program of up to 16 MB
   with no update loaded): a few instructions per entry and pass, where
   qsort spent some 300 per entry (3 million at the start of SQLite's
   speedtest1, a quarter of what its smallest run executes).  */
static void
gs_sort_by_addr (struct gs_addr *table, size_t n)
{
  enum { BITS = 12, BUCKETS = 1 << BITS };
  struct gs_addr *buf, *src = table, *dst, *t;
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  uint32_t *count;
  size_t i, bytes = n * sizeof *buf + BUCKETS * sizeof *count;

  if (n < 2)
    return;
  /* Memory of its own, not the heap's, whose blocks the program's
     first allocations would reuse: a program that reads what it
     allocated and never wrote finds what it would without the runtime
     (gcc.c-torture's 941014-2 prints a field of a new object if it is
     not zero).  */
  buf = (n < UINT32_MAX
	 ? mmap (NULL, bytes, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
	 : MAP_FAILED);
  if (buf == MAP_FAILED)
    {
      qsort (table, n, sizeof *table, gs_compare_addr);
      return;
    }
  count = (uint32_t *) (buf + n);
  for (i = 0; i < n; i++)
    {
      lo = table[i].addr < lo ? table[i].addr : lo;
      hi = table[i].addr > hi ? table[i].addr : hi;
    }
  dst = buf;
  for (unsigned int shift = 0;
       shift < sizeof (uintptr_t) * 8 && ((hi - lo) >> shift); shift += BITS)
    {
      uint32_t sum = 0;

      memset (count, 0, BUCKETS * sizeof *count);
      for (i = 0; i < n; i++)
	count[((src[i].addr - lo) >> shift) & (BUCKETS - 1)]++;
      for (i = 0; i < BUCKETS; i++)
	{
	  uint32_t c = count[i];

	  count[i] = sum;
	  sum += c;
	}
      for (i = 0; i < n; i++)
	dst[count[((src[i].addr - lo) >> shift) & (BUCKETS - 1)]++] = src[i];
      t = src, src = dst, dst = t;
    }
  if (src != table)
    memcpy (table, src, n * sizeof *table);
  munmap (buf, bytes);
}

/* Rebuild the lookup table if it is stale.  The caller holds the lock.
   Returns 0 or a negative error code.  */
int
gs_registry_refresh (void)
{
  size_t i, j, n = 0, nnames = 0;
  struct gs_addr *table;
  const char **names;

  if (!gs_table_stale)
    return 0;
  for (i = 0; i < gs_nunits; i++)
    {
      n += GS_BODIES * gs_units[i]->nfns;
      nnames += gs_units[i]->nunchecked;
    }
  table = malloc ((n ? n : 1) * sizeof *table);
  names = malloc ((nnames ? nnames : 1) * sizeof *names);
  if (!table || !names)
    {
      free (table);
      free (names);
      return gs_set_error (GEARSHIFT_ENOMEM,
			   "no memory for the function table");
    }
  nnames = 0;
  for (i = 0; i < gs_nunits; i++)
    for (j = 0; j < gs_units[i]->nunchecked; j++)
      names[nnames++] = gs_units[i]->unchecked[j];
  qsort (names, nnames, sizeof *names, gs_compare_name);
  free (gs_unchecked);
  gs_unchecked = names;
  gs_unchecked_len = nnames;
  n = 0;
  for (i = 0; i < gs_nunits; i++)
    for (j = 0; j < gs_units[i]->nfns; j++)
      for (unsigned int b = 0; b < GS_BODIES; b++)
	{
	  const struct gs_fn_meta *fn = &gs_units[i]->fns[j];

	  if ((table[n].addr = gs_body (fn, b)))
	    table[n++].fn = fn;
	}
  gs_sort_by_addr (table, n);
  free (gs_table);
  gs_table = table;
  gs_table_len = n;
  gs_table_stale = 0;
  return 0;
}

void
gs_registry_catch_up (void)
{
  gs_registry_lock ();
  gs_registry_check ();
  gs_registry_refresh ();
  gs_registry_unlock ();
}

/* Return the function one of whose bodies (gs-meta.h) starts at ADDR, or
   null.  The caller holds the lock.  */
const struct gs_fn_meta *
gs_registry_lookup (uintptr_t addr)
{
  size_t i, j;

  if (!addr)
    return NULL;
  if (!gs_table_stale)
    {
      struct gs_addr key = { addr, NULL };
      const struct gs_addr *hit;

      if (!gs_table_len)
	return NULL;
      hit = bsearch (&key, gs_table, gs_table_len, sizeof key,
		     gs_compare_addr);
      return hit ? hit->fn : NULL;
    }
  for (i = 0; i < gs_nunits; i++)
    for (j = 0; j < gs_units[i]->nfns; j++)
      {
	const struct gs_fn_meta *fn = &gs_units[i]->fns[j];

	for (unsigned int b = 0; b < GS_BODIES; b++)
	  if (gs_body (fn, b) == addr)
	    return fn;
      }
  return NULL;
}

/* Whether a frame of function FN may have been entered from a call
   without a check after it: FN is public, and some unit calls a
   function of its name that it does not define, without a check (the
   program defines a function that a system header declares).  Such a
   frame must not be unwound.  The caller holds the lock.  */
int
gs_registry_unchecked (const struct gs_fn_meta *fn)
{
  size_t i, j;

  if (!(fn->flags & GS_FN_PUBLIC) || !fn->name)
    return 0;
  if (!gs_table_stale)
    return gs_unchecked_len
	   && bsearch (&fn->name, gs_unchecked, gs_unchecked_len,
		       sizeof *gs_unchecked, gs_compare_name) != NULL;
  for (i = 0; i < gs_nunits; i++)
    for (j = 0; j < gs_units[i]->nunchecked; j++)
      if (!strcmp (gs_units[i]->unchecked[j], fn->name))
	return 1;
  return 0;
}

/* The version the calling thread loads (gs_registry_set_loading),
   whose units register from it only: another thread of the program
   may meanwhile load a library of its own.  */
static __thread int gs_loading_here;
static __thread unsigned int gs_loading_mine;

void
gs_registry_set_loading (unsigned int version)
{
  gs_loading_mine = version;
  gs_loading_here = 1;
}

void
gs_registry_loaded (unsigned int version)
{
  gs_loading_here = 0;
  gs_registry_lock ();
  gs_loading_version = version;
  gs_registry_unlock ();
}

/* Store in UNITS (of room MAX) the units of version VERSION; return how
   many there are.  */
size_t
gs_registry_units (unsigned int version, const struct gs_unit_meta **units,
		   size_t max)
{
  size_t i, n = 0;

  gs_registry_lock ();
  gs_registry_check ();
  for (i = 0; i < gs_nunits; i++)
    if (gs_unit_versions[i] == version)
      {
	if (n < max)
	  units[n] = gs_units[i];
	n++;
      }
  gs_registry_unlock ();
  return n;
}

/* Check the function tables of the units registered since the last
   call (gs_check_fn), and forget each unit that fails, saying why on
   stderr.  Deferred from registration to the first capture and the
   first update, so that a program that is never updated does not read
   (nor keep in memory) the tables of frame fields and points.  Not in a
   signal handler (it prints).  The caller holds the lock.  */
void
gs_registry_check (void)
{
  size_t i, j, n = gs_nchecked;

  for (i = gs_nchecked; i < gs_nunits; i++)
    {
      const struct gs_unit_meta *unit = gs_units[i];
      const char *why = NULL;

      for (j = 0; j < unit->nfns; j++)
	if ((why = gs_check_fn (&unit->fns[j])))
	  break;
      if (why)
	{
	  gs_reject_unit (unit, "is ignored: function %s has %s",
			  unit->fns[j].name ? unit->fns[j].name : "?", why);
	  gs_table_stale = 1;
	  continue;
	}
      gs_units[n] = unit;
      gs_unit_versions[n++] = gs_unit_versions[i];
    }
  gs_nunits = gs_nchecked = n;
}

/* Forget the units of version VERSION (a version whose load failed).  */
void
gs_registry_drop (unsigned int version)
{
  size_t i, n = 0, checked = 0;

  gs_registry_lock ();
  for (i = 0; i < gs_nunits; i++)
    if (gs_unit_versions[i] != version)
      {
	checked += i < gs_nchecked;
	gs_unit_versions[n] = gs_unit_versions[i];
	gs_units[n++] = gs_units[i];
      }
  if (n != gs_nunits)
    gs_table_stale = 1;
  gs_nunits = n;
  gs_nchecked = checked;
  gs_registry_refresh ();
  gs_registry_unlock ();
}

/* The version units registering now from the calling thread belong
   to.  */
unsigned int
gs_registry_loading (void)
{
  return gs_loading_here ? gs_loading_mine : gs_loading_version;
}
