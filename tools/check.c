/* gearshift command: "gearshift check OLD NEW", an update predicted.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Applies the runtime's own rules (runtime/rules.c, gs-rules.h) to the
   metadata of two files, without running either:

   - NEW must be a version of OLD's program: both name the same program
     (-fplugin-arg-gearshift-program=) or, if not both name one, they
     share a source file; and a shared object.  Else the update is
     refused, whatever the rest says.
   - Globals of NEW are matched to those of OLD by name (a static of NEW
     to a static of OLD from a file of the same basename, or, its file
     renamed, to the one static of that name and type).  Same
     type, layout and size: mapped.  Otherwise transformed if NEW has a
     GEARSHIFT_TRANSFORM_GLOBAL for it, else refused: any refused global
     refuses every update.  Unmatched globals of NEW are new and keep
     their initialisers, as do read-only ones; unmatched globals of OLD
     are dropped.
   - A struct or union type that code of both files uses through a
     pointer and whose layout changed refuses the update, unless NEW
     says with GEARSHIFT_TYPE_NOT_IN_HEAP that no object of it is in the
     heap: such objects are converted by nothing.
   - Functions decide only when a frame of theirs is on the stack at the
     update, stopped at one of their points: so for each function of
     OLD, and each of its points, say whether such a frame would map.
     It would not if NEW has no such function, no low-gear clone of it,
     no point of the same label, different temporaries at that point,
     or a saved variable whose type changed with neither a
     GEARSHIFT_TRANSFORM_LOCAL for it nor a GEARSHIFT_TRANSFORM_FRAME for
     the function.
   - And whether its entry will jump to NEW's function of the same name
     and type (runtime/redirect.c), or it keeps its old body, which
     stays reachable if its address is taken.  */

#include "tool.h"
#include "gearshift.h"
#include "gs-rules.h"

#include <stdlib.h>
#include <string.h>

static const char check_help[] =
  "Usage: gearshift check OLD NEW\n"
  "Tell what an update from OLD (the running version: an executable or\n"
  "a shared object built with the gearshift plugin) to NEW (a shared\n"
  "object built with the plugin) would do, without running either: which\n"
  "globals map, are transformed, are new, are refused or are removed;\n"
  "which types used through pointers (whose objects may be in the heap)\n"
  "changed layout, which refuses the update unless NEW says with\n"
  "GEARSHIFT_TYPE_NOT_IN_HEAP that none is there; and for each function\n"
  "of OLD, whether a frame of it on the stack at the update would map,\n"
  "point by point and variable by variable, and whether its entry will\n"
  "jump to NEW's function or keep its old body.  NEW must be a version of\n"
  "OLD's program: both built with the same\n"
  "-fplugin-arg-gearshift-program=NAME, or sharing a source file.\n"
  "\n"
  "Exit status: 0 if no global or type is refused (functions are only\n"
  "refused when on the stack), 1 if the update would be refused, 2 on\n"
  "trouble.\n";

/* Counts for the summary line.  */
struct check_counts
{
  unsigned int mapped, transformed, fresh, refused, removed;
  unsigned int types_changed, types_refused;
  unsigned int fresh_writable;	/* New globals that code may write.  */
  unsigned int thread_local;	/* Thread-local globals carried over.  */
  unsigned int fns_ok, fns_refusable;
  unsigned int redirected, reachable;
  unsigned int constants;	/* Constants that keep their address.  */
  unsigned int renewed;		/* Those with other contents.  */
  unsigned int unshared;	/* Constants that changed size.  */
};

/* Say what becomes of the entry of OF, a function of the running
   version OLD, when NEW takes over (gs_rules_redirect); count it in
   C.  */
static void
check_entry (const struct gs_meta_file *old, const struct gs_meta_file *new,
	     const struct gs_fn_meta *of, struct check_counts *c)
{
  const struct gs_fn_meta *nf;
  enum gs_redirect_verdict r = gs_rules_redirect (new->unit_list,
						  new->nunits, of, &nf);
  int escapes = (r != GS_REDIRECT_NO_AREA
		 && gs_rules_escapes (old->unit_list, old->nunits, of));

  printf ("  entry: ");
  switch (r)
    {
    case GS_REDIRECT_OK:
      printf ("redirected to the new version's\n");
      c->redirected++;
      return;
    case GS_REDIRECT_GONE:
      printf ("kept: the new version has no function %s", of->name);
      break;
    case GS_REDIRECT_TYPE:
      printf ("kept: its type changed from %s to %s", of->type, nf->type);
      break;
    case GS_REDIRECT_NO_BODY:
      printf ("kept: the new version's has no body of its own");
      break;
    case GS_REDIRECT_NO_AREA:
    default:
      printf ("kept: no room for a jump (built without it)");
      break;
    }
  if (escapes)
    {
      printf ("; its address is taken: old code stays reachable");
      c->reachable++;
    }
  printf ("\n");
}

