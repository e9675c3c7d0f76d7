/* gearshift runtime: what mapping frames and globals both need.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs-map.h"

/* Record why mapping M failed, formatted from FMT; return -1.  */
int
gs_refuse (struct gs_map *m, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  vsnprintf (m->why, sizeof m->why, fmt, ap);
  va_end (ap);
  return -1;
}

int
gs_refuse_target (struct gs_map *m, enum gs_target_verdict v,
		  const struct gs_fn_meta *old_fn, const char *label,
		  const struct gs_fn_meta *new_fn)
{
  switch (v)
    {
    case GS_TARGET_NO_FUNCTION:
      return gs_refuse (m, "function %s is on the stack but the new version "
			"has no such function", old_fn->name);
    case GS_TARGET_NO_POINT:
      return gs_refuse (m, "%s is stopped at point \"%s\", which the new "
			"version's %s does not have", old_fn->name, label,
			new_fn->name);
    case GS_TARGET_NO_LOW:
    default:
      return gs_refuse (m, "the new version's %s has no low-gear clone",
			new_fn->name);
    }
}

void
gs_list_append (char *list, size_t size, const char *fmt, ...)
{
  size_t len = strlen (list);
  char item[512];
  va_list ap;

  if (len >= 3 && !strcmp (list + len - 3, "..."))
    return;
  va_start (ap, fmt);
  vsnprintf (item, sizeof item, fmt, ap);
  va_end (ap);
  if ((size_t) snprintf (list + len, size - len, "%s%s", len ? ", " : "",
			 item) >= size - len)
    gs_mark_cut (list, size);
}

/* Canonical addresses.  A function keeps the address it had in the
   first version that had it, for as long as each update redirects its
   entry to the next version's function of the same name and type
   (redirect.c): pointers to it compare equal whichever version took
   them.  The table holds the running version's functions whose
   canonical address is not their own; another, for the version being
   loaded, is built before its frames map and replaces it on success.  */
struct gs_canon
{
  const struct gs_fn_meta *fn;
  gs_code_ptr addr;
};

static struct gs_canon *gs_canon_running, *gs_canon_loading;
static size_t gs_n_canon_running, gs_n_canon_loading;

/* The canonical address of FN, of the running version or the one being
   loaded: its body, or where GCC inlined every call to it and left no
   body, its low-gear clone, which runs like the function outside
   reconstruction; unless an older version had it.  */
static int
gs_canon_cmp (const void *a, const void *b)
{
  uintptr_t x = (uintptr_t) ((const struct gs_canon *) a)->fn;
  uintptr_t y = (uintptr_t) ((const struct gs_canon *) b)->fn;

  return x < y ? -1 : x > y;
}

/* Both tables are sorted by function (gs_canon_prepare): an update
   asks for thousands.  */
gs_code_ptr
gs_canonical (const struct gs_fn_meta *fn)
{
  struct gs_canon key = { fn, NULL }, *hit = NULL;

  if (gs_n_canon_loading)
    hit = bsearch (&key, gs_canon_loading, gs_n_canon_loading,
		   sizeof key, gs_canon_cmp);
  if (!hit && gs_n_canon_running)
    hit = bsearch (&key, gs_canon_running, gs_n_canon_running,
		   sizeof key, gs_canon_cmp);
  if (hit)
    return hit->addr;
  return fn->high ? fn->high : fn->low;
}

int
gs_canon_prepare (struct gs_map *m)
{
  size_t n = 0, k = 0;

  free (gs_canon_loading);
  gs_canon_loading = NULL;
  gs_n_canon_loading = 0;
  for (size_t u = 0; u < m->n_new; u++)
    n += m->new_units[u]->nfns;
  gs_canon_loading = calloc (n ? n : 1, sizeof *gs_canon_loading);
  if (!gs_canon_loading)
    return gs_refuse (m, "out of memory");
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nfns; i++)
      {
	const struct gs_fn_meta *nf = &m->new_units[u]->fns[i], *of, *x;

	of = gs_rules_find_fn (m->old_units, m->n_old, nf->name, nf->file);
	if (of && gs_rules_redirect (m->new_units, m->n_new, of, &x)
		  == GS_REDIRECT_OK && x == nf)
	  {
	    gs_canon_loading[k].fn = nf;
	    gs_canon_loading[k++].addr = gs_canonical (of);
	  }
      }
  if (k)
    qsort (gs_canon_loading, k, sizeof *gs_canon_loading, gs_canon_cmp);
  gs_n_canon_loading = k;
  return 0;
}

