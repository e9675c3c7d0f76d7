/* gearshift command: "gearshift check OLD NEW", an update predicted.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Applies the rules of runtime/swap.c to the metadata of two files,
   without running either: keep the two in step.

   - Globals of NEW are matched to those of OLD by name (a static of NEW
     only to a static of OLD from a file of the same basename).  Same
     type, layout and size: mapped.  Otherwise transformed if NEW has a
     GEARSHIFT_TRANSFORM_GLOBAL for it, else refused: any refused global
     refuses every update.  Unmatched globals of NEW are new and keep
     their initialisers, as do read-only ones; unmatched globals of OLD
     are dropped.
   - Functions decide only when a frame of theirs is on the stack at the
     update, stopped at one of their points: so for each function of
     OLD, and each of its points, say whether such a frame would map.
     It would not if NEW has no such function, no low-gear clone of it,
     no point of the same label, different temporaries at that point,
     or a saved variable whose type changed with neither a
     GEARSHIFT_TRANSFORM_LOCAL for it nor a GEARSHIFT_TRANSFORM_FRAME for
     the function.  */

#include "tool.h"

#include <string.h>

static const char check_help[] =
  "Usage: gearshift check OLD NEW\n"
  "Tell what an update from OLD (the running version: an executable or\n"
  "a shared object built with the gearshift plugin) to NEW (a shared\n"
  "object built with the plugin) would do, without running either: which\n"
  "globals map, are transformed, are new, are refused or are removed;\n"
  "and for each function of OLD, whether a frame of it on the stack at\n"
  "the update would map, point by point and variable by variable.\n"
  "\n"
  "Exit status: 0 if no global is refused (functions are only refused\n"
  "when on the stack), 1 if the update would be refused, 2 on trouble.\n";

/* Counts for the summary line.  */
struct check_counts
{
  unsigned int mapped, transformed, fresh, refused, removed;
  unsigned int fns_ok, fns_refusable;
};

/* Whether globals G1 and G2 have the same type, as swap.c compares.  */
static int
same_global_type (const struct meta_global *g1, const struct meta_global *g2)
{
  return (strcmp (g1->type, g2->type) == 0
	  && strcmp (g1->layout, g2->layout) == 0 && g1->size == g2->size);
}

/* Whether fields F1 and F2 have the same type, as swap.c compares.  */
static int
same_field_type (const struct meta_field *f1, const struct meta_field *f2)
{
  return (strcmp (f1->type, f2->type) == 0
	  && strcmp (f1->layout, f2->layout) == 0
	  && ((f1->flags ^ f2->flags) & GS_FIELD_INDIRECT) == 0);
}

/* Whether NEW has a transformer of KIND for FUNCTION (or any when
   null) and NAME (or any when null).  */
static int
has_transformer (const struct meta_file *new, uint32_t kind,
		 const char *function, const char *name)
{
  for (size_t i = 0; i < new->ntransformers; i++)
    {
      const struct meta_transformer *t = &new->transformers[i];

      if (t->kind == kind
	  && (!function || (t->function && strcmp (t->function, function) == 0))
	  && (!name || (t->name && strcmp (t->name, name) == 0)))
	return 1;
    }
  return 0;
}

/* The global of MF matching G of unit GU, as swap.c's gs_find_global
   matches a new global G against the running ones: by name, and a
   static G only a static of a file of the same basename.  Set *UNIT to
   its unit.  */
static const struct meta_global *
find_global (const struct meta_file *mf, const struct meta_unit *gu,
	     const struct meta_global *g, const struct meta_unit **unit)
{
  for (size_t u = 0; u < mf->nunits; u++)
    for (uint32_t i = 0; i < mf->units[u].nglobals; i++)
      {
	const struct meta_global *o = &mf->units[u].globals[i];

	if (!o->present || strcmp (o->name, g->name) != 0)
	  continue;
	if ((g->flags & GS_GLOBAL_STATIC)
	    && (!(o->flags & GS_GLOBAL_STATIC)
		|| strcmp (meta_basename (mf->units[u].file),
			   meta_basename (gu->file)) != 0))
	  continue;
	*unit = &mf->units[u];
	return o;
      }
  return NULL;
}