/* gs_rules_transformers's question, about the transformers of the
   file CTX.  */
static int
has_transformer (const void *ctx, unsigned int kind, const char *function,
		 const char *name, int value)
{
  const struct gs_meta_file *mf = ctx;

  for (size_t i = 0; i < mf->ntransformers; i++)
    {
      const struct gs_meta_transformer *t = &mf->transformers[i];

      if (t->kind == kind
	  && (!function || (t->function && strcmp (t->function, function) == 0))
	  && (!name || (t->name && strcmp (t->name, name) == 0))
	  && (!value || t->has_value))
	return 1;
    }
  return 0;
}

/* Whether NAME is the name of a heap type of a unit of MF before unit
   U: its verdict was printed.  */
static int
type_seen (const struct gs_meta_file *mf, size_t u, const char *name)
{
  for (size_t i = 0; i < u; i++)
    for (uint32_t j = 0; j < mf->units[i].ntypes; j++)
      if (strcmp (mf->units[i].types[j].name, name) == 0)
	return 1;
  return 0;
}

/* Print the verdict of each heap type of NEW whose layout changed from
   OLD's, once per name, and count it in C.  */
static void
check_types (const struct gs_meta_file *old, const struct gs_meta_file *new,
	     struct check_counts *c)
{
  struct gs_rules_transformers tr = { has_transformer, new };
  char diff[256], why[1024];

  for (size_t u = 0; u < new->nunits; u++)
    for (uint32_t i = 0; i < new->units[u].ntypes; i++)
      {
	const struct gs_type_meta *nt = &new->units[u].types[i], *ot;
	enum gs_type_verdict v;

	if (type_seen (new, u, nt->name))
	  continue;
	v = gs_rules_heap_type (old->unit_list, old->nunits, &new->units[u],
				nt, &tr, &ot);
	if (v == GS_TYPE_SAME)
	  continue;
	c->types_changed++;
	gs_rules_layout_diff (ot->layout, nt->layout, diff, sizeof diff);
	if (v == GS_TYPE_NOT_IN_HEAP)
	  printf ("type %s: layout changed (%s): not in the heap, says the "
		  "new version\n", nt->name, diff);
	else if (v == GS_TYPE_CONVERTED)
	  {
	    printf ("type %s: layout changed (%s): its objects in the heap "
		    "convert ", nt->name, diff);
	    if (has_transformer (new, GEARSHIFT_TRANSFORM_TYPE_KIND, NULL,
				 nt->name, 1))
	      printf ("by its transformer\n");
	    else
	      {
		gs_rules_by_name_plan (nt->name, ot->layout, nt->layout, &tr,
				       why, sizeof why);
		printf ("field by field (%s)\n", why);
	      }
	  }
	else
	  {
	    gs_rules_heap_type_why (old->unit_list, old->nunits, ot, nt, why,
				    sizeof why);
	    printf ("type %s: refused: %s\n", nt->name, why);
	    c->types_refused++;
	  }
      }
}

/* A global of a file, with its unit.  */
struct global_ref
{
  const struct gs_unit_meta *unit;
  const struct gs_global_meta *global;
};

/* gs_rules_globals's view of an array of global_ref, CTX.  */
static const struct gs_global_meta *
global_ref_at (const void *ctx, size_t i, const struct gs_unit_meta **unit)
{
  const struct global_ref *refs = ctx;

  *unit = refs[i].unit;
  return refs[i].global;
}

/* Print global G of unit U as "global NAME" or "global static NAME
   (FILE)".  */
static void
print_global (const struct gs_unit_meta *u, const struct gs_global_meta *g)
{
  if (g->flags & GS_GLOBAL_STATIC)
    printf ("global static %s (%s)", g->name, gs_rules_basename (u->file));
  else
    printf ("global %s", g->name);
}

