/* gearshift runtime: loading a new version and mapping the stack onto it.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   gearshift_request_update ("v2.so") records the path and raises the
   update flag.  Once the stack is unwound to the root, gs_swap loads the
   new version (the whole program built with the plugin, -fPIC -shared)
   with dlopen; its units register from their constructors, tagged with
   the new version.  Then the state is mapped, before anything of the
   new version runs:

   - frames: by function name and point label; variables by name, when
     their type is the same; compiler temporaries by position and type;
     new variables start at zero (an address-taken one gets zeroed
     storage of its own); removed ones are dropped.  A function or point
     that is gone, or a variable whose type changed, refuses the update;
   - globals: by name (statics also by file), same type: they keep
     their address.  The plugin makes every writable variable of a
     shared object reached through the GOT (gs-pass.cc,
     prepare_shared_object); here the new version's GOT entries and data
     relocations that point into a mapped variable are re-pointed to the
     running one's, so pointers to it held in the heap or in libraries
     stay valid (its value is also copied into the new version's own
     copy, for code that reaches it directly).  New globals keep their
     initialisers, and so do those read-only in either version or left
     out of the running one's table; a changed type needs a transformer
     (below).  The rules themselves are in rules.c (gs-rules.h), shared
     with `gearshift check';
   - pointers to functions of the old version, held in frames or
     globals (inside structs and arrays too), are re-pointed to the new
     version's function of the same name.

   If anything fails (the file does not load, holds no gearshift unit,
   or the state does not map), the new version is closed and forgotten,
   and the old one resumes from the captured stack: nothing is lost, and
   gearshift_update_status tells why.  What can be known before the
   stack unwinds is checked then (gs_swap_precheck): the file loads, the
   functions on the stack and the innermost point exist in it, the
   globals map; an update failing those is refused without a capture.  On success the root resumes the
   new version's main through its low-gear clone.  Old versions stay
   loaded: the heap may still point at their functions.

   Transformers, C functions of the new version registered with the
   GEARSHIFT_TRANSFORM_* macros of <gearshift.h>, convert a global, a
   local or a whole frame whose type changed.  They run before anything
   shared changes: a failing one refuses the update like any other
   failure.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <link.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gs-internal.h"
#include "gs-rules.h"

struct gs_map;
static void gs_unload (struct gs_map *m, void *handle);

/* The requested path, and whether a request is pending.  */
static char gs_pending_path[4096];
static volatile int gs_pending;

/* Versions: the one running, and the last tag handed out.  */
static unsigned int gs_current_version;
static unsigned int gs_last_tag;

/* The outcome of the last update: 0, a negative error code, or
   -GEARSHIFT_EBUSY while one is pending; and its message.  */
static volatile int gs_status = -GEARSHIFT_ENOENT;
static char gs_message[1024] = "no update was requested";

/* Record a request to load PATH.  Async-signal-safe: a copy and two
   stores.  Returns 0 or a negative error code.  */
int
gs_swap_request (const char *path)
{
  size_t n = 0;

  if (gs_pending)
    return gs_set_error (GEARSHIFT_EBUSY, "an update is already pending");
  while (path[n] && n < sizeof gs_pending_path - 1)
    n++;
  if (path[n] || n == 0)
    return gs_set_error (GEARSHIFT_EINVAL, "bad path of a new version");
  memcpy (gs_pending_path, path, n + 1);
  gs_status = -GEARSHIFT_EBUSY;
  gs_pending = 1;
  return 0;
}

/* The path of the pending update, or null.  */
const char *
gs_swap_pending (void)
{
  return gs_pending ? gs_pending_path : NULL;
}

/* Record the outcome STATUS of the update, with the message formatted
   from FMT; print it on stderr if GEARSHIFT_REPORT asked.  */
static void GS_PRINTF (2, 3)
gs_outcome (int status, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  vsnprintf (gs_message, sizeof gs_message, fmt, ap);
  va_end (ap);
  gs_status = status;
  gs_pending = 0;
  if (gs_reporting ())
    fprintf (stderr, "gearshift: %s\n", gs_message);
}

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
static void
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
static const struct gearshift_transformer *
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

/* gs_rules_transformers's question, about the transformers of version
   *CTX.  */
static int
gs_has_transformer (const void *ctx, unsigned int kind, const char *function,
		    const char *name, int value)
{
  const struct gearshift_transformer *t
    = gs_find_transformer (*(const unsigned int *) ctx, kind, function,
			   name);

  return t && (!value || t->value);
}