/* Print global G of unit U as "global NAME" or "global static NAME
   (FILE)".  */
static void
print_global (const struct meta_unit *u, const struct meta_global *g)
{
  if (g->flags & GS_GLOBAL_STATIC)
    printf ("global static %s (%s)", g->name, meta_basename (u->file));
  else
    printf ("global %s", g->name);
}

/* Check the globals of NEW against those of OLD into C.  */
static void
check_globals (const struct meta_file *old, const struct meta_file *new,
	       struct check_counts *c)
{
  for (size_t u = 0; u < new->nunits; u++)
    for (uint32_t i = 0; i < new->units[u].nglobals; i++)
      {
	const struct meta_unit *nu = &new->units[u], *ou;
	const struct meta_global *ng = &nu->globals[i];
	const struct meta_global *og;

	if (!ng->present)
	  continue;
	og = find_global (old, nu, ng, &ou);
	print_global (nu, ng);
	if (og && ((ng->flags | og->flags) & 2))
	  {
	    printf (": read-only, keeps the new version's value\n");
	    c->fresh++;
	  }
	else if (!og)
	  {
	    printf (": new, keeps its initialiser\n");
	    c->fresh++;
	  }
	else if (same_global_type (og, ng))
	  {
	    printf (": mapped\n");
	    c->mapped++;
	  }
	else if (has_transformer (new, 1, NULL, ng->name))
	  {
	    printf (": transformed from %s to %s\n", og->type, ng->type);
	    c->transformed++;
	  }
	else
	  {
	    printf (": refused: type changed from %s to %s, and no "
		    "transformer converts it\n", og->type, ng->type);
	    c->refused++;
	  }
      }
  /* Globals of OLD that no global of NEW takes over.  */
  for (size_t u = 0; u < old->nunits; u++)
    for (uint32_t i = 0; i < old->units[u].nglobals; i++)
      {
	const struct meta_unit *ou = &old->units[u];
	const struct meta_global *og = &ou->globals[i];
	int taken = !og->present;

	for (size_t v = 0; v < new->nunits && !taken; v++)
	  for (uint32_t j = 0; j < new->units[v].nglobals && !taken; j++)
	    {
	      const struct meta_unit *mu;

	      taken = (new->units[v].globals[j].present
		       && find_global (old, &new->units[v],
				       &new->units[v].globals[j], &mu) == og);
	    }
	if (!taken)
	  {
	    print_global (ou, og);
	    printf (": removed\n");
	    c->removed++;
	  }
      }
}

/* The function called NAME in MF, preferring one from a file of the
   same basename as FILE, as swap.c's gs_find_fn; or null.  */
static const struct meta_fn *
find_fn (const struct meta_file *mf, const char *name, const char *file)
{
  const struct meta_fn *found = NULL;

  for (size_t u = 0; u < mf->nunits; u++)
    for (uint32_t i = 0; i < mf->units[u].nfns; i++)
      {
	const struct meta_fn *fn = &mf->units[u].fns[i];

	if (strcmp (fn->name, name) != 0)
	  continue;
	if (!found || strcmp (meta_basename (fn->file),
			      meta_basename (file)) == 0)
	  found = fn;
      }
  return found;
}

/* Whether a frame of OF stopped at its point OP would map onto NF at
   its point NP: null if so, else why not, in BUF of SIZE bytes.  Set
   *TRANSFORMED when a transformer would convert a variable.  */