/* Whether the constant NG of unit NU of NEW has other initial contents
   than the running one, OG of unit OU of OLD, as far as the files tell:
   bytes a relocation sets in either (pointers) are not compared, the
   runtime compares them once it has bound them.  Returns 1 or 0, or -1
   if a file does not hold the bytes.  */
static int
constant_changed (struct gs_meta_file *old, const struct gs_unit_meta *ou,
		  const struct gs_global_meta *og, struct gs_meta_file *new,
		  const struct gs_unit_meta *nu,
		  const struct gs_global_meta *ng)
{
  unsigned char *b = malloc (4 * (size_t) ng->size + 4);
  int changed = -1;

  if (b && og->size == ng->size
      && gs_meta_global_contents (old, ou, og, b, b + ng->size) == 0
      && gs_meta_global_contents (new, nu, ng, b + 2 * ng->size,
				  b + 3 * ng->size) == 0)
    {
      changed = 0;
      for (uint32_t i = 0; i < ng->size && !changed; i++)
	changed = (!b[ng->size + i] && !b[3 * ng->size + i]
		   && b[i] != b[2 * ng->size + i]);
    }
  free (b);
  return changed;
}

/* Check the globals of NEW against those of OLD into C.  */
static void
check_globals (struct gs_meta_file *old, struct gs_meta_file *new,
	       struct check_counts *c)
{
  struct gs_rules_transformers tr = { has_transformer, new };
  struct gs_rules_globals running = { 0, global_ref_at, NULL };
  struct global_ref *refs;
  char *taken, change[256], hint[640];
  size_t n = 0;

  /* The running version's globals: those OLD holds a value of.  */
  for (size_t u = 0; u < old->nunits; u++)
    n += old->units[u].nglobals;
  refs = calloc (n ? n : 1, sizeof *refs);
  taken = calloc (n ? n : 1, 1);
  if (!refs || !taken)
    {
      tool_error ("out of memory");
      exit (TOOL_EXIT_TROUBLE);
    }
  for (size_t u = 0; u < old->nunits; u++)
    for (uint32_t i = 0; i < old->units[u].nglobals; i++)
      if (old->units[u].globals[i].addr)
	{
	  refs[running.n].unit = &old->units[u];
	  refs[running.n++].global = &old->units[u].globals[i];
	}
  running.ctx = refs;

  for (size_t u = 0; u < new->nunits; u++)
    for (uint32_t i = 0; i < new->units[u].nglobals; i++)
      {
	const struct gs_unit_meta *nu = &new->units[u];
	const struct gs_global_meta *ng = &nu->globals[i];
	const struct gs_global_meta *og = NULL;
	int renamed;
	long k;

	if (!ng->addr)
	  continue;
	k = gs_rules_match_global (&running, new->unit_list, new->nunits, nu,
				   ng, &renamed);
	if (k >= 0)
	  {
	    og = refs[k].global;
	    taken[k] = 1;
	  }
	print_global (nu, ng);
	if (renamed)
	  printf (" (found in %s, a renamed file)",
		  gs_rules_basename (refs[k].unit->file));
	switch (gs_rules_global (og, ng, &tr))
	  {
	  case GS_GLOBAL_KEPT_READONLY:
	    if (og && (ng->flags & GS_GLOBAL_READONLY))
	      {
		printf (": constant, size changed: stays apart from the "
			"running one, which pointers held to it keep\n");
		c->unshared++;
	      }
	    else
	      printf (": read-only, keeps the new version's value\n");
	    c->fresh++;
	    break;

	  case GS_GLOBAL_CONSTANT:
	    switch (constant_changed (old, refs[k].unit, og, new, nu, ng))
	      {
	      case 0:
		printf (": constant, keeps its address\n");
		break;
	      case 1:
		printf (": constant, keeps its address and takes the new "
			"version's contents (changed)\n");
		c->renewed++;
		break;
	      default:
		printf (": constant, keeps its address and takes the new "
			"version's contents\n");
		break;
	      }
	    c->constants++;
	    break;

	  case GS_GLOBAL_NEW:
	    printf (": new, keeps its initialiser\n");
	    c->fresh++;
	    if (!(ng->flags & GS_GLOBAL_READONLY))
	      c->fresh_writable++;
	    break;

	  case GS_GLOBAL_MAPPED:
	    printf (": mapped\n");
	    c->mapped++;
	    break;

	  case GS_GLOBAL_TRANSFORMED:
	    if (has_transformer (new, GEARSHIFT_TRANSFORM_GLOBAL_KIND, NULL,
				 ng->name, 1))
	      printf (": transformed from %s to %s\n", og->type, ng->type);
	    else
	      {
		gs_rules_by_name_plan (ng->type, og->layout, ng->layout, &tr,
				       change, sizeof change);
		printf (": converted field by field (%s)\n", change);
	      }
	    c->transformed++;
	    break;

	  case GS_GLOBAL_REFUSED:
	    gs_rules_type_change (og->type, og->layout, ng->type, ng->layout,
				  change, sizeof change);
	    gs_rules_global_type_hint (og, ng, hint, sizeof hint);
	    printf (": refused: type changed%s, and no transformer converts "
		    "it%s\n", change, hint);
	    c->refused++;
	    break;
	  }
      }
  /* Globals of OLD that no global of NEW takes over.  */
  for (size_t k = 0; k < running.n; k++)
    if (!taken[k])
      {
	print_global (refs[k].unit, refs[k].global);
	printf (": removed, its value left behind\n");
	c->removed++;
      }
  free (refs);
  free (taken);
}

