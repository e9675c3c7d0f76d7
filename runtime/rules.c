/* gearshift: the rules that map the running version onto a new one.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   See gs-rules.h.  Compiled into the runtime and, through
   tools/rules.c, into the gearshift command: plain C on the metadata's
   structures, nothing else of either.  */

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gearshift.h"
#include "gs-rules.h"

/* The last component of PATH: versions are built from the same files,
   perhaps in another directory.  */
const char *
gs_rules_basename (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash ? slash + 1 : path;
}

/* The first program name among UNITS (N of them), or null if none
   names one.  */
static const char *
gs_rules_program (const struct gs_unit_meta *const *units, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (units[i]->program && units[i]->program[0])
      return units[i]->program;
  return NULL;
}

/* Whether some unit among UNITS (N of them) names program NAME.  */
static int
gs_rules_names (const struct gs_unit_meta *const *units, size_t n,
		const char *name)
{
  for (size_t i = 0; i < n; i++)
    if (units[i]->program && strcmp (units[i]->program, name) == 0)
      return 1;
  return 0;
}

/* Write into BUF (SIZE bytes) the basenames of the files of UNITS (N
   of them), the first three, separated by commas.  */
static void
gs_rules_list_files (const struct gs_unit_meta *const *units, size_t n,
		     char *buf, size_t size)
{
  size_t len = 0;

  buf[0] = '\0';
  for (size_t i = 0; i < n && i < 4 && len < size; i++)
    {
      snprintf (buf + len, size - len, "%s%s", i ? ", " : "",
		i < 3 ? gs_rules_basename (units[i]->file) : "...");
      len += strlen (buf + len);
    }
}

/* See gs-rules.h.  Program names, when both versions give one, decide
   (every file may have been renamed); otherwise a version shares at
   least one source file with the one it replaces.  */
int
gs_rules_same_program (const struct gs_unit_meta *const *old, size_t n_old,
		       const struct gs_unit_meta *const *new, size_t n_new,
		       char *why, size_t size)
{
  const char *old_name = gs_rules_program (old, n_old);
  const char *new_name = gs_rules_program (new, n_new);
  char new_files[256], old_files[256];

  if (old_name && new_name)
    {
      for (size_t i = 0; i < n_new; i++)
	if (new[i]->program && gs_rules_names (old, n_old, new[i]->program))
	  return 0;
      snprintf (why, size, "it is program \"%s\", and the running version "
		"is program \"%s\"", new_name, old_name);
      return -1;
    }
  if (n_old == 0)
    return 0;
  for (size_t i = 0; i < n_new; i++)
    for (size_t j = 0; j < n_old; j++)
      if (strcmp (gs_rules_basename (new[i]->file),
		  gs_rules_basename (old[j]->file)) == 0)
	return 0;
  gs_rules_list_files (new, n_new, new_files, sizeof new_files);
  gs_rules_list_files (old, n_old, old_files, sizeof old_files);
  snprintf (why, size, "it shares no source file with the running version "
	    "(it is built from %s, the running version from %s)", new_files,
	    old_files);
  return -1;
}

/* The functions of a list of units sorted by name (and, among equal
   names, in the order of the list), so that an update looks up each of
   thousands of functions in O(log N), not through every unit: built by
   gs_rules_find_fn for the last two lists it was asked about (an
   update looks up in the old version's and the new one's in turn), and
   forgotten when gs_rules_forget says that units they list may have
   gone.  */
struct gs_fn_entry
{
  const struct gs_fn_meta *fn;
  size_t order;
};

struct gs_fn_index
{
  const struct gs_unit_meta **units;
  size_t n, nentries;
  unsigned long generation, used;
  struct gs_fn_entry *entries;
};

static pthread_mutex_t gs_fn_index_lock = PTHREAD_MUTEX_INITIALIZER;
static struct gs_fn_index gs_fn_indexes[2];
static unsigned long gs_fn_index_clock;

/* Bumped by gs_rules_forget.  */
static unsigned long gs_rules_generation = 1;

void
gs_rules_forget (void)
{
  __atomic_add_fetch (&gs_rules_generation, 1, __ATOMIC_SEQ_CST);
}

static int
gs_fn_entry_cmp (const void *a, const void *b)
{
  const struct gs_fn_entry *x = a, *y = b;
  int c = strcmp (x->fn->name, y->fn->name);

  return c ? c : x->order < y->order ? -1 : x->order > y->order;
}

/* The index of UNITS (N of them), built if need be in place of the one
   used least recently; null when out of memory.  The caller holds
   GS_FN_INDEX_LOCK.  */
static const struct gs_fn_index *
gs_fn_index_of (const struct gs_unit_meta *const *units, size_t n)
{
  unsigned long generation = __atomic_load_n (&gs_rules_generation,
					      __ATOMIC_SEQ_CST);
  struct gs_fn_index *ix = &gs_fn_indexes[0];
  size_t total = 0, k = 0;

  for (int i = 0; i < 2; i++)
    {
      struct gs_fn_index *x = &gs_fn_indexes[i];

      if (x->entries && x->n == n && x->generation == generation
	  && memcmp (x->units, units, n * sizeof *units) == 0)
	{
	  x->used = ++gs_fn_index_clock;
	  return x;
	}
      if (x->used < ix->used)
	ix = x;
    }
  free (ix->units);
  free (ix->entries);
  memset (ix, 0, sizeof *ix);
  for (size_t u = 0; u < n; u++)
    total += units[u]->nfns;
  ix->units = malloc ((n ? n : 1) * sizeof *units);
  ix->entries = malloc ((total ? total : 1) * sizeof *ix->entries);
  if (!ix->units || !ix->entries)
    {
      free (ix->units);
      free (ix->entries);
      memset (ix, 0, sizeof *ix);
      return NULL;
    }
  memcpy (ix->units, units, n * sizeof *units);
  for (size_t u = 0; u < n; u++)
    for (unsigned int i = 0; i < units[u]->nfns; i++, k++)
      {
	ix->entries[k].fn = &units[u]->fns[i];
	ix->entries[k].order = k;
      }
  qsort (ix->entries, total, sizeof *ix->entries, gs_fn_entry_cmp);
  ix->n = n;
  ix->nentries = total;
  ix->generation = generation;
  ix->used = ++gs_fn_index_clock;
  return ix;
}