static const char *
map_point (const struct meta_file *new, const struct meta_fn *of,
	   const struct meta_point *op, const struct meta_fn *nf,
	   const struct meta_point *np, char *buf, size_t size,
	   int *transformed)
{
  uint32_t old_temp = 0;

  for (uint32_t j = 0; j < np->nlive; j++)
    {
      const struct meta_field *f = &nf->fields[np->live[j]], *o = NULL;

      if (f->flags & GS_FIELD_TEMP)
	{
	  while (old_temp < op->nlive
		 && !(of->fields[op->live[old_temp]].flags & GS_FIELD_TEMP))
	    old_temp++;
	  if (old_temp < op->nlive)
	    o = &of->fields[op->live[old_temp++]];
	  if (!o || strcmp (o->layout, f->layout) != 0
	      || ((o->flags ^ f->flags) & GS_FIELD_INDIRECT) != 0)
	    {
	      snprintf (buf, size, "its temporaries at point \"%s\" do not "
			"match", np->label);
	      return buf;
	    }
	  continue;
	}
      for (uint32_t k = 0; k < op->nlive && !o; k++)
	{
	  const struct meta_field *g = &of->fields[op->live[k]];

	  if (!(g->flags & GS_FIELD_TEMP) && strcmp (g->name, f->name) == 0)
	    o = g;
	}
      if (!o || same_field_type (o, f))
	continue;
      if (has_transformer (new, 2, nf->name, f->name)
	  || has_transformer (new, 3, nf->name, NULL))
	{
	  *transformed = 1;
	  continue;
	}
      snprintf (buf, size, "local %s changed type from %s to %s", f->name,
		o->type, f->type);
      return buf;
    }
  return NULL;
}

/* The index of the field of FN called NAME that is no temporary, or
   -1.  */
static long
find_field (const struct meta_fn *fn, const char *name)
{
  for (uint32_t i = 0; i < fn->nfields; i++)
    if (!(fn->fields[i].flags & GS_FIELD_TEMP)
	&& strcmp (fn->fields[i].name, name) == 0)
      return i;
  return -1;
}

/* Check function OF of OLD against NEW into C.  */
static void
check_fn (const struct meta_file *new, const struct meta_fn *of,
	  struct check_counts *c)
{
  const struct meta_fn *nf = find_fn (new, of->name, of->file);
  char first[512] = "", buf[512];
  int transformed = 0;

  printf ("function %s (%s): ", of->name, meta_basename (of->file));
  if (!nf)
    {
      if (of->npoints == 0)
	{
	  printf ("removed; it has no update points, so is never on a "
		  "captured stack\n");
	  c->fns_ok++;
	}
      else
	{
	  printf ("if on the stack: refused: the new version has no "
		  "function %s\n", of->name);
	  c->fns_refusable++;
	}
      return;
    }
  /* The verdict of each point, the first refusal for the function's.  */
  for (uint32_t i = 0; i < of->npoints; i++)
    {
      const struct meta_point *op = &of->points[i];
      const char *why = NULL;
      uint32_t k;

      for (k = 0; k < nf->npoints; k++)
	if (strcmp (nf->points[k].label, op->label) == 0)
	  break;
      if (k == nf->npoints)
	{
	  snprintf (buf, sizeof buf, "point \"%s\" gone", op->label);
	  why = buf;
	}
      else if (!nf->has_low)
	{
	  snprintf (buf, sizeof buf, "the new version's %s has no low-gear "
		    "clone", nf->name);
	  why = buf;
	}
      else
	why = map_point (new, of, op, nf, &nf->points[k], buf, sizeof buf,
			 &transformed);
      if (why && !first[0])
	snprintf (first, sizeof first, "%s", why);
    }
  if (first[0])
    {
      printf ("if on the stack: refused: %s\n", first);
      c->fns_refusable++;
    }
  else
    {
      printf ("if on the stack: maps%s\n",
	      transformed ? ", with transformers" : "");
      c->fns_ok++;
    }
  /* The details: each point, each variable.  */
  for (uint32_t i = 0; i < of->npoints; i++)
    {
      const struct meta_point *op = &of->points[i];
      const char *why = NULL;
      uint32_t k;
      int t = 0;

      for (k = 0; k < nf->npoints; k++)
	if (strcmp (nf->points[k].label, op->label) == 0)
	  break;
      printf ("  point \"%s\": ", op->label);
      if (k == nf->npoints)
	{
	  printf ("refused: gone\n");
	  continue;
	}
      if (nf->has_low)
	why = map_point (new, of, op, nf, &nf->points[k], buf, sizeof buf,
			 &t);
      else
	why = "no low-gear clone";
      if (why)
	printf ("refused: %s\n", why);
      else
	printf ("maps%s\n", t ? ", with transformers" : "");
    }
  for (uint32_t i = 0; i < of->nfields; i++)
    {
      const struct meta_field *o = &of->fields[i];
      long j;

      if (o->flags & GS_FIELD_TEMP)
	continue;
      j = find_field (nf, o->name);
      printf ("  field %s: ", o->name);
      if (j < 0)
	printf ("removed\n");
      else if (same_field_type (o, &nf->fields[j]))
	printf ("same type\n");
      else
	printf ("type changed from %s to %s: %s\n", o->type,
		nf->fields[j].type,
		has_transformer (new, 2, nf->name, o->name)
		|| has_transformer (new, 3, nf->name, NULL)
		? "transform" : "no transformer");
    }
  for (uint32_t i = 0; i < nf->nfields; i++)
    if (!(nf->fields[i].flags & GS_FIELD_TEMP)
	&& find_field (of, nf->fields[i].name) < 0)
      printf ("  field %s: added, starts at zero\n", nf->fields[i].name);
}