void
gs_canon_commit (int done)
{
  if (done)
    {
      free (gs_canon_running);
      gs_canon_running = gs_canon_loading;
      gs_n_canon_running = gs_n_canon_loading;
    }
  else
    free (gs_canon_loading);
  gs_canon_loading = NULL;
  gs_n_canon_loading = 0;
}

/* Re-point *SLOT, if it holds the address of a function of an old
   version, to the canonical address of the new version's function of
   the same name (its old address, if it was redirected), in the
   mapping M.  */
static void
gs_remap_code (void *slot, struct gs_map *m)
{
  void (*p) (void);

  memcpy (&p, slot, sizeof p);
  if (!p)
    return;
  /* The registry's table by address, not every function of every
     unit: the globals and frames of an update hold many words.  */
  gs_registry_read_lock ();
  const struct gs_fn_meta *fn = gs_registry_lookup ((uintptr_t) p);
  gs_registry_read_unlock ();
  if (!fn || (fn->high != p && fn->low != p))
    return;
  for (size_t u = 0; u < m->n_old; u++)
    if (fn >= m->old_units[u]->fns
	&& fn < m->old_units[u]->fns + m->old_units[u]->nfns)
      {
	const struct gs_fn_meta *nf
	  = gs_rules_find_fn (m->new_units, m->n_new, fn->name, fn->file);

	if (nf && (nf->high || nf->low))
	  {
	    gs_code_ptr c = gs_canonical (nf);

	    memcpy (slot, &c, sizeof c);
	  }
	return;
      }
}

void
gs_note_moved (struct gs_map *m, const void *old, size_t size,
	       const void *new, size_t new_size)
{
  struct gs_moved_object *o;

  if (m->n_moved == sizeof m->moved / sizeof m->moved[0])
    return;
  o = &m->moved[m->n_moved++];
  o->old = (uintptr_t) old;
  o->size = size ? size : 1;
  o->new = (uintptr_t) new;
  o->new_size = new_size;
}

/* Re-point *SLOT, if it holds an address inside an object of the
   running version that has moved (M->moved), to the same offset in
   the new object, if the new one is that big; or inside an object in
   the heap that converts, to the same field.  */
static void
gs_remap_data (void *slot, struct gs_map *m)
{
  uintptr_t p;

  memcpy (&p, slot, sizeof p);
  for (unsigned int i = 0; i < m->n_moved; i++)
    {
      const struct gs_moved_object *o = &m->moved[i];

      if (p >= o->old && p - o->old < o->size)
	{
	  if (p - o->old < o->new_size)
	    {
	      p = o->new + (p - o->old);
	      memcpy (slot, &p, sizeof p);
	    }
	  return;
	}
    }
  /* Into a field of an object in the heap that converts.  */
  if (gs_heap_remap (p, &p))
    memcpy (slot, &p, sizeof p);
}

/* gs_layout_slots callback for gs_remap_value.  */
static void
gs_remap_slot (void *slot, char kind, void *arg)
{
  if (kind == 'P')
    gs_remap_code (slot, arg);
  else
    gs_remap_data (slot, arg);
}

void
gs_remap_value (struct gs_map *m, const char *layout, void *v, size_t size)
{
  gs_layout_slots (layout, v, size,
		   m->n_moved || gs_heap_changing () ? "Pp" : "P",
		   gs_remap_slot, m);
}

void
gs_copy_by_name (void *ctx, unsigned long old_offset,
		 unsigned long new_offset, unsigned long size)
{
  struct gs_by_name_copy *c = ctx;

  memcpy (c->to + new_offset, c->from + old_offset, size);
}