/* What a frame transformer sees.  */
struct gearshift_frame_map
{
  const struct gs_frame *old;
  const struct gs_fn_meta *new_fn;
  unsigned int new_point;
  char *new_data;
};

/* The address of the value of field F in frame data DATA.  */
static void *
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

/* Where each global of the running version lives: its own variable,
   or the variable of an earlier version it was mapped to.  */
struct gs_effective
{
  const struct gs_unit_meta *unit;
  const struct gs_global_meta *global;
  void *addr;
};

static struct gs_effective *gs_live_globals;
static size_t gs_n_live_globals;

/* What the mapping works with.  */
struct gs_map
{
  const struct gs_unit_meta *old_units[256], *new_units[256];
  size_t n_old, n_new;
  char why[512];		/* Why the mapping failed.  */
  unsigned int globals;		/* Globals mapped.  */
  unsigned int transformed;	/* Values transformers converted.  */
  unsigned int version;		/* The new version's tag.  */
};

/* Record why mapping M failed, formatted from FMT; return -1.  */
static int GS_PRINTF (2, 3)
gs_refuse (struct gs_map *m, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  vsnprintf (m->why, sizeof m->why, fmt, ap);
  va_end (ap);
  return -1;
}

/* Re-point *SLOT, if it holds the address of a function of an old
   version, to the new version's function of the same name: its body, or
   where GCC inlined every call to it and left no body, its low-gear
   clone, which runs like the function outside reconstruction.  ARG is
   the mapping (a callback of gs_layout_code_slots).  */
static void
gs_remap_code (void *slot, void *arg)
{
  struct gs_map *m = arg;
  void (*p) (void);

  memcpy (&p, slot, sizeof p);
  if (!p)
    return;
  for (size_t u = 0; u < m->n_old; u++)
    for (unsigned int i = 0; i < m->old_units[u]->nfns; i++)
      {
	const struct gs_fn_meta *fn = &m->old_units[u]->fns[i];

	if (fn->high == p || fn->low == p)
	  {
	    const struct gs_fn_meta *nf
	      = gs_rules_find_fn (m->new_units, m->n_new, fn->name,
				 fn->file);

	    if (nf && nf->high)
	      memcpy (slot, &nf->high, sizeof nf->high);
	    else if (nf && nf->low)
	      memcpy (slot, &nf->low, sizeof nf->low);
	    return;
	  }
      }
}

/* The bytes a frame field occupies: a pointer for an indirect one.  */
static size_t
gs_slot_size (const struct gs_field_meta *f)
{
  return (f->flags & (GS_FIELD_INDIRECT | GS_FIELD_SIDE)
	  ? sizeof (void *) : f->size);
}

/* Fill DATA, a zeroed frame of NEW_FN at point NEW_POINT, from the frame
   OLD of the old version, as the rules say.  Returns 0 or -1 with
   M->why set.  */
static int
gs_map_frame (struct gs_map *m, const struct gs_frame *old,
	      const struct gs_fn_meta *new_fn, unsigned int new_point,
	      char *data)
{
  const struct gs_point_meta *np = &new_fn->points[new_point];
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };
  struct gs_rules_temps temps = { 0 };

  for (unsigned int j = 0; j < np->nlive; j++)
    {
      const struct gs_field_meta *nf = &new_fn->fields[np->live[j]];
      const struct gs_field_meta *of;
      char *slot = data + nf->offset;
      const struct gearshift_transformer *t;
      void *block;

      switch (gs_rules_map_field (old->fn, old->point, new_fn, new_point, j,
				  &temps, &tr, &of, m->why, sizeof m->why))
	{
	case GS_MAP_REFUSED:
	  return -1;

	case GS_MAP_SIDE:
	  /* The function's side-stack block: the old one, or, for a
	     function that had none, a block of its own on the heap
	     (__gearshift_side_release frees it).  */
	  block = NULL;
	  if (of)
	    memcpy (&block, (const char *) old->data + of->offset,
		    sizeof block);
	  else if (!(block = calloc (1, nf->size ? nf->size : 1)))
	    return gs_refuse (m, "out of memory");
	  memcpy (slot, &block, sizeof block);
	  break;

	case GS_MAP_FRESH:
	  /* A new variable: zero; an address-taken one needs storage.  */
	  if (nf->flags & GS_FIELD_INDIRECT)
	    {
	      void *storage = calloc (1, nf->size ? nf->size : 1);

	      if (!storage)
		return gs_refuse (m, "out of memory");
	      memcpy (slot, &storage, sizeof storage);
	    }
	  break;

	case GS_MAP_TRANSFORM_LOCAL:
	  t = gs_find_transformer (m->version, GEARSHIFT_TRANSFORM_LOCAL_KIND,
				   new_fn->name, nf->name);
	  if (t->value (gs_field_value (of, old->data), slot) != 0)
	    return gs_refuse (m, "the transformer of local %s of %s failed",
			      nf->name, new_fn->name);
	  m->transformed++;
	  break;

	case GS_MAP_TRANSFORM_FRAME:
	  break;		/* The frame transformer fills it.  */

	case GS_MAP_COPY:
	  memcpy (slot, (const char *) old->data + of->offset,
		  gs_slot_size (nf));
	  /* An address-taken variable stays where it is, on the side
	     stack: its code pointers are re-pointed there.  */
	  gs_layout_code_slots (nf->layout, gs_field_value (nf, data),
				nf->size, gs_remap_code, m);
	  break;
	}
    }
  return 0;
}