/* Check the thread-local globals of NEW against those of OLD into C:
   each thread carries its own copy over (gs_rules_thread_local).  */
static void
check_thread_locals (const struct gs_meta_file *old,
		     const struct gs_meta_file *new, struct check_counts *c)
{
  struct gs_rules_transformers tr = { has_transformer, new };
  char change[256];

  for (size_t u = 0; u < new->nunits; u++)
    for (uint32_t i = 0; i < new->units[u].nglobals; i++)
      {
	const struct gs_unit_meta *nu = &new->units[u], *ou;
	const struct gs_global_meta *ng = &nu->globals[i], *og;

	if (!(ng->flags & GS_GLOBAL_THREAD_LOCAL))
	  continue;
	print_global (nu, ng);
	printf (" (thread-local)");
	switch (gs_rules_thread_local (old->unit_list, old->nunits,
				       new->unit_list, new->nunits, nu, ng,
				       &tr, &ou, &og))
	  {
	  case GS_GLOBAL_CONSTANT:
	  case GS_GLOBAL_KEPT_READONLY:
	    printf (": read-only, keeps the new version's value\n");
	    break;

	  case GS_GLOBAL_NEW:
	    printf (": new, keeps its initialiser in each thread\n");
	    break;

	  case GS_GLOBAL_MAPPED:
	    printf (": carried over by each thread\n");
	    c->thread_local++;
	    break;

	  case GS_GLOBAL_TRANSFORMED:
	    gs_rules_by_name_plan (ng->type, og->layout, ng->layout, &tr,
				   change, sizeof change);
	    printf (": converted field by field by each thread (%s)\n",
		    change);
	    c->thread_local++;
	    break;

	  case GS_GLOBAL_REFUSED:
	    gs_rules_type_change (og->type, og->layout, ng->type, ng->layout,
				  change, sizeof change);
	    printf (": refused: type changed%s, and no transformer converts "
		    "it (a thread-local variable converts only field by "
		    "field)\n", change);
	    c->refused++;
	    break;
	  }
      }
}

/* Whether a frame of OF stopped at its point OP would map onto NF at
   its point NP: null if so, else why not, in BUF of SIZE bytes.  Set
   *TRANSFORMED when a transformer would convert a variable.  */
static const char *
map_point (const struct gs_meta_file *new, const struct gs_fn_meta *of,
	   unsigned int op, const struct gs_fn_meta *nf, unsigned int np,
	   char *buf, size_t size, int *transformed)
{
  struct gs_rules_transformers tr = { has_transformer, new };
  struct gs_rules_temps temps = { 0 };

  for (uint32_t j = 0; j < nf->points[np].nlive; j++)
    {
      const struct gs_field_meta *o;

      switch (gs_rules_map_field (of, op, nf, np, j, &temps, &tr, &o, buf,
				  size))
	{
	case GS_MAP_REFUSED:
	  return buf;

	case GS_MAP_TRANSFORM_LOCAL:
	case GS_MAP_TRANSFORM_FRAME:
	case GS_MAP_BY_NAME:
	  *transformed = 1;
	  break;

	case GS_MAP_FRESH:
	case GS_MAP_COPY:
	case GS_MAP_SIDE:
	case GS_MAP_CONSTANT:
	case GS_MAP_ARGUMENT:
	  break;
	}
    }
  return NULL;
}

