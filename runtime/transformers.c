/* gearshift runtime: the transformers a new version registers.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Transformers, C functions of the new version registered with the
   GEARSHIFT_TRANSFORM_* macros of <gearshift.h>, convert a global, a
   local or a whole frame whose type changed; a frame transformer reads
   the old frame and fills the new one through gearshift_frame_old and
   gearshift_frame_new.  Each is kept with the version it came with, and
   forgotten with a version that is refused.  */

#include <stdlib.h>
#include <string.h>

#include "gs-map.h"

/* The transformers registered, with the version each came with.  */
struct gs_transformer_entry
{
  unsigned int version;
  const struct gearshift_transformer *t;
};

/* The gearshift command reads transformers from files with the layout
   of gs-meta.h's list: <gearshift.h> must agree with it.  */
#if defined __x86_64__ && defined __LP64__
GS_META_CHECK_LAYOUT (gearshift_transformer, GS_META_TRANSFORMER_LIST)
#endif

static struct gs_transformer_entry *gs_transformers;
static size_t gs_n_transformers, gs_transformers_capacity;

/* Register transformer T, of the version being loaded.  Called from the
   constructors the GEARSHIFT_TRANSFORM_* macros define.  */
GS_EXPORT void
gearshift_register_transformer (const struct gearshift_transformer *t)
{
  if (!t)
    return;
  if (gs_n_transformers == gs_transformers_capacity)
    {
      size_t capacity = gs_transformers_capacity * 2 + 8;
      struct gs_transformer_entry *e
	= realloc (gs_transformers, capacity * sizeof *e);

      if (!e)
	{
	  fprintf (stderr, "gearshift: no memory to register a transformer\n");
	  return;
	}
      gs_transformers = e;
      gs_transformers_capacity = capacity;
    }
  gs_transformers[gs_n_transformers].version = gs_registry_loading ();
  gs_transformers[gs_n_transformers++].t = t;
}

/* Forget the transformers of version VERSION.  */
void
gs_drop_transformers (unsigned int version)
{
  size_t n = 0;

  for (size_t i = 0; i < gs_n_transformers; i++)
    if (gs_transformers[i].version != version)
      gs_transformers[n++] = gs_transformers[i];
  gs_n_transformers = n;
}

/* The transformer of KIND in version VERSION for FUNCTION (or null) and
   NAME (or null), or null.  */
const struct gearshift_transformer *
gs_find_transformer (unsigned int version, unsigned int kind,
		     const char *function, const char *name)
{
  for (size_t i = 0; i < gs_n_transformers; i++)
    {
      const struct gearshift_transformer *t = gs_transformers[i].t;

      if (gs_transformers[i].version == version && t->kind == kind
	  && (!function || (t->function && strcmp (t->function, function) == 0))
	  && (!name || (t->name && strcmp (t->name, name) == 0)))
	return t;
    }
  return NULL;
}

/* Call the functions that version VERSION registered with
   GEARSHIFT_ON_UPDATE, in the order they registered.  */
void
gs_run_on_update (unsigned int version)
{
  for (size_t i = 0; i < gs_n_transformers; i++)
    {
      const struct gearshift_transformer *t = gs_transformers[i].t;

      if (gs_transformers[i].version == version
	  && t->kind == GEARSHIFT_ON_UPDATE_KIND && t->value)
	t->value (NULL, NULL);
    }
}

/* gs_rules_transformers's question, about the transformers of version
   *CTX.  */
int
gs_has_transformer (const void *ctx, unsigned int kind, const char *function,
		    const char *name, int value)
{
  const struct gearshift_transformer *t
    = gs_find_transformer (*(const unsigned int *) ctx, kind, function,
			   name);

  return t && (!value || t->value);
}

/* The address of the value of field F in frame data DATA.  */
void *
gs_field_value (const struct gs_field_meta *f, const void *data)
{
  const char *slot = (const char *) data + f->offset;
  void *value;

  if (!(f->flags & GS_FIELD_INDIRECT))
    return (void *) slot;
  memcpy (&value, slot, sizeof value);
  return value;
}

/* The saved field named NAME at point POINT of FN, or null.  */
static const struct gs_field_meta *
gs_saved_field (const struct gs_fn_meta *fn, unsigned int point,
		const char *name)
{
  const struct gs_point_meta *p = &fn->points[point];

  for (unsigned int j = 0; j < p->nlive; j++)
    {
      const struct gs_field_meta *f = &fn->fields[p->live[j]];

      if (!(f->flags & GS_FIELD_TEMP) && strcmp (f->name, name) == 0)
	return f;
    }
  return NULL;
}

/* In a frame transformer: the old value of local NAME, or null.  */
GS_EXPORT const void *
gearshift_frame_old (struct gearshift_frame_map *map, const char *name)
{
  const struct gs_field_meta *f;

  if (!map || !name)
    return NULL;
  f = gs_saved_field (map->old->fn, map->old->point, name);
  return f ? gs_field_value (f, map->old->data) : NULL;
}

/* In a frame transformer: the new frame's slot for local NAME, or
   null.  */
GS_EXPORT void *
gearshift_frame_new (struct gearshift_frame_map *map, const char *name)
{
  const struct gs_field_meta *f;

  if (!map || !name)
    return NULL;
  f = gs_saved_field (map->new_fn, map->new_point, name);
  return f ? gs_field_value (f, map->new_data) : NULL;
}