/* Map the unwound FRAMES (N of them) onto the new version: on success
   replace them in place and return 0; else return -1, leaving them.  */
static int
gs_map_frames (struct gs_map *m, struct gs_frame *frames, size_t n)
{
  struct gs_frame *mapped = calloc (n, sizeof *mapped);

  if (!mapped)
    return gs_refuse (m, "out of memory");
  for (size_t i = 0; i < n; i++)
    {
      const struct gs_frame *old = &frames[i];
      const struct gs_fn_meta *nf;
      unsigned int point;

      if (gs_rules_frame_target (m->new_units, m->n_new, old->fn,
				 old->point, &nf, &point, m->why,
				 sizeof m->why))
	{
	  free (mapped);
	  return -1;
	}
      mapped[i].fn = nf;
      mapped[i].point = point;
      mapped[i].data = gs_capture_alloc (nf->frame_size ? nf->frame_size : 1,
					 nf->frame_align > 16
					 ? nf->frame_align : 16);
      if (!mapped[i].data
	  || gs_map_frame (m, old, nf, point, mapped[i].data))
	{
	  free (mapped);
	  return mapped[i].data ? -1 : gs_refuse (m, "out of memory");
	}
      const struct gearshift_transformer *t
	= gs_find_transformer (m->version, GEARSHIFT_TRANSFORM_FRAME_KIND,
			       nf->name, NULL);
      if (t && t->frame)
	{
	  struct gearshift_frame_map fm = { old, nf, point,
					    mapped[i].data };

	  if (t->frame (&fm) != 0)
	    {
	      free (mapped);
	      return gs_refuse (m, "the frame transformer of %s failed",
				nf->name);
	    }
	  m->transformed++;
	}
    }
  memcpy (frames, mapped, n * sizeof *mapped);
  free (mapped);
  return 0;
}

/* Make the table of where the running version's globals live, the
   first time: the program as started owns all of its variables.  */
static int
gs_init_live_globals (struct gs_map *m)
{
  size_t n = 0, k = 0;

  if (gs_live_globals)
    return 0;
  for (size_t u = 0; u < m->n_old; u++)
    n += m->old_units[u]->nglobals;
  gs_live_globals = calloc (n ? n : 1, sizeof *gs_live_globals);
  if (!gs_live_globals)
    return -1;
  for (size_t u = 0; u < m->n_old; u++)
    for (unsigned int i = 0; i < m->old_units[u]->nglobals; i++)
      if (m->old_units[u]->globals[i].addr)
	{
	  gs_live_globals[k].unit = m->old_units[u];
	  gs_live_globals[k].global = &m->old_units[u]->globals[i];
	  gs_live_globals[k++].addr = m->old_units[u]->globals[i].addr;
	}
  gs_n_live_globals = k;
  return 0;
}

/* The running global matching NEW of NEW_UNIT (by name, and by file
   basename for a static), or null.  */
static const struct gs_effective *
gs_find_global (const struct gs_unit_meta *new_unit,
		const struct gs_global_meta *new)
{
  for (size_t k = 0; k < gs_n_live_globals; k++)
    {
      if (gs_rules_same_global (gs_live_globals[k].unit,
				gs_live_globals[k].global, new_unit, new))
	return &gs_live_globals[k];
    }
  return NULL;
}