/* The index of the field of FN called NAME that is no temporary, or
   -1.  */
static long
find_field (const struct gs_fn_meta *fn, const char *name)
{
  for (uint32_t i = 0; i < fn->nfields; i++)
    if (!(fn->fields[i].flags & GS_FIELD_TEMP)
	&& strcmp (fn->fields[i].name, name) == 0)
      return i;
  return -1;
}

/* Whether a frame of OF stopped at its point OP would map onto the new
   version NEW: null if so, else why not, in BUF of SIZE bytes (worded
   for the point's line if BRIEF, else for the function's).  Set
   *TRANSFORMED as map_point does.  */
static const char *
point_verdict (const struct gs_meta_file *new, const struct gs_fn_meta *of,
	       unsigned int op, int brief, char *buf, size_t size,
	       int *transformed)
{
  const struct gs_fn_meta *nf;
  unsigned int np;

  switch (gs_rules_frame_target (new->unit_list, new->nunits, of, op, &nf,
				 &np))
    {
    case GS_TARGET_OK:
      break;
    case GS_TARGET_NO_FUNCTION:
      snprintf (buf, size, "the new version has no function %s", of->name);
      return buf;
    case GS_TARGET_NO_POINT:
      snprintf (buf, size, brief ? "gone" : "point \"%s\" gone",
		of->points[op].label);
      return buf;
    case GS_TARGET_NO_LOW:
      snprintf (buf, size, brief ? "no low-gear clone"
		: "the new version's %s has no low-gear clone", nf->name);
      return buf;
    }
  return map_point (new, of, op, nf, np, buf, size, transformed);
}

/* Check function OF of OLD against NEW into C.  */
static void
check_fn (const struct gs_meta_file *old, const struct gs_meta_file *new,
	  const struct gs_fn_meta *of, struct check_counts *c)
{
  const struct gs_fn_meta *nf
    = gs_rules_find_fn (new->unit_list, new->nunits, of->name, of->file);
  struct gs_rules_transformers tr = { has_transformer, new };
  char first[512] = "", buf[512], change[256];
  int transformed = 0;

  printf ("function %s (%s): ", of->name, gs_rules_basename (of->file));
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
      check_entry (old, new, of, c);
      return;
    }
  /* The verdict of each point, the first refusal for the function's.  */
  for (uint32_t i = 0; i < of->npoints && !first[0]; i++)
    if (point_verdict (new, of, i, 0, buf, sizeof buf, &transformed))
      snprintf (first, sizeof first, "%s", buf);
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
  check_entry (old, new, of, c);
  /* The details: each point, each variable.  */
  for (uint32_t i = 0; i < of->npoints; i++)
    {
      int t = 0;
      const char *why = point_verdict (new, of, i, 1, buf, sizeof buf, &t);

      printf ("  point \"%s\": ", of->points[i].label);
      if (why)
	printf ("refused: %s\n", why);
      else
	printf ("maps%s\n", t ? ", with transformers" : "");
    }
  for (uint32_t i = 0; i < of->nfields; i++)
    {
      const struct gs_field_meta *o = &of->fields[i];
      long j;

      if (o->flags & GS_FIELD_TEMP)
	continue;
      j = find_field (nf, o->name);
      printf ("  field %s: ", o->name);
      if (j < 0)
	printf ("removed\n");
      else if (gs_rules_same_field_type (o, &nf->fields[j]))
	printf ("same type\n");
      else
	{
	  gs_rules_type_change (o->type, o->layout, nf->fields[j].type,
				nf->fields[j].layout, change, sizeof change);
	  switch (gs_rules_converts (nf, o, &nf->fields[j], &tr))
	    {
	    case GS_MAP_BY_NAME:
	      gs_rules_by_name_plan (o->type, o->layout, nf->fields[j].layout,
				     &tr, change, sizeof change);
	      printf ("type changed: converted field by field (%s)\n",
		      change);
	      break;
	    case GS_MAP_REFUSED:
	      printf ("type changed%s: no transformer\n", change);
	      break;
	    default:
	      printf ("type changed%s: transform\n", change);
	      break;
	    }
	}
    }
  for (uint32_t i = 0; i < nf->nfields; i++)
    if (!(nf->fields[i].flags & GS_FIELD_TEMP)
	&& find_field (of, nf->fields[i].name) < 0)
      printf ("  field %s: added, starts at zero\n", nf->fields[i].name);
}