/* Of FOUND (or null) and FN, functions of one name met in that order,
   the one gs_rules_find_fn prefers: the first, or the last from a file
   of FILE's basename.  */
static const struct gs_fn_meta *
gs_rules_prefer (const struct gs_fn_meta *found, const struct gs_fn_meta *fn,
		 const char *file)
{
  if (!found || strcmp (gs_rules_basename (fn->file),
			gs_rules_basename (file)) == 0)
    return fn;
  return found;
}

const struct gs_fn_meta *
gs_rules_find_fn (const struct gs_unit_meta *const *units, size_t n,
		  const char *name, const char *file)
{
  const struct gs_fn_meta *found = NULL;

  pthread_mutex_lock (&gs_fn_index_lock);
  const struct gs_fn_index *ix = gs_fn_index_of (units, n);
  if (ix)
    {
      /* The first entry of that name, then the others in order: the
	 first of them, or the last from a file of FILE's basename.  */
      size_t lo = 0, hi = ix->nentries;

      while (lo < hi)
	{
	  size_t mid = lo + (hi - lo) / 2;

	  if (strcmp (ix->entries[mid].fn->name, name) < 0)
	    lo = mid + 1;
	  else
	    hi = mid;
	}
      for (; lo < ix->nentries && strcmp (ix->entries[lo].fn->name,
					  name) == 0; lo++)
	found = gs_rules_prefer (found, ix->entries[lo].fn, file);
      pthread_mutex_unlock (&gs_fn_index_lock);
      return found;
    }
  pthread_mutex_unlock (&gs_fn_index_lock);

  /* Out of memory: through every unit.  */
  for (size_t u = 0; u < n; u++)
    for (unsigned int i = 0; i < units[u]->nfns; i++)
      {
	const struct gs_fn_meta *fn = &units[u]->fns[i];

	if (strcmp (fn->name, name) == 0)
	  found = gs_rules_prefer (found, fn, file);
      }
  return found;
}

enum gs_redirect_verdict
gs_rules_redirect (const struct gs_unit_meta *const *units, size_t n,
		   const struct gs_fn_meta *old_fn,
		   const struct gs_fn_meta **fn)
{
  const struct gs_fn_meta *nf = gs_rules_find_fn (units, n, old_fn->name,
						  old_fn->file);

  *fn = nf;
  if (!(old_fn->flags & GS_FN_REDIRECTABLE) || !old_fn->high)
    return GS_REDIRECT_NO_AREA;
  if (!nf)
    return GS_REDIRECT_GONE;
  if (strcmp (nf->type, old_fn->type) != 0)
    return GS_REDIRECT_TYPE;
  if (!nf->high && !nf->low)
    return GS_REDIRECT_NO_BODY;
  return GS_REDIRECT_OK;
}