/* The verdict of the rules for NG of NEW_UNIT, the new version's global
   (with an address), of version VERSION; set *OG to the running global
   it matches, or null.  A variable of the running version that GCC
   removed, or whose stores it removed because nothing reads it, is not
   in the table (null address): there is no value to keep.  */
static enum gs_global_verdict
gs_global_verdict (const struct gs_unit_meta *new_unit,
		   const struct gs_global_meta *ng, unsigned int version,
		   const struct gs_effective **og)
{
  struct gs_rules_transformers tr = { gs_has_transformer, &version };

  *og = gs_find_global (new_unit, ng);
  return gs_rules_global (*og ? (*og)->global : NULL, ng, &tr);
}

/* What gs_rebind works with: the object's load address and its RELRO
   range, found by gs_find_relro.  */
struct gs_object
{
  uintptr_t base;
  uintptr_t relro_start, relro_end;
};

/* dl_iterate_phdr callback: the RELRO range of the object DATA->base.  */
static int
gs_find_relro (struct dl_phdr_info *info, size_t size, void *data)
{
  struct gs_object *o = data;

  (void) size;
  if (info->dlpi_addr != o->base)
    return 0;
  for (int i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO)
      {
	/* The pages the loader made read-only, as _dl_protect_relro
	   rounds them: a last partial page stays writable (it holds the
	   start of .data).  */
	uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
	uintptr_t start = o->base + info->dlpi_phdr[i].p_vaddr;

	o->relro_start = start & -page;
	o->relro_end = (start + info->dlpi_phdr[i].p_memsz) & -page;
      }
  return 1;
}

/* Re-point the relocated words of the object loaded as HANDLE (GOT
   entries, data pointers) that point into the variable at NEW, of SIZE
   bytes, to the same offset in the variable at OLD.  Returns how many
   it changed.  */
static unsigned int
gs_rebind (void *handle, void *new, size_t size, void *old)
{
  struct link_map *lm;
  struct gs_object o = { 0, 0, 0 };
  const ElfW(Rela) *rela = NULL;
  size_t relasz = 0, page = (size_t) sysconf (_SC_PAGESIZE);
  unsigned int changed = 0;

  if (dlinfo (handle, RTLD_DI_LINKMAP, &lm) != 0 || !lm)
    return 0;
  o.base = lm->l_addr;
  dl_iterate_phdr (gs_find_relro, &o);
  for (const ElfW(Dyn) *d = lm->l_ld; d->d_tag != DT_NULL; d++)
    if (d->d_tag == DT_RELA)
      rela = (const ElfW(Rela) *) d->d_un.d_ptr;
    else if (d->d_tag == DT_RELASZ)
      relasz = d->d_un.d_val;
  if (!rela)
    return 0;
  /* glibc relocates the dynamic section's addresses in place; an
     unrelocated one is below the load address.  */
  if ((uintptr_t) rela < o.base)
    rela = (const ElfW(Rela) *) ((uintptr_t) rela + o.base);
  for (size_t i = 0; i < relasz / sizeof *rela; i++)
    {
      unsigned long type = ELF64_R_TYPE (rela[i].r_info);
      uintptr_t *slot = (uintptr_t *) (o.base + rela[i].r_offset);
      uintptr_t v, start = (uintptr_t) new;

      if (type != R_X86_64_GLOB_DAT && type != R_X86_64_64
	  && type != R_X86_64_RELATIVE)
	continue;
      v = *slot;
      if (v < start || v >= start + (size ? size : 1))
	continue;
      if ((uintptr_t) slot >= o.relro_start && (uintptr_t) slot < o.relro_end)
	mprotect ((void *) ((uintptr_t) slot & -page), page,
		  PROT_READ | PROT_WRITE);
      *slot = (uintptr_t) old + (v - start);
      if ((uintptr_t) slot >= o.relro_start && (uintptr_t) slot < o.relro_end)
	mprotect ((void *) ((uintptr_t) slot & -page), page, PROT_READ);
      changed++;
    }
  return changed;
}

/* Check that the globals of the new version map onto the running ones;
   with HANDLE (the new version, once everything maps), make the mapped
   ones share the running variables and record where the new version's
   globals live.  Returns 0 or -1 with M->why set.  */
