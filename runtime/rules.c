/* gearshift: the rules that map the running version onto a new one.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   See gs-rules.h.  Compiled into the runtime and, through
   tools/rules.c, into the gearshift command: plain C on the metadata's
   structures, nothing else of either.  */

#include <stdio.h>
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

const struct gs_fn_meta *
gs_rules_find_fn (const struct gs_unit_meta *const *units, size_t n,
		  const char *name, const char *file)
{
  const struct gs_fn_meta *found = NULL;

  for (size_t u = 0; u < n; u++)
    for (unsigned int i = 0; i < units[u]->nfns; i++)
      {
	const struct gs_fn_meta *fn = &units[u]->fns[i];

	if (strcmp (fn->name, name) != 0)
	  continue;
	if (!found || strcmp (gs_rules_basename (fn->file),
			      gs_rules_basename (file)) == 0)
	  found = fn;
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

  *old = NULL;
  if (nf->flags & GS_FIELD_SIDE)
    {
      /* The function's side-stack block.  */
      for (unsigned int k = 0; k < op->nlive; k++)
	if (old_fn->fields[op->live[k]].flags & GS_FIELD_SIDE)
	  *old = &old_fn->fields[op->live[k]];
      return GS_MAP_SIDE;
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
  if (!of)
    return GS_MAP_FRESH;
  if (gs_rules_same_field_type (of, nf))
    return GS_MAP_COPY;
  switch (gs_rules_converts (new_fn, nf, tr))
    {
    case GS_MAP_TRANSFORM_LOCAL:
      return GS_MAP_TRANSFORM_LOCAL;
    case GS_MAP_TRANSFORM_FRAME:
      return GS_MAP_TRANSFORM_FRAME;
    default:
      break;
    }
  snprintf (why, size, "local %s of %s changed type from %s to %s, and no "
	    "transformer converts it", nf->name, new_fn->name, of->type,
	    nf->type);
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
  /* The running one's value is its own initial value (it may be in
     read-only memory, where the new code could not write it).  */
  if ((old_g->flags | new_g->flags) & GS_GLOBAL_READONLY)
    return GS_GLOBAL_KEPT_READONLY;
  if (gs_same_global_type (old_g, new_g))
    return GS_GLOBAL_MAPPED;
  if (tr->has (tr->ctx, GEARSHIFT_TRANSFORM_GLOBAL_KIND, NULL, new_g->name,
	       1))
    return GS_GLOBAL_TRANSFORMED;
  return GS_GLOBAL_REFUSED;
}