/* Order the names that A and B point to, for bsearch.  */
static int
gs_rules_name_cmp (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

int
gs_rules_escapes (const struct gs_unit_meta *const *units, size_t n,
		  const struct gs_fn_meta *fn)
{
  if (fn->flags & GS_FN_ESCAPES)
    return 1;
  if (!(fn->flags & GS_FN_PUBLIC) || !fn->name)
    return 0;
  for (size_t u = 0; u < n; u++)
    if (units[u]->ntaken
	&& bsearch (&fn->name, units[u]->taken, units[u]->ntaken,
		    sizeof *units[u]->taken, gs_rules_name_cmp))
      return 1;
  return 0;
}

int
gs_rules_find_point (const struct gs_fn_meta *fn, const char *label)
{
  for (unsigned int i = 0; i < fn->npoints; i++)
    if (strcmp (fn->points[i].label, label) == 0)
      return (int) i;
  return -1;
}

enum gs_target_verdict
gs_rules_frame_target (const struct gs_unit_meta *const *units, size_t n,
		       const struct gs_fn_meta *old_fn,
		       unsigned int old_point, const struct gs_fn_meta **fn,
		       unsigned int *point)
{
  int p;

  *fn = gs_rules_find_fn (units, n, old_fn->name, old_fn->file);
  if (!*fn)
    return GS_TARGET_NO_FUNCTION;
  p = gs_rules_find_point (*fn, old_fn->points[old_point].label);
  if (p < 0)
    return GS_TARGET_NO_POINT;
  if (!(*fn)->low)
    return GS_TARGET_NO_LOW;
  *point = (unsigned int) p;
  return GS_TARGET_OK;
}

int
gs_rules_same_field_type (const struct gs_field_meta *a,
			  const struct gs_field_meta *b)
{
  return (strcmp (a->type, b->type) == 0
	  && strcmp (a->layout, b->layout) == 0
	  && ((a->flags ^ b->flags) & GS_FIELD_INDIRECT) == 0);
}

enum gs_map_verdict
gs_rules_converts (const struct gs_fn_meta *new_fn,
		   const struct gs_field_meta *old,
		   const struct gs_field_meta *field,
		   const struct gs_rules_transformers *tr)
{
  if (!(field->flags & GS_FIELD_INDIRECT)
      && tr->has (tr->ctx, GEARSHIFT_TRANSFORM_LOCAL_KIND, new_fn->name,
		  field->name, 1))
    return GS_MAP_TRANSFORM_LOCAL;
  if (tr->has (tr->ctx, GEARSHIFT_TRANSFORM_FRAME_KIND, new_fn->name, NULL,
	       0))
    return GS_MAP_TRANSFORM_FRAME;
  /* An address-taken variable lives in storage of its old size.  */
  if (!((old->flags | field->flags) & GS_FIELD_INDIRECT)
      && strcmp (old->type, field->type) == 0
      && gs_rules_by_name (field->type, old->layout, old->size, field->layout,
			   field->size, tr, NULL, NULL) == 0)
    return GS_MAP_BY_NAME;
  return GS_MAP_REFUSED;
}

enum gs_map_verdict
gs_rules_map_field (const struct gs_fn_meta *old_fn, unsigned int old_point,
		    const struct gs_fn_meta *new_fn, unsigned int new_point,
		    unsigned int j, struct gs_rules_temps *temps,
		    const struct gs_rules_transformers *tr,
		    const struct gs_field_meta **old, char *why, size_t size)
{
  const struct gs_point_meta *op = &old_fn->points[old_point];
  const struct gs_point_meta *np = &new_fn->points[new_point];
  const struct gs_field_meta *nf = &new_fn->fields[np->live[j]];
  const struct gs_field_meta *of = NULL;
  char change[256], transform[256], hint[640];

  *old = NULL;
  if (nf->flags & GS_FIELD_SIDE)
    {
      /* The function's side-stack block.  */
      for (unsigned int k = 0; k < op->nlive; k++)
	if (old_fn->fields[op->live[k]].flags & GS_FIELD_SIDE)
	  *old = &old_fn->fields[op->live[k]];
      return GS_MAP_SIDE;
    }
  if (nf->flags & (GS_FIELD_CONSTANT | GS_FIELD_ARGUMENT))
    {
      /* A constant of the new version's code, or what the caller
	 passes again when it resumes the call, whatever the old frame
	 held: a transformer of it would do nothing.  */
      int constant = (nf->flags & GS_FIELD_CONSTANT) != 0;

      if (tr->has (tr->ctx, GEARSHIFT_TRANSFORM_LOCAL_KIND, new_fn->name,
		   nf->name, 1))
	{
	  if (constant)
	    snprintf (why, size, "local %s of %s never changes from its "
		      "initialiser in the new version, which holds it as a "
		      "constant at point \"%s\": its transformer cannot set "
		      "it", nf->name, new_fn->name, np->label);
	  else
	    snprintf (why, size, "parameter %s of %s is what its caller "
		      "passes again when the new version resumes it at "
		      "point \"%s\": its transformer cannot set it",
		      nf->name, new_fn->name, np->label);
	  return GS_MAP_REFUSED;
	}
      return constant ? GS_MAP_CONSTANT : GS_MAP_ARGUMENT;
    }
  if (nf->flags & GS_FIELD_TEMP)
    {
      /* Temporaries: the next one of the old point, same layout.  */
      while (temps->next < op->nlive
	     && (!(old_fn->fields[op->live[temps->next]].flags
		   & GS_FIELD_TEMP)
		 || (old_fn->fields[op->live[temps->next]].flags
		     & GS_FIELD_SIDE)))
	temps->next++;
      if (temps->next < op->nlive)
	of = &old_fn->fields[op->live[temps->next++]];
      if (!of || strcmp (of->layout, nf->layout) != 0
	  || ((of->flags ^ nf->flags) & GS_FIELD_INDIRECT) != 0)
	{
	  snprintf (why, size, "%s computes differently at point \"%s\" in "
		    "the new version: its temporaries do not match",
		    new_fn->name, np->label);
	  return GS_MAP_REFUSED;
	}
    }
  else
    for (unsigned int k = 0; k < op->nlive && !of; k++)
      {
	const struct gs_field_meta *f = &old_fn->fields[op->live[k]];

	if (!(f->flags & GS_FIELD_TEMP) && strcmp (f->name, nf->name) == 0)
	  of = f;
      }
  *old = of;
  if (of && (of->flags & GS_FIELD_ARGUMENT))
    {
      /* It may hold the address of a local of the old caller's frame,
	 which the running version passes again when it resumes.  */
      snprintf (why, size, "parameter %s of %s may point into its "
		"caller's frame, which the running version passes again "
		"when it resumes, but the new version keeps it in the frame "
		"of %s at point \"%s\"", nf->name, new_fn->name,
		new_fn->name, np->label);
      return GS_MAP_REFUSED;
    }
  if (!of && (nf->flags & GS_FIELD_PARM)
      && !tr->has (tr->ctx, GEARSHIFT_TRANSFORM_FRAME_KIND, new_fn->name,
		   NULL, 0))
    {
      /* Its caller passed a value that the frame does not hold: zero
	 would be wrong.  */
      snprintf (why, size, "parameter %s of %s is not in the frame of %s "
		"stopped at point \"%s\" (new, or not kept there by the "
		"running version), so it would start at zero, not at what its "
		"caller passed; a GEARSHIFT_TRANSFORM_FRAME (%s, fn) can set "
		"it", nf->name, new_fn->name, old_fn->name, op->label,
		new_fn->name);
      return GS_MAP_REFUSED;
    }
  if (!of)
    return GS_MAP_FRESH;
  if (gs_rules_same_field_type (of, nf))
    return GS_MAP_COPY;
  enum gs_map_verdict v = gs_rules_converts (new_fn, of, nf, tr);
  if (v != GS_MAP_REFUSED)
    return v;
  gs_rules_type_change (of->type, of->layout, nf->type, nf->layout, change,
			sizeof change);
  snprintf (transform, sizeof transform,
	    "GEARSHIFT_TRANSFORM_LOCAL (%s, %s, fn)", new_fn->name, nf->name);
  gs_rules_type_hint (of->type, of->layout, of->size, nf->type, nf->layout,
		      nf->size, transform, hint, sizeof hint);
  snprintf (why, size, "local %s of %s changed type%s, and no transformer "
	    "converts it%s", nf->name, new_fn->name, change, hint);
  return GS_MAP_REFUSED;
}

/* Whether globals A and B hold values of the same type.  */
static int
gs_same_global_type (const struct gs_global_meta *a,
		     const struct gs_global_meta *b)
{
  return (strcmp (a->type, b->type) == 0
	  && strcmp (a->layout, b->layout) == 0 && a->size == b->size);
}

long
gs_rules_match_global (const struct gs_rules_globals *old,
		       const struct gs_unit_meta *const *new_units,
		       size_t n_new, const struct gs_unit_meta *new_u,
		       const struct gs_global_meta *new_g, int *renamed)
{
  long moved = -1;
  size_t n_moved = 0, n_new_statics = 0;

  *renamed = 0;
  for (size_t i = 0; i < old->n; i++)
    {
      const struct gs_unit_meta *u;
      const struct gs_global_meta *g = old->at (old->ctx, i, &u);

      if (strcmp (g->name, new_g->name) != 0)
	continue;
      if (!(new_g->flags & GS_GLOBAL_STATIC))
	return (long) i;
      if (!(g->flags & GS_GLOBAL_STATIC))
	continue;
      if (strcmp (gs_rules_basename (u->file),
		  gs_rules_basename (new_u->file)) == 0)
	return (long) i;
      if (gs_same_global_type (g, new_g))
	{
	  moved = (long) i;
	  n_moved++;
	}
    }
  if (n_moved != 1)
    return -1;
  for (size_t u = 0; u < n_new; u++)
    for (unsigned int i = 0; i < new_units[u]->nglobals; i++)
      if ((new_units[u]->globals[i].flags & GS_GLOBAL_STATIC)
	  && strcmp (new_units[u]->globals[i].name, new_g->name) == 0)
	n_new_statics++;
  if (n_new_statics != 1)
    return -1;
  *renamed = 1;
  return moved;
}

enum gs_global_verdict
gs_rules_global (const struct gs_global_meta *old_g,
		 const struct gs_global_meta *new_g,
		 const struct gs_rules_transformers *tr)
{
  if (!old_g)
    return GS_GLOBAL_NEW;
  /* A constant's address is an identity: the new version takes the
     running object, and gives it its own contents, which must fit.  A
     variable that was a constant may be in read-only memory, where the
     new code could not write it: it keeps its own.  */
  if ((new_g->flags & GS_GLOBAL_READONLY) && old_g->size == new_g->size)
    return GS_GLOBAL_CONSTANT;
  if ((old_g->flags | new_g->flags) & GS_GLOBAL_READONLY)
    return GS_GLOBAL_KEPT_READONLY;
  if (gs_same_global_type (old_g, new_g))
    return GS_GLOBAL_MAPPED;
  if (tr->has (tr->ctx, GEARSHIFT_TRANSFORM_GLOBAL_KIND, NULL, new_g->name,
	       1)
      || (strcmp (old_g->type, new_g->type) == 0
	  && gs_rules_by_name (new_g->type, old_g->layout, old_g->size,
			       new_g->layout, new_g->size, tr, NULL,
			       NULL) == 0))
    return GS_GLOBAL_TRANSFORMED;
  return GS_GLOBAL_REFUSED;
}

/* The running version's thread-local globals, as gs_rules_globals
   sees them.  */
struct gs_tls_view
{
  const struct gs_unit_meta *const *units;
  size_t n;
};

/* gs_rules_globals's I-th thread-local global of the gs_tls_view CTX.  */
static const struct gs_global_meta *
gs_tls_at (const void *ctx, size_t i, const struct gs_unit_meta **unit)
{
  const struct gs_tls_view *v = ctx;

  for (size_t u = 0; u < v->n; u++)
    for (unsigned int g = 0; g < v->units[u]->nglobals; g++)
      if ((v->units[u]->globals[g].flags & GS_GLOBAL_THREAD_LOCAL)
	  && i-- == 0)
	{
	  *unit = v->units[u];
	  return &v->units[u]->globals[g];
	}
  return NULL;
}

enum gs_global_verdict
gs_rules_thread_local (const struct gs_unit_meta *const *old_units,
		       size_t n_old,
		       const struct gs_unit_meta *const *new_units,
		       size_t n_new, const struct gs_unit_meta *new_u,
		       const struct gs_global_meta *new_g,
		       const struct gs_rules_transformers *tr,
		       const struct gs_unit_meta **old_u,
		       const struct gs_global_meta **old_g)
{
  struct gs_tls_view view = { old_units, n_old };
  struct gs_rules_globals old = { 0, gs_tls_at, &view };
  enum gs_global_verdict v;
  int renamed;
  long k;

  for (size_t u = 0; u < n_old; u++)
    for (unsigned int g = 0; g < old_units[u]->nglobals; g++)
      old.n += (old_units[u]->globals[g].flags & GS_GLOBAL_THREAD_LOCAL) != 0;
  k = gs_rules_match_global (&old, new_units, n_new, new_u, new_g, &renamed);
  *old_u = NULL;
  *old_g = k < 0 ? NULL : gs_tls_at (&view, (size_t) k, old_u);
  v = gs_rules_global (*old_g, new_g, tr);
  /* Each thread has its own copy: no address to share.  */
  if (v == GS_GLOBAL_CONSTANT)
    v = GS_GLOBAL_KEPT_READONLY;
  if (v == GS_GLOBAL_TRANSFORMED
      && !(strcmp ((*old_g)->type, new_g->type) == 0
	   && gs_rules_by_name (new_g->type, (*old_g)->layout,
				(*old_g)->size, new_g->layout, new_g->size,
				tr, NULL, NULL) == 0))
    v = GS_GLOBAL_REFUSED;
  return v;
}

/* A field of a struct or union layout descriptor: its name, where it
   is ("OFF" or "OFF+BIT/WIDTH") and its descriptor, each a span of the
   descriptor's text.  */
struct gs_layout_field
{
  const char *name, *where, *desc;
  size_t name_len, where_len, desc_len;
};

/* Read the field of a struct or union descriptor that starts at *POS
   into F, and move *POS past it.  Returns 0, or -1 at the end of the
   fields (or on a malformed descriptor).  */
static int
gs_layout_next_field (const char **pos, struct gs_layout_field *f)
{
  const char *p = *pos;
  int depth = 0;

  if (*p == ';')
    p++;
  if (*p == '\0' || *p == '}' || *p == '>')
    return -1;
  f->name = p;
  while (*p && *p != '@')
    p++;
  f->name_len = (size_t) (p - f->name);
  if (*p++ != '@')
    return -1;
  f->where = p;
  while (*p && *p != ':')
    p++;
  f->where_len = (size_t) (p - f->where);
  if (*p++ != ':')
    return -1;
  f->desc = p;
  for (; *p; p++)
    if (*p == '{' || *p == '<')
      depth++;
    else if ((*p == '}' || *p == '>') && depth-- == 0)
      break;
    else if (*p == ';' && depth == 0)
      break;
  f->desc_len = (size_t) (p - f->desc);
  *pos = p;
  return 0;
}

/* The field named like F among the fields of descriptor LAYOUT, into
   *FOUND.  Returns 0 if there is one, else -1.  */
static int
gs_layout_find_field (const char *layout, const struct gs_layout_field *f,
		      struct gs_layout_field *found)
{
  const char *p = layout + 1;

  while (gs_layout_next_field (&p, found) == 0)
    if (found->name_len == f->name_len
	&& memcmp (found->name, f->name, f->name_len) == 0)
      return 0;
  return -1;
}

/* Whether field F of descriptor A, which B lacks, is a field of B under
   another name, one that A lacks, at the same place and of the same
   layout; if so, set *G to it.  */
static int
gs_layout_renamed (const char *a, const char *b,
		   const struct gs_layout_field *f, struct gs_layout_field *g)
{
  struct gs_layout_field other;
  const char *p = b + 1;

  while (gs_layout_next_field (&p, g) == 0)
    if (g->name_len && g->where_len == f->where_len
	&& memcmp (g->where, f->where, f->where_len) == 0
	&& g->desc_len == f->desc_len
	&& memcmp (g->desc, f->desc, f->desc_len) == 0
	&& gs_layout_find_field (a, g, &other) != 0)
      return 1;
  return 0;
}

/* Append to BUF (SIZE bytes, holding *LEN) the printf-style FMT, with
   ", " before all but the first piece; "..." once it is full.  */
static void __attribute__ ((format (printf, 4, 5)))
gs_append_piece (char *buf, size_t size, size_t *len, const char *fmt, ...)
{
  va_list ap;
  int n;

  if (*len + 4 >= size)
    return;
  if (*len)
    {
      snprintf (buf + *len, size - *len, ", ");
      *len += 2;
    }
  va_start (ap, fmt);
  n = vsnprintf (buf + *len, size - *len, fmt, ap);
  va_end (ap);
  if (n < 0 || *len + (size_t) n + 4 >= size)
    {
      snprintf (buf + (size > 4 ? size - 4 : 0), 4, "...");
      *len = size;
      return;
    }
  *len += (size_t) n;
}

void
gs_rules_layout_diff (const char *old, const char *new, char *buf,
		      size_t size)
{
  struct gs_layout_field f, g;
  const char *p;
  size_t len = 0;

  if (size)
    buf[0] = '\0';
  if (!size || !((*old == '{' || *old == '<') && *old == *new))
    {
      if (size)
	snprintf (buf, size, "it is another kind of type");
      return;
    }
  for (p = old + 1; gs_layout_next_field (&p, &f) == 0;)
    {
      if (!f.name_len)
	continue;
      if (gs_layout_find_field (new, &f, &g))
	{
	  if (gs_layout_renamed (old, new, &f, &g))
	    gs_append_piece (buf, size, &len, "field %.*s renamed to %.*s",
			     (int) f.name_len, f.name, (int) g.name_len,
			     g.name);
	  else
	    gs_append_piece (buf, size, &len, "field %.*s removed",
			     (int) f.name_len, f.name);
	}
      else if (f.desc_len != g.desc_len
	       || memcmp (f.desc, g.desc, f.desc_len) != 0)
	gs_append_piece (buf, size, &len, "field %.*s changed type",
			 (int) f.name_len, f.name);
      else if (f.where_len != g.where_len
	       || memcmp (f.where, g.where, f.where_len) != 0)
	gs_append_piece (buf, size, &len, "field %.*s moved from offset %.*s "
			 "to %.*s", (int) f.name_len, f.name,
			 (int) f.where_len, f.where, (int) g.where_len,
			 g.where);
    }
  for (p = new + 1; gs_layout_next_field (&p, &g) == 0;)
    if (g.name_len && gs_layout_find_field (old, &g, &f)
	&& !gs_layout_renamed (new, old, &g, &f))
      gs_append_piece (buf, size, &len, "field %.*s added",
		       (int) g.name_len, g.name);
  if (!len)
    snprintf (buf, size, "its unnamed members changed");
}

void
gs_rules_type_change (const char *old_type, const char *old_layout,
		      const char *new_type, const char *new_layout,
		      char *buf, size_t size)
{
  char diff[160];

  if (strcmp (old_type, new_type) != 0
      || !(*old_layout == '{' || *old_layout == '<'))
    {
      snprintf (buf, size, " from %s to %s", old_type, new_type);
      return;
    }
  gs_rules_layout_diff (old_layout, new_layout, diff, sizeof diff);
  snprintf (buf, size, ": %s changed layout (%s)", new_type, diff);
}

/* The field renames of a layout change, "old new" pairs separated by
   newlines, for gs_hint_has.  */
struct gs_hint_renames
{
  char pairs[512];
};

/* A transformers' "has" for gs_rules_type_hint: every by-name
   conversion, and the renames found, as if the new version said so.  */
static int
gs_hint_has (const void *ctx, unsigned int kind, const char *function,
	     const char *name, int value)
{
  const struct gs_hint_renames *r = ctx;
  const char *p;
  size_t n;

  (void) function;
  if (value)
    return 0;
  if (kind == GEARSHIFT_CONVERT_BY_NAME_KIND)
    return 1;
  if (kind != GEARSHIFT_FIELD_RENAMED_KIND)
    return 0;
  if (!name)
    return r->pairs[0] != '\0';
  n = strlen (name);
  for (p = r->pairs; (p = strstr (p, name)); p += n)
    if ((p == r->pairs || p[-1] == '\n') && p[n] == '\n')
      return 1;
  return 0;
}

void
gs_rules_type_hint (const char *old_type, const char *old_layout,
		    unsigned long old_size, const char *new_type,
		    const char *new_layout, unsigned long new_size,
		    const char *transform, char *buf, size_t size)
{
  struct gs_hint_renames r = { "" };
  struct gs_rules_transformers tr = { gs_hint_has, &r };
  struct gs_layout_field f, g;
  char hints[512] = "";
  size_t len = 0, used = 0;
  const char *p;

  if (!size)
    return;
  buf[0] = '\0';
  if (strcmp (old_type, new_type) == 0 && *old_layout == '{'
      && *new_layout == '{')
    {
      for (p = old_layout + 1; gs_layout_next_field (&p, &f) == 0;)
	if (f.name_len && gs_layout_find_field (new_layout, &f, &g)
	    && gs_layout_renamed (old_layout, new_layout, &f, &g))
	  {
	    used += snprintf (r.pairs + used,
			      used < sizeof r.pairs ? sizeof r.pairs - used : 0,
			      "%.*s %.*s\n", (int) f.name_len, f.name,
			      (int) g.name_len, g.name);
	    gs_append_piece (hints, sizeof hints, &len,
			     "GEARSHIFT_FIELD_RENAMED (%s, %.*s, %.*s)",
			     new_type, (int) f.name_len, f.name,
			     (int) g.name_len, g.name);
	  }
      if (used < sizeof r.pairs
	  && gs_rules_by_name (new_type, old_layout, old_size, new_layout,
			       new_size, &tr, NULL, NULL) == 0)
	{
	  if (len)
	    snprintf (buf, size, "; say in the new version %s (the other "
		      "fields are copied by name), or %s", hints, transform);
	  else
	    snprintf (buf, size, "; say in the new version "
		      "GEARSHIFT_CONVERT_BY_NAME (%s) (fields copied by name, "
		      "new ones as the new version has them), or %s",
		      new_type, transform);
	  return;
	}
    }
  snprintf (buf, size, "; say in the new version %s", transform);
}

void
gs_rules_global_type_hint (const struct gs_global_meta *og,
			   const struct gs_global_meta *ng, char *buf,
			   size_t size)
{
  char transform[256];

  snprintf (transform, sizeof transform,
	    "GEARSHIFT_TRANSFORM_GLOBAL (%s, fn)", ng->name);
  gs_rules_type_hint (og->type, og->layout, og->size, ng->type, ng->layout,
		      ng->size, transform, buf, size);
}

const struct gs_type_meta *
gs_rules_find_type (const struct gs_unit_meta *const *units, size_t n,
		    const char *name, const char *file)
{
  const struct gs_type_meta *found = NULL;

  /* The same name in a unit of the same file, else in any unit: a tag
     may name different types in different files.  */
  for (size_t u = 0; u < n; u++)
    for (unsigned int i = 0; i < units[u]->ntypes; i++)
      if (strcmp (units[u]->types[i].name, name) == 0
	  && (!found || strcmp (gs_rules_basename (units[u]->file),
				gs_rules_basename (file)) == 0))
	found = &units[u]->types[i];
  return found;
}

/* How the objects of heap type NAME of the running version's units OLD
   (N_OLD of them) came to be: GS_TYPE_TRACKED if some unit allocates
   them and every allocation is the typed allocator's, else 0; set
   *UNTRACKED to the row of a unit whose allocations are not (null if
   none).  */
static unsigned int
gs_rules_heap_origin (const struct gs_unit_meta *const *old, size_t n_old,
		      const char *name, const struct gs_type_meta **untracked)
{
  unsigned int tracked = 0;

  *untracked = NULL;
  for (size_t u = 0; u < n_old; u++)
    for (unsigned int i = 0; i < old[u]->ntypes; i++)
      if (strcmp (old[u]->types[i].name, name) == 0)
	{
	  tracked |= old[u]->types[i].flags & GS_TYPE_TRACKED;
	  if ((old[u]->types[i].flags & GS_TYPE_UNTRACKED) && !*untracked)
	    *untracked = &old[u]->types[i];
	}
  return *untracked ? 0 : tracked;
}

int
gs_rules_heap_converts (const struct gs_type_meta *old_t,
			const struct gs_type_meta *new_t,
			const struct gs_rules_transformers *tr)
{
  return (tr->has (tr->ctx, GEARSHIFT_TRANSFORM_TYPE_KIND, NULL, new_t->name,
		   1)
	  || gs_rules_by_name (new_t->name, old_t->layout, old_t->size,
			       new_t->layout, new_t->size, tr, NULL,
			       NULL) == 0);
}

enum gs_type_verdict
gs_rules_heap_type (const struct gs_unit_meta *const *old, size_t n_old,
		    const struct gs_unit_meta *new_u,
		    const struct gs_type_meta *new_t,
		    const struct gs_rules_transformers *tr,
		    const struct gs_type_meta **old_t)
{
  const struct gs_type_meta *found, *untracked;

  found = gs_rules_find_type (old, n_old, new_t->name, new_u->file);
  *old_t = found;
  if (!found || strcmp (found->layout, new_t->layout) == 0)
    return GS_TYPE_SAME;
  if (tr->has (tr->ctx, GEARSHIFT_TYPE_NOT_IN_HEAP_KIND, NULL, new_t->name,
	       0))
    return GS_TYPE_NOT_IN_HEAP;
  if (gs_rules_heap_origin (old, n_old, new_t->name, &untracked)
      && gs_rules_heap_converts (found, new_t, tr))
    return GS_TYPE_CONVERTED;
  return GS_TYPE_REFUSED;
}

void
gs_rules_heap_type_why (const struct gs_unit_meta *const *old, size_t n_old,
			const struct gs_type_meta *old_t,
			const struct gs_type_meta *new_t, char *why,
			size_t size)
{
  const struct gs_type_meta *untracked;
  const char *base = gs_rules_basename (old_t->file);
  char diff[128], head[320];

  gs_rules_layout_diff (old_t->layout, new_t->layout, diff, sizeof diff);
  snprintf (head, sizeof head, "%s changed layout (%s) and is used through "
	    "a pointer (%s:%u)", new_t->name, diff, base, old_t->line);
  if (!gs_rules_heap_origin (old, n_old, new_t->name, &untracked))
    {
      if (untracked)
	snprintf (why, size, "%s: objects of it are allocated at %s:%u in a "
		  "way the runtime does not see (not malloc, calloc or realloc, "
		  "nor an allocator of the program's that returns what they "
		  "returned, into a pointer to it), so an update cannot find "
		  "them; if none "
		  "is alive outside the globals and frames an update maps, say "
		  "so in the new version with GEARSHIFT_TYPE_NOT_IN_HEAP (%s)",
		  head, gs_rules_basename (untracked->alloc_file),
		  untracked->alloc_line, new_t->name);
      else
	snprintf (why, size, "%s: objects of it may be in the heap, but the "
		  "program allocates none (they come from a library, or from "
		  "memory cast to it), so an update cannot find them; if none "
		  "is alive outside the globals and frames an update maps, say "
		  "so in the new version with GEARSHIFT_TYPE_NOT_IN_HEAP (%s)",
		  head, new_t->name);
      return;
    }
  snprintf (why, size, "%s: its objects in the heap (allocated at %s:%u) "
	    "convert only if the new version says how: "
	    "GEARSHIFT_CONVERT_BY_NAME (%s) copies the fields of the same name "
	    "and layout, GEARSHIFT_TRANSFORM_TYPE (%s, fn) calls fn for each",
	    head, gs_rules_basename (old_t->alloc_file), old_t->alloc_line,
	    new_t->name, new_t->name);
}

/* The byte offset of field F, and the bytes it may take up to the next
   field or, for the last, to SIZE, the size of the struct LAYOUT.  */
static void
gs_layout_extent (const char *layout, const struct gs_layout_field *f,
		  unsigned long size, unsigned long *off, unsigned long *len)
{
  struct gs_layout_field g;
  const char *p = layout + 1;
  unsigned long end = size;

  *off = strtoul (f->where, NULL, 10);
  while (gs_layout_next_field (&p, &g) == 0)
    {
      unsigned long o = strtoul (g.where, NULL, 10);

      if (o > *off && o < end)
	end = o;
    }
  *len = end > *off ? end - *off : 0;
}

/* Whether the new version says old field OLD_NAME of TYPE is NEW_NAME
   now.  */
static int
gs_rules_renamed_to (const struct gs_rules_transformers *tr,
		     const char *type, const struct gs_layout_field *f,
		     const struct gs_layout_field *g)
{
  char names[512];

  snprintf (names, sizeof names, "%.*s %.*s", (int) f->name_len, f->name,
	    (int) g->name_len, g->name);
  return tr->has (tr->ctx, GEARSHIFT_FIELD_RENAMED_KIND, type, names, 0);
}

/* gs_rules_by_name for the fields of the struct values OLD_LAYOUT and
   NEW_LAYOUT (of OLD_SIZE and NEW_SIZE bytes) at offsets OLD_AT and
   NEW_AT of the whole: PASS 0 checks, pass 1 copies.  Fields renamed
   are TYPE's (null inside a nested struct, whose type has no name in a
   layout).  */
static int
gs_by_name_fields (const char *type, const char *old_layout,
		   unsigned long old_size, const char *new_layout,
		   unsigned long new_size,
		   const struct gs_rules_transformers *tr,
		   void (*copy) (void *ctx, unsigned long old_offset,
				 unsigned long new_offset, unsigned long size),
		   void *ctx, unsigned long old_at, unsigned long new_at,
		   int pass)
{
  struct gs_layout_field f, g;
  const char *p;

  /* Structs only, of named fields at whole bytes.  */
  if (*old_layout != '{' || *new_layout != '{')
    return -1;
  for (p = new_layout + 1; gs_layout_next_field (&p, &g) == 0;)
    {
      const char *q = old_layout + 1;
      int found = 0;
      unsigned long fo, fl, go, gl;

      if (!g.name_len || memchr (g.where, '+', g.where_len))
	return -1;
      while (!found && gs_layout_next_field (&q, &f) == 0)
	found = (f.name_len == g.name_len
		 && memcmp (f.name, g.name, f.name_len) == 0)
		|| (type && f.name_len && gs_rules_renamed_to (tr, type, &f, &g));
      if (!found)
	continue;		/* New: keeps the new version's value.  */
      if (memchr (f.where, '+', f.where_len))
	return -1;
      gs_layout_extent (old_layout, &f, old_size, &fo, &fl);
      gs_layout_extent (new_layout, &g, new_size, &go, &gl);
      if (f.desc_len != g.desc_len || memcmp (f.desc, g.desc, f.desc_len))
	{
	  /* A struct inside whose layout changed: its fields by name.  */
	  if (*f.desc != '{' || *g.desc != '{'
	      || gs_by_name_fields (NULL, f.desc, fl, g.desc, gl, tr, copy,
				    ctx, old_at + fo, new_at + go, pass))
	    return -1;
	}
      else if (pass == 1)
	copy (ctx, old_at + fo, new_at + go, fl < gl ? fl : gl);
    }
  return 0;
}

int
gs_rules_by_name (const char *type, const char *old_layout,
		  unsigned long old_size, const char *new_layout,
		  unsigned long new_size,
		  const struct gs_rules_transformers *tr,
		  void (*copy) (void *ctx, unsigned long old_offset,
				unsigned long new_offset, unsigned long size),
		  void *ctx)
{
  if (!tr->has (tr->ctx, GEARSHIFT_CONVERT_BY_NAME_KIND, NULL, type, 0)
      && !tr->has (tr->ctx, GEARSHIFT_FIELD_RENAMED_KIND, type, NULL, 0))
    return -1;
  /* Pass 0 checks every field, pass 1 (when there is COPY) copies.  */
  for (int pass = 0; pass < (copy ? 2 : 1); pass++)
    if (gs_by_name_fields (type, old_layout, old_size, new_layout, new_size,
			   tr, copy, ctx, 0, 0, pass))
      return -1;
  return 0;
}

long
gs_rules_field_offset (const char *type, const char *old_layout,
		       unsigned long old_size, const char *new_layout,
		       const struct gs_rules_transformers *tr,
		       unsigned long off)
{
  struct gs_layout_field f, g;
  const char *p, *q;
  unsigned long at, len;

  if (*old_layout != '{' || *new_layout != '{')
    return -1;
  for (p = old_layout + 1; gs_layout_next_field (&p, &f) == 0;)
    {
      if (!f.name_len || memchr (f.where, '+', f.where_len))
	continue;
      gs_layout_extent (old_layout, &f, old_size, &at, &len);
      if (off < at || off - at >= len)
	continue;
      for (q = new_layout + 1; gs_layout_next_field (&q, &g) == 0;)
	if (((g.name_len == f.name_len
	      && memcmp (g.name, f.name, f.name_len) == 0)
	     || (type && g.name_len
		 && gs_rules_renamed_to (tr, type, &f, &g)))
	    && !memchr (g.where, '+', g.where_len))
	  {
	    unsigned long gat, glen;
	    long inside;

	    gs_layout_extent (new_layout, &g, (unsigned long) -1, &gat,
			      &glen);
	    if (g.desc_len == f.desc_len
		&& memcmp (g.desc, f.desc, f.desc_len) == 0)
	      return (long) (gat + (off - at));
	    /* A struct inside that changed: the same field of it.  */
	    if (*f.desc != '{' || *g.desc != '{')
	      return -1;
	    inside = gs_rules_field_offset (NULL, f.desc, len, g.desc, tr,
					    off - at);
	    return inside < 0 ? -1 : (long) gat + inside;
	  }
      return -1;
    }
  return -1;
}

void
gs_rules_by_name_plan (const char *type, const char *old_layout,
		       const char *new_layout,
		       const struct gs_rules_transformers *tr, char *buf,
		       size_t size)
{
  struct gs_layout_field f, g;
  const char *p, *q;
  size_t len = 0;

  if (size)
    buf[0] = '\0';
  for (p = old_layout + 1; gs_layout_next_field (&p, &f) == 0;)
    {
      int same = 0, renamed = 0;

      if (!f.name_len)
	continue;
      for (q = new_layout + 1; !same && !renamed
				&& gs_layout_next_field (&q, &g) == 0;)
	{
	  same = (g.name_len == f.name_len
		  && memcmp (g.name, f.name, f.name_len) == 0);
	  renamed = !same && g.name_len
		    && gs_rules_renamed_to (tr, type, &f, &g);
	}
      if (renamed)
	gs_append_piece (buf, size, &len, "%.*s becomes %.*s",
			 (int) f.name_len, f.name, (int) g.name_len, g.name);
      else if (!same)
	gs_append_piece (buf, size, &len, "%.*s dropped", (int) f.name_len,
			 f.name);
    }
  for (q = new_layout + 1; gs_layout_next_field (&q, &g) == 0;)
    {
      int found = 0;

      if (!g.name_len)
	continue;
      for (p = old_layout + 1; !found && gs_layout_next_field (&p, &f) == 0;)
	found = ((f.name_len == g.name_len
		  && memcmp (f.name, g.name, f.name_len) == 0)
		 || (f.name_len && gs_rules_renamed_to (tr, type, &f, &g)));
      if (!found)
	gs_append_piece (buf, size, &len, "%.*s new", (int) g.name_len,
			 g.name);
    }
  if (!len && size)
    snprintf (buf, size, "fields moved");
}