static int
gs_map_globals (struct gs_map *m, void *handle)
{
  struct gs_effective *next = NULL;
  size_t n = 0, k = 0;

  if (handle)
    {
      for (size_t u = 0; u < m->n_new; u++)
	n += m->new_units[u]->nglobals;
      next = calloc (n ? n : 1, sizeof *next);
      if (!next)
	return gs_refuse (m, "out of memory");
    }
  m->globals = 0;
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nglobals; i++)
      {
	const struct gs_global_meta *ng = &m->new_units[u]->globals[i];
	const struct gs_effective *og;
	void *addr = ng->addr;

	if (!addr)
	  continue;
	switch (gs_global_verdict (m->new_units[u], ng, m->version, &og))
	  {
	  case GS_GLOBAL_REFUSED:
	    free (next);
	    return gs_refuse (m, "global %s changed type from %s to %s, and "
			      "no transformer converts it", ng->name,
			      og->global->type, ng->type);

	  case GS_GLOBAL_MAPPED:
	    m->globals++;
	    if (handle)
	      {
		addr = og->addr;
		gs_rebind (handle, ng->addr, ng->size, addr);
		gs_layout_code_slots (ng->layout, addr, ng->size,
				      gs_remap_code, m);
		if (ng->addr != addr)
		  memcpy (ng->addr, addr, ng->size);
	      }
	    break;

	  case GS_GLOBAL_TRANSFORMED:
	    /* Converted into the new version's own variable, before
	       anything shared changes (gs_transform_globals).  */
	  case GS_GLOBAL_NEW:
	  case GS_GLOBAL_KEPT_READONLY:
	    break;
	  }
	if (handle)
	  {
	    next[k].unit = m->new_units[u];
	    next[k].global = ng;
	    next[k++].addr = addr;
	  }
      }
  if (handle)
    {
      free (gs_live_globals);
      gs_live_globals = next;
      gs_n_live_globals = k;
    }
  return 0;
}

/* Run the transformers of the new version's globals whose type changed,
   from the running variables into the new version's own.  Returns 0 or
   -1 with M->why set.  Touches nothing of the running version.  */
static int
gs_transform_globals (struct gs_map *m)
{
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nglobals; i++)
      {
	const struct gs_global_meta *ng = &m->new_units[u]->globals[i];
	const struct gs_effective *og;
	const struct gearshift_transformer *t;

	if (!ng->addr
	    || gs_global_verdict (m->new_units[u], ng, m->version, &og)
	       != GS_GLOBAL_TRANSFORMED)
	  continue;
	t = gs_find_transformer (m->version, GEARSHIFT_TRANSFORM_GLOBAL_KIND,
				 NULL, ng->name);
	if (t->value (og->addr, ng->addr) != 0)
	  return gs_refuse (m, "the transformer of global %s failed",
			    ng->name);
	m->transformed++;
      }
  return 0;
}

/* The version loaded ahead by gs_swap_precheck, if any.  */
static void *gs_loaded_handle;
static unsigned int gs_loaded_tag;
static int gs_loaded_code;

/* Load the pending version into M (unless gs_swap_precheck did) and
   check what can be checked before frames exist: it holds units, and its
   globals map.  Returns the loader's handle, or null after recording
   the outcome (the pending request is then over).  */
static void *
gs_load (struct gs_map *m)
{
  const char *path = gs_pending_path;
  void *handle = gs_loaded_handle;

  memset (m, 0, sizeof *m);
  if (handle)
    {
      m->version = gs_loaded_tag;
      gs_loaded_handle = NULL;
    }
  else
    {
      m->version = ++gs_last_tag;
      gs_registry_set_loading (m->version);
      handle = dlopen (path, RTLD_NOW | RTLD_LOCAL);
      gs_registry_set_loading (gs_current_version);
      if (!handle)
	{
	  const char *err = dlerror ();
	  gs_registry_drop (m->version);
	  gs_drop_transformers (m->version);
	  gs_outcome (-GEARSHIFT_ELOAD, "update to %s refused: cannot load "
		      "it: %s", path, err ? err : "?");
	  return NULL;
	}
    }
  m->n_new = gs_registry_units (m->version, m->new_units,
				sizeof m->new_units / sizeof *m->new_units);
  m->n_old = gs_registry_units (gs_current_version, m->old_units,
				sizeof m->old_units / sizeof *m->old_units);
  gs_loaded_code = -GEARSHIFT_EREFUSED;
  if (m->n_new == 0)
    {
      gs_loaded_code = -GEARSHIFT_ELOAD;
      gs_refuse (m, "it holds no gearshift unit (not built with the "
		 "plugin, or already loaded: build each version to a new "
		 "file)");
    }
  else if (m->n_new > sizeof m->new_units / sizeof *m->new_units
	   || m->n_old > sizeof m->old_units / sizeof *m->old_units)
    gs_refuse (m, "too many units");
  else if (gs_init_live_globals (m))
    gs_refuse (m, "out of memory");
  else
    gs_map_globals (m, NULL);
  if (m->why[0])
    {
      gs_unload (m, handle);
      return NULL;
    }
  return handle;
}