/* Check the functions of OLD against NEW into C; list NEW's new
   functions.  */
static void
check_fns (const struct meta_file *old, const struct meta_file *new,
	   struct check_counts *c)
{
  for (size_t u = 0; u < old->nunits; u++)
    for (uint32_t i = 0; i < old->units[u].nfns; i++)
      check_fn (new, &old->units[u].fns[i], c);
  for (size_t u = 0; u < new->nunits; u++)
    for (uint32_t i = 0; i < new->units[u].nfns; i++)
      {
	const struct meta_fn *nf = &new->units[u].fns[i];

	if (!find_fn (old, nf->name, nf->file))
	  printf ("function %s (%s): new\n", nf->name,
		  meta_basename (nf->file));
      }
}

/* gearshift check OLD NEW.  ARGV[0] is "check".  */
int
tool_check (int argc, char **argv)
{
  struct meta_file old, new;
  struct check_counts c;
  int status = TOOL_EXIT_OK;

  if (tool_wants_help (argc, argv, check_help))
    return TOOL_EXIT_OK;
  if (argc != 3)
    {
      tool_error ("check: expected two files, OLD and NEW (try "
		  "'gearshift check --help')");
      return TOOL_EXIT_TROUBLE;
    }
  memset (&c, 0, sizeof c);
  if (meta_load (&old, argv[1]))
    {
      tool_error ("%s: %s", argv[1], old.elf.error);
      meta_free (&old);
      return TOOL_EXIT_TROUBLE;
    }
  if (meta_load (&new, argv[2]))
    {
      tool_error ("%s: %s", argv[2], new.elf.error);
      meta_free (&old);
      meta_free (&new);
      return TOOL_EXIT_TROUBLE;
    }
  check_globals (&old, &new, &c);
  check_fns (&old, &new, &c);
  printf ("check: %u globals mapped, %u transformed, %u new, %u refused; "
	  "%u functions fully mappable, %u refusable if on the stack\n",
	  c.mapped, c.transformed, c.fresh, c.refused, c.fns_ok,
	  c.fns_refusable);
  if (c.refused)
    status = TOOL_EXIT_REFUSED;
  /* The runtime loads a new version with dlopen.  */
  if (new.elf.type != 3 /* ET_DYN */ || new.elf.pie)
    {
      printf ("check: refused: %s is a %s, and a new version must be a "
	      "shared object (built with -fPIC -shared)\n", argv[2],
	      elf_kind (&new.elf));
      status = TOOL_EXIT_REFUSED;
    }
  meta_free (&old);
  meta_free (&new);
  return status;
}