/* Check the functions of OLD against NEW into C; list NEW's new
   functions.  */
static void
check_fns (const struct gs_meta_file *old, const struct gs_meta_file *new,
	   struct check_counts *c)
{
  for (size_t u = 0; u < old->nunits; u++)
    for (uint32_t i = 0; i < old->units[u].nfns; i++)
      check_fn (old, new, &old->units[u].fns[i], c);
  for (size_t u = 0; u < new->nunits; u++)
    for (uint32_t i = 0; i < new->units[u].nfns; i++)
      {
	const struct gs_fn_meta *nf = &new->units[u].fns[i];

	if (!gs_rules_find_fn (old->unit_list, old->nunits, nf->name,
			       nf->file))
	  printf ("function %s (%s): new\n", nf->name,
		  gs_rules_basename (nf->file));
      }
}

/* gearshift check OLD NEW.  ARGV[0] is "check".  */
int
tool_check (int argc, char **argv)
{
  struct gs_meta_file old, new;
  struct check_counts c;
  char why[512];
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
  if (gs_meta_load (&old, argv[1]))
    {
      tool_error ("%s: %s", argv[1], old.elf.error);
      gs_meta_free (&old);
      return TOOL_EXIT_TROUBLE;
    }
  if (gs_meta_load (&new, argv[2]))
    {
      tool_error ("%s: %s", argv[2], new.elf.error);
      gs_meta_free (&old);
      gs_meta_free (&new);
      return TOOL_EXIT_TROUBLE;
    }
  check_globals (&old, &new, &c);
  check_thread_locals (&old, &new, &c);
  check_types (&old, &new, &c);
  check_fns (&old, &new, &c);
  printf ("check: %u globals mapped, %u transformed, %u new, %u refused; "
	  "%u functions fully mappable, %u refusable if on the stack; "
	  "%u redirected, %u kept and reachable\n",
	  c.mapped, c.transformed, c.fresh, c.refused, c.fns_ok,
	  c.fns_refusable, c.redirected, c.reachable);
  if (c.fresh_writable)
    printf ("check: note: %u new global%s start%s from %s initial value%s: "
	    "start-up code that sets %s does not run again; %s\n",
	    c.fresh_writable, c.fresh_writable == 1 ? "" : "s",
	    c.fresh_writable == 1 ? "s" : "",
	    c.fresh_writable == 1 ? "its" : "their",
	    c.fresh_writable == 1 ? "" : "s",
	    c.fresh_writable == 1 ? "it" : "them",
	    has_transformer (&new, GEARSHIFT_ON_UPDATE_KIND, NULL, NULL, 0)
	    ? "the new version has GEARSHIFT_ON_UPDATE code to run"
	    : "GEARSHIFT_ON_UPDATE can run such code at the update");
  if (c.thread_local)
    printf ("check: %u thread-local globals carried over by each thread\n",
	    c.thread_local);
  if (c.constants || c.unshared)
    printf ("check: %u constants keep their address, %u of them with new "
	    "contents; %u changed size and stay apart\n", c.constants,
	    c.renewed, c.unshared);
  if (c.types_changed)
    printf ("check: %u heap types changed layout, %u refused\n",
	    c.types_changed, c.types_refused);
  if (c.refused || c.types_refused)
    status = TOOL_EXIT_REFUSED;
  /* The runtime refuses, before loading it, a new version of another
     program (unless forced), and loads it with dlopen.  */
  if (gs_rules_same_program (old.unit_list, old.nunits, new.unit_list,
			     new.nunits, why, sizeof why))
    {
      printf ("check: refused: %s is not a version of the program %s is: "
	      "%s; gearshift update --force skips this check\n", argv[2],
	      argv[1], why);
      status = TOOL_EXIT_REFUSED;
    }
  if (!gs_elf_shared_object_p (&new.elf))
    {
      printf ("check: refused: %s is a %s, and a new version must be a "
	      "shared object (built with -fPIC -shared)\n", argv[2],
	      gs_elf_kind (&new.elf));
      status = TOOL_EXIT_REFUSED;
    }
  gs_meta_free (&old);
  gs_meta_free (&new);
  return status;
}