/* Close the new version of M, loaded as HANDLE, and record why it is
   refused.  */
static void
gs_unload (struct gs_map *m, void *handle)
{
  dlclose (handle);
  gs_registry_drop (m->version);
  gs_drop_transformers (m->version);
  gs_outcome (gs_loaded_code, "update to %s refused: %s", gs_pending_path,
	      m->why);
}

/* Before a capture starts at point LABEL of FNS[0], with FNS[1..N-1] the
   functions of its callers (from the stack walk): when an update to a
   new version is pending, load it and refuse it right away, before
   anything is unwound, if it cannot take this stack (a function or the
   point gone, no low-gear clone) or its globals do not map.  Returns 0
   to go on with the capture, nonzero when the update was refused (the
   request is then over, and the program goes on untouched).  Call-site
   points of the callers are known only once they unwind: gs_swap checks
   those.  */
int
gs_swap_precheck (const struct gs_fn_meta *const *fns, size_t n,
		  const char *label)
{
  static struct gs_map m;
  void *handle;

  if (!gs_pending || gs_loaded_handle)
    return 0;
  handle = gs_load (&m);
  if (!handle)
    return 1;
  for (size_t i = 0; i < n && !m.why[0]; i++)
    {
      const struct gs_fn_meta *nf = gs_rules_find_fn (m.new_units, m.n_new,
						      fns[i]->name,
						      fns[i]->file);
      if (!nf)
	gs_refuse (&m, "function %s is on the stack but the new version has "
		   "no such function", fns[i]->name);
      else if (!nf->low)
	gs_refuse (&m, "the new version's %s has no low-gear clone",
		   nf->name);
      else if (i == 0 && gs_rules_find_point (nf, label) < 0)
	gs_refuse (&m, "%s is stopped at point \"%s\", which the new "
		   "version's %s does not have", fns[i]->name, label, nf->name);
    }
  if (m.why[0])
    {
      gs_unload (&m, handle);
      return 1;
    }
  gs_loaded_handle = handle;
  gs_loaded_tag = m.version;
  return 0;
}

/* Load the pending version (or take the one gs_swap_precheck loaded) and
   map the unwound stack onto it; on failure leave everything as it was.
   Runs at the root, with the main thread's stack unwound.  */
void
gs_swap (void)
{
  static struct gs_map m;
  const char *path = gs_pending_path;
  struct gs_frame *frames;
  size_t nframes;
  void *handle = gs_load (&m);

  if (!handle)
    return;
  frames = gs_capture_frames_for_swap (&nframes);
  if (gs_transform_globals (&m) || gs_map_frames (&m, frames, nframes))
    {
      gs_unload (&m, handle);
      return;
    }
  gs_map_globals (&m, handle);
  gs_current_version = m.version;
  if (m.transformed)
    gs_outcome (0, "updated to %s: %zu frames, %u globals mapped, %u values "
		"transformed", path, nframes, m.globals, m.transformed);
  else
    gs_outcome (0, "updated to %s: %zu frames, %u globals mapped", path,
		nframes, m.globals);
}

/* The outcome of the last update: 0 when it succeeded, or a negative
   error code (-GEARSHIFT_EBUSY while one is pending, -GEARSHIFT_ENOENT
   before any); its message is copied into BUF of SIZE bytes.  */
GS_EXPORT int
gearshift_update_status (char *buf, size_t size)
{
  if (buf && size)
    {
      strncpy (buf, gs_pending && gs_status == -GEARSHIFT_EBUSY
	       ? "an update is pending" : gs_message, size - 1);
      buf[size - 1] = '\0';
    }
  return gs_status;
}
