/* gearshift runtime: mapping the globals onto a new version.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   By the rules of rules.c, a global of the new version takes the
   running one's address and value (same type), is converted by a
   transformer, or starts from its initial value.  The plugin makes
   every writable variable of a shared object reached through the GOT
   (gs-pass.cc, prepare_shared_object); the new version's GOT entries
   and data relocations that point into a mapped variable are re-pointed
   to the running one's, so pointers to it held in the heap or in
   libraries stay valid (its value is also copied into the new version's
   own copy, for code that reaches it directly).  The running globals
   are kept in a table that each update replaces: where each lives, its
   own variable or one of an earlier version.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gs-map.h"

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

/* Make the table of where the running version's globals live, the
   first time: the program as started owns all of its variables.  */
int
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

/* gs_rules_globals's view of the running globals: entry I of
   gs_live_globals.  */
static const struct gs_global_meta *
gs_live_global_at (const void *ctx, size_t i,
		   const struct gs_unit_meta **unit)
{
  (void) ctx;
  *unit = gs_live_globals[i].unit;
  return gs_live_globals[i].global;
}

/* The verdict of the rules for NG of NEW_UNIT, the new version's global
   (with an address), in the mapping M; set *OG to the running global it
   matches, or null, and *RENAMED when it was found in a file of another
   name.  A variable of the running version that GCC removed, or whose
   stores it removed because nothing reads it, is not in the table (null
   address): there is no value to keep.  */
static enum gs_global_verdict
gs_global_verdict (const struct gs_map *m, const struct gs_unit_meta *new_unit,
		   const struct gs_global_meta *ng,
		   const struct gs_effective **og, int *renamed)
{
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };
  struct gs_rules_globals live = { gs_n_live_globals, gs_live_global_at,
				   NULL };
  long k = gs_rules_match_global (&live, m->new_units, m->n_new, new_unit,
				  ng, renamed);

  *og = k < 0 ? NULL : &gs_live_globals[k];
  return gs_rules_global (*og ? (*og)->global : NULL, ng, &tr);
}

/* Append to LIST (SIZE bytes) the global G of unit U, followed by
   EXTRA if not null (gs_list_append).  */
static void
gs_note_global (char *list, size_t size, const struct gs_unit_meta *u,
		const struct gs_global_meta *g, const char *extra)
{
  int is_static = (g->flags & GS_GLOBAL_STATIC) != 0;

  gs_list_append (list, size, "%s%s%s%s%s%s", g->name,
		  is_static ? " (" : "",
		  is_static ? gs_rules_basename (u->file) : "",
		  is_static ? ")" : "", extra ? " " : "", extra ? extra : "");
}

/* Gather M's lists of globals into M->notes, each with its heading.  */
static void
gs_gather_notes (struct gs_map *m)
{
  const struct
  {
    const char *heading, *list;
  } notes[] = {
    { "new, from their initial values", m->new_globals },
    { "found in a renamed file", m->moved_globals },
    { "left behind", m->left_globals },
    { "constants given new contents", m->renewed_constants },
    { "constants not shared, old pointers keep the old object",
      m->unshared_constants },
    { "thread-local, carried over by each thread", m->tls_globals },
    { "converted in the heap", m->heap_converted },
  };

  m->notes[0] = '\0';
  for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
    if (notes[i].list[0])
      {
	size_t len = strlen (m->notes);

	snprintf (m->notes + len, sizeof m->notes - len, "; %s: %s",
		  notes[i].heading, notes[i].list);
      }
}

/* What gs_rebind works with: the object's load address and its RELRO
   range, found by gs_find_relro, and whether a walk made that range
   writable (gs_relocated_word; gs_close_relro makes it read-only
   again).  */
struct gs_object
{
  uintptr_t base;
  uintptr_t relro_start, relro_end;
  int relro_open;
};

/* Set [*START, *END) to the pages of the object INFO that the loader
   made read-only after relocating it (PT_GNU_RELRO), rounded as
   _dl_protect_relro rounds them: a last partial page stays writable (it
   holds the start of .data).  Leaves them alone if it has none.  */
static void
gs_relro_pages (const struct dl_phdr_info *info, uintptr_t *start,
		uintptr_t *end)
{
  uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);

  for (int i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO)
      {
	uintptr_t at = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;

	*start = at & -page;
	*end = (at + info->dlpi_phdr[i].p_memsz) & -page;
      }
}

/* dl_iterate_phdr callback: the RELRO range of the object DATA->base.  */
static int
gs_find_relro (struct dl_phdr_info *info, size_t size, void *data)
{
  struct gs_object *o = data;

  (void) size;
  if (info->dlpi_addr != o->base)
    return 0;
  gs_relro_pages (info, &o->relro_start, &o->relro_end);
  return 1;
}

/* Replace the word at SLOT, in the object O, by what FN (SLOT, its
   value, ARG) returns, if that differs; the object's RELRO range is
   made writable at the first write there, for the rest of the walk:
   one call to mprotect, not two a word (each costs the other threads'
   processors a flush of their TLBs).  */
static void
gs_relocated_word (struct gs_object *o, uintptr_t *slot,
		   uintptr_t (*fn) (const uintptr_t *slot, uintptr_t value,
				    void *arg),
		   void *arg)
{
  uintptr_t v = fn (slot, *slot, arg);

  if (v == *slot)
    return;
  if (!o->relro_open && (uintptr_t) slot >= o->relro_start
      && (uintptr_t) slot < o->relro_end)
    {
      mprotect ((void *) o->relro_start, o->relro_end - o->relro_start,
		PROT_READ | PROT_WRITE);
      o->relro_open = 1;
    }
  *slot = v;
}

/* The end of a walk over O's relocated words: its RELRO range
   read-only again.  */
static void
gs_close_relro (struct gs_object *o)
{
  if (o->relro_open)
    mprotect ((void *) o->relro_start, o->relro_end - o->relro_start,
	      PROT_READ);
  o->relro_open = 0;
}

/* gs_relocated_word callback for gs_self_bind: the address *ARG.  */
static uintptr_t
gs_own_word (const uintptr_t *slot, uintptr_t value, void *arg)
{
  (void) slot;
  (void) value;
  return *(const uintptr_t *) arg;
}

/* The relocation tables of a loaded object, from its dynamic section.  */
struct gs_relocs
{
  struct gs_object o;
  const ElfW(Rela) *rela;
  const ElfW(Relr) *relr;
  const ElfW(Sym) *symtab;
  size_t relasz, relrsz;
};

/* Fill R for the object loaded as HANDLE.  Returns 0, or -1 if the
   loader says nothing of it.  */
static int
gs_find_relocs (void *handle, struct gs_relocs *r)
{
  struct link_map *lm;

  memset (r, 0, sizeof *r);
  if (dlinfo (handle, RTLD_DI_LINKMAP, &lm) != 0 || !lm)
    return -1;
  r->o.base = lm->l_addr;
  dl_iterate_phdr (gs_find_relro, &r->o);
  for (const ElfW(Dyn) *d = lm->l_ld; d->d_tag != DT_NULL; d++)
    if (d->d_tag == DT_RELA)
      r->rela = (const ElfW(Rela) *) d->d_un.d_ptr;
    else if (d->d_tag == DT_RELASZ)
      r->relasz = d->d_un.d_val;
    else if (d->d_tag == DT_RELR)
      r->relr = (const ElfW(Relr) *) d->d_un.d_ptr;
    else if (d->d_tag == DT_RELRSZ)
      r->relrsz = d->d_un.d_val;
    else if (d->d_tag == DT_SYMTAB)
      r->symtab = (const ElfW(Sym) *) d->d_un.d_ptr;
  /* glibc relocates the dynamic section's addresses in place; an
     unrelocated one is below the load address.  */
  if (r->rela && (uintptr_t) r->rela < r->o.base)
    r->rela = (const ElfW(Rela) *) ((uintptr_t) r->rela + r->o.base);
  if (r->relr && (uintptr_t) r->relr < r->o.base)
    r->relr = (const ElfW(Relr) *) ((uintptr_t) r->relr + r->o.base);
  if (r->symtab && (uintptr_t) r->symtab < r->o.base)
    r->symtab = (const ElfW(Sym) *) ((uintptr_t) r->symtab + r->o.base);
  return 0;
}

void
gs_each_relocated_word (void *handle,
			uintptr_t (*fn) (const uintptr_t *slot,
					 uintptr_t value, void *arg),
			void *arg)
{
  struct gs_relocs r;

  if (gs_find_relocs (handle, &r))
    return;
  for (size_t i = 0; r.rela && i < r.relasz / sizeof *r.rela; i++)
    {
      unsigned long type = ELF64_R_TYPE (r.rela[i].r_info);

      if (type == R_X86_64_GLOB_DAT || type == R_X86_64_64
	  || type == R_X86_64_RELATIVE)
	gs_relocated_word (&r.o,
			   (uintptr_t *) (r.o.base + r.rela[i].r_offset),
			   fn, arg);
    }
  /* Packed relative relocations (-z pack-relative-relocs): an address,
     then bitmaps of the 63 words after it.  */
  uintptr_t *where = NULL;
  for (size_t i = 0; r.relr && i < r.relrsz / sizeof *r.relr; i++)
    if ((r.relr[i] & 1) == 0)
      {
	where = (uintptr_t *) (r.o.base + r.relr[i]);
	gs_relocated_word (&r.o, where++, fn, arg);
      }
    else if (where)
      {
	ElfW(Relr) bits = r.relr[i] >> 1;

	for (int b = 0; bits; b++, bits >>= 1)
	  if (bits & 1)
	    gs_relocated_word (&r.o, where + b, fn, arg);
	where += 8 * sizeof (ElfW(Relr)) - 1;
      }
  gs_close_relro (&r.o);
}

void
gs_self_bind (void *handle)
{
  struct gs_relocs r;

  if (gs_find_relocs (handle, &r) || !r.symtab)
    return;
  for (size_t i = 0; r.rela && i < r.relasz / sizeof *r.rela; i++)
    {
      unsigned long type = ELF64_R_TYPE (r.rela[i].r_info);
      const ElfW(Sym) *sym = &r.symtab[ELF64_R_SYM (r.rela[i].r_info)];
      uintptr_t own;

      if ((type != R_X86_64_GLOB_DAT && type != R_X86_64_64)
	  || ELF64_R_SYM (r.rela[i].r_info) == 0
	  || sym->st_shndx == SHN_UNDEF
	  || ELF64_ST_TYPE (sym->st_info) != STT_OBJECT)
	continue;
      own = r.o.base + sym->st_value
	    + (type == R_X86_64_64 ? (uintptr_t) r.rela[i].r_addend : 0);
      gs_relocated_word (&r.o, (uintptr_t *) (r.o.base + r.rela[i].r_offset),
			 gs_own_word, &own);
    }
  gs_close_relro (&r.o);
}

/* A variable of the new version, at NEW and of SIZE bytes, that lives
   at OLD from now on.  */
struct gs_rebind
{
  uintptr_t new, size, old;
};

/* The variables gs_rebind_word re-points pointers into, sorted by NEW,
   and the mapping whose new units' tables of globals keep the new
   version's own addresses.  */
struct gs_rebinds
{
  struct gs_rebind *v;
  size_t n;
  const struct gs_map *m;
};

static int
gs_rebind_cmp (const void *a, const void *b)
{
  uintptr_t x = ((const struct gs_rebind *) a)->new;
  uintptr_t y = ((const struct gs_rebind *) b)->new;

  return x < y ? -1 : x > y;
}

/* gs_each_relocated_word callback: a pointer into one of ARG's
   variables goes to the same offset in the running one.  */
static uintptr_t
gs_rebind_word (const uintptr_t *slot, uintptr_t v, void *arg)
{
  const struct gs_rebinds *r = arg;
  const struct gs_rebind *b = NULL;
  size_t lo = 0, hi = r->n;

  while (lo < hi && !b)
    {
      size_t mid = lo + (hi - lo) / 2;

      if (v < r->v[mid].new)
	hi = mid;
      else if (v >= r->v[mid].new + (r->v[mid].size ? r->v[mid].size : 1))
	lo = mid + 1;
      else
	b = &r->v[mid];
    }
  if (!b)
    return v;
  for (size_t u = 0; u < r->m->n_new; u++)
    {
      const struct gs_unit_meta *unit = r->m->new_units[u];

      if ((const void *) slot >= (const void *) unit->globals
	  && (const void *) slot < (const void *) (unit->globals
						   + unit->nglobals))
	return v;
    }
  return b->old + (v - b->new);
}

/* Re-point the relocated words of the object loaded as HANDLE (GOT
   entries, data pointers) that point into one of the N variables R of
   the new version to the same offset in the running one, in one walk
   over its relocations; but not the addresses in the tables of globals
   of M's new units (gs_share_constants reads the new contents there).  */
static void
gs_rebind (const struct gs_map *m, void *handle, struct gs_rebind *r,
	   size_t n)
{
  struct gs_rebinds all = { r, n, m };

  if (!n)
    return;
  qsort (r, n, sizeof *r, gs_rebind_cmp);
  gs_each_relocated_word (handle, gs_rebind_word, &all);
}

/* Check that the globals of the new version map onto the running ones;
   with HANDLE (the new version, once everything maps), make the mapped
   ones share the running variables and record where the new version's
   globals live.  Returns 0 or -1 with M->why set.  */
int
gs_map_globals (struct gs_map *m, void *handle)
{
  struct gs_effective *next = NULL;
  struct gs_rebind *shared = NULL;
  char *taken = NULL, change[256], hint[1024];
  size_t n = 0, k = 0, nshared = 0;

  if (handle)
    {
      for (size_t u = 0; u < m->n_new; u++)
	n += m->new_units[u]->nglobals;
      next = calloc (n ? n : 1, sizeof *next);
      shared = calloc (n ? n : 1, sizeof *shared);
      taken = calloc (gs_n_live_globals ? gs_n_live_globals : 1, 1);
      if (!next || !shared || !taken)
	{
	  free (next);
	  free (shared);
	  free (taken);
	  return gs_refuse (m, "out of memory");
	}
    }
  m->globals = 0;
  m->new_globals[0] = m->moved_globals[0] = m->left_globals[0] = '\0';
  m->renewed_constants[0] = m->unshared_constants[0] = '\0';
  /* What moves is known from the check, before the frames map.  */
  if (!handle)
    m->n_moved = 0;
  m->notes[0] = '\0';
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nglobals; i++)
      {
	const struct gs_global_meta *ng = &m->new_units[u]->globals[i];
	const struct gs_effective *og;
	void *addr = ng->addr;
	enum gs_global_verdict verdict;
	int renamed;

	if (!addr)
	  continue;
	verdict = gs_global_verdict (m, m->new_units[u], ng, &og, &renamed);
	if (handle && og)
	  {
	    taken[og - gs_live_globals] = 1;
	    if (renamed)
	      {
		char from[160];

		snprintf (from, sizeof from, "from %s",
			  gs_rules_basename (og->unit->file));
		gs_note_global (m->moved_globals, sizeof m->moved_globals,
				m->new_units[u], ng, from);
	      }
	  }
	switch (verdict)
	  {
	  case GS_GLOBAL_REFUSED:
	    free (next);
	    free (shared);
	    free (taken);
	    gs_rules_type_change (og->global->type, og->global->layout,
				  ng->type, ng->layout, change,
				  sizeof change);
	    gs_rules_global_type_hint (og->global, ng, hint, sizeof hint);
	    return gs_refuse (m, "global %s changed type%s, and no "
			      "transformer converts it%s", ng->name, change,
			      hint);

	  case GS_GLOBAL_MAPPED:
	    m->globals++;
	    if (handle)
	      {
		addr = og->addr;
		shared[nshared++] = (struct gs_rebind) { (uintptr_t) ng->addr,
							 ng->size,
							 (uintptr_t) addr };
		/* The new version's own object is left as it was loaded:
		   every reference to it is re-pointed (gs_rebind), and a
		   copy of a large one would fault in pages of it in the
		   pause (the KissFFT demo's 5.6 MB of records: 3 ms).  */
		gs_remap_value (m, ng->layout, addr, ng->size);
	      }
	    break;

	  case GS_GLOBAL_CONSTANT:
	    /* The running object, with the new version's contents once
	       its pointers are the running ones (gs_share_constants).  */
	    if (handle)
	      {
		addr = og->addr;
		shared[nshared++] = (struct gs_rebind) { (uintptr_t) ng->addr,
							 ng->size,
							 (uintptr_t) addr };
	      }
	    break;

	  case GS_GLOBAL_NEW:
	    if (handle)
	      gs_note_global (m->new_globals, sizeof m->new_globals,
			      m->new_units[u], ng, NULL);
	    break;

	  case GS_GLOBAL_KEPT_READONLY:
	    /* A constant that grew or shrank: a pointer to the running
	       object held where the runtime cannot see it keeps it.  (A
	       variable that was read-only and no longer is had its
	       address taken nowhere, or GCC would not have found it
	       read-only, unless it was a constant: then its initial
	       value was its value.)  */
	    if (og && (ng->flags & GS_GLOBAL_READONLY))
	      {
		if (!handle)
		  gs_note_moved (m, og->addr, og->global->size, ng->addr,
				 ng->size);
		else
		  gs_note_global (m->unshared_constants,
				  sizeof m->unshared_constants,
				  m->new_units[u], ng, "(size changed)");
	      }
	    break;

	  case GS_GLOBAL_TRANSFORMED:
	    /* Converted into the new version's own variable, before
	       anything shared changes (gs_transform_globals).  Pointers
	       to the running one follow it, but not those into it: its
	       fields moved.  */
	    if (!handle)
	      gs_note_moved (m, og->addr, og->global->size, ng->addr, 1);
	    else
	      gs_remap_value (m, ng->layout, ng->addr, ng->size);
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
      /* The running globals no global of the new version takes over:
	 their values stay behind.  */
      for (size_t j = 0; j < gs_n_live_globals; j++)
	if (!taken[j])
	  gs_note_global (m->left_globals, sizeof m->left_globals,
			  gs_live_globals[j].unit, gs_live_globals[j].global,
			  NULL);
      gs_rebind (m, handle, shared, nshared);
      gs_gather_notes (m);
      free (shared);
      free (taken);
      free (gs_live_globals);
      gs_live_globals = next;
      gs_n_live_globals = k;
    }
  return 0;
}

/* What gs_find_prot looks for: the protection the loader gave the page
   at ADDR.  */
struct gs_prot_query
{
  uintptr_t addr;
  int prot;
};

/* dl_iterate_phdr callback: the protection of the page DATA->addr, if
   it is in the object INFO: its PT_LOAD segment's, less write access
   in the RELRO pages (gs_relro_pages).  */
static int
gs_find_prot (struct dl_phdr_info *info, size_t size, void *data)
{
  struct gs_prot_query *q = data;
  uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
  uintptr_t relro_start = 0, relro_end = 0;
  int found = 0;

  (void) size;
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      uintptr_t start = info->dlpi_addr + ph->p_vaddr;

      if (ph->p_type == PT_LOAD && q->addr >= (start & -page)
	  && q->addr < start + ph->p_memsz)
	{
	  q->prot = ((ph->p_flags & PF_R ? PROT_READ : 0)
		     | (ph->p_flags & PF_W ? PROT_WRITE : 0)
		     | (ph->p_flags & PF_X ? PROT_EXEC : 0));
	  found = 1;
	}
    }
  if (!found)
    return 0;
  gs_relro_pages (info, &relro_start, &relro_end);
  if (q->addr >= relro_start && q->addr < relro_end)
    q->prot &= ~PROT_WRITE;
  return 1;
}

/* Copy the N bytes at SRC over the object at DST, which may be in
   memory the loader made read-only (a constant of the program, or of
   an earlier version): each page is made writable for the time of the
   copy, and executable still if it was.  Returns 0 or -1.  */
static int
gs_write_constant (void *dst, const void *src, size_t n)
{
  uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
  uintptr_t at = (uintptr_t) dst, end = at + n;

  while (at < end)
    {
      uintptr_t next = (at & -page) + page;
      size_t len = (next < end ? next : end) - at;
      struct gs_prot_query q = { at, PROT_READ | PROT_WRITE };
      void *p = (void *) (at & -page);

      dl_iterate_phdr (gs_find_prot, &q);
      if (!(q.prot & PROT_WRITE)
	  && mprotect (p, page, q.prot | PROT_READ | PROT_WRITE))
	return -1;
      memcpy ((void *) at, (const char *) src + (at - (uintptr_t) dst), len);
      if (!(q.prot & PROT_WRITE))
	mprotect (p, page, q.prot);
      at += len;
    }
  return 0;
}

/* What gs_mark_data_slot marks: the bytes of the value at BASE that
   hold data pointers.  */
struct gs_data_mask
{
  const unsigned char *base;
  unsigned char *mask;
};

/* gs_layout_slots callback: mark the pointer at SLOT in ARG's mask.  */
static void
gs_mark_data_slot (void *slot, char kind, void *arg)
{
  struct gs_data_mask *d = arg;

  (void) kind;
  memset (d->mask + ((unsigned char *) slot - d->base), 1, sizeof (void *));
}

/* Whether the N bytes at A and B differ other than in the data pointers
   that LAYOUT describes: those of a constant mostly point at string
   literals, of which each version has its own copy.  */
static int
gs_values_differ (const char *layout, const void *a, const void *b,
		  size_t n)
{
  unsigned char *mask = calloc (n ? n : 1, 1);
  struct gs_data_mask d = { a, mask };
  int differ = 0;

  if (!mask)
    return 1;
  gs_layout_slots (layout, (void *) a, n, "p", gs_mark_data_slot, &d);
  for (size_t i = 0; i < n && !differ; i++)
    differ = !mask[i] && ((const unsigned char *) a)[i]
			 != ((const unsigned char *) b)[i];
  free (mask);
  return differ;
}

void
gs_share_constants (struct gs_map *m)
{
  for (size_t j = 0; j < gs_n_live_globals; j++)
    {
      const struct gs_effective *e = &gs_live_globals[j];
      const struct gs_global_meta *g = e->global;
      int differ;

      if (!(g->flags & GS_GLOBAL_READONLY) || e->addr == g->addr
	  || memcmp (e->addr, g->addr, g->size) == 0)
	continue;
      /* Named in the outcome only when more than the data pointers
	 changed (code pointers are canonical by now: comparable).  */
      differ = gs_values_differ (g->layout, e->addr, g->addr, g->size);
      if (gs_write_constant (e->addr, g->addr, g->size))
	gs_note_global (m->unshared_constants,
			sizeof m->unshared_constants, e->unit, g,
			"(its memory could not be written)");
      else if (differ)
	gs_note_global (m->renewed_constants, sizeof m->renewed_constants,
			e->unit, g, NULL);
    }
  gs_gather_notes (m);
}

/* Run the transformers of the new version's globals whose type changed,
   from the running variables into the new version's own.  Returns 0 or
   -1 with M->why set.  Touches nothing of the running version.  */
int
gs_transform_globals (struct gs_map *m)
{
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nglobals; i++)
      {
	const struct gs_global_meta *ng = &m->new_units[u]->globals[i];
	const struct gs_effective *og;
	const struct gearshift_transformer *t;
	int renamed;

	if (!ng->addr
	    || gs_global_verdict (m, m->new_units[u], ng, &og, &renamed)
	       != GS_GLOBAL_TRANSFORMED)
	  continue;
	t = gs_find_transformer (m->version, GEARSHIFT_TRANSFORM_GLOBAL_KIND,
				 NULL, ng->name);
	if (t && t->value)
	  {
	    if (t->value (og->addr, ng->addr) != 0)
	      return gs_refuse (m, "the transformer of global %s failed",
				ng->name);
	  }
	else
	  {
	    /* Field by field (rules.c): the copies go from the running
	       variable to the new version's own.  */
	    struct gs_rules_transformers tr = { gs_has_transformer,
						&m->version };
	    struct gs_by_name_copy c = { og->addr, ng->addr };

	    gs_rules_by_name (ng->type, og->global->layout, og->global->size,
			      ng->layout, ng->size, &tr, gs_copy_by_name, &c);
	  }
	m->transformed++;
      }
  return 0;
}

/* Check the thread-local globals of the new version of M against the
   running version's (rules.c), and list those whose value each thread
   will carry over (gs_map_thread_locals).  Returns 0, or -1 with M->why
   set.  */
int
gs_check_thread_locals (struct gs_map *m)
{
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };
  char change[256];

  m->tls_globals[0] = '\0';
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nglobals; i++)
      {
	const struct gs_unit_meta *nu = m->new_units[u], *ou;
	const struct gs_global_meta *ng = &nu->globals[i], *og;

	if (!(ng->flags & GS_GLOBAL_THREAD_LOCAL))
	  continue;
	switch (gs_rules_thread_local (m->old_units, m->n_old, m->new_units,
				       m->n_new, nu, ng, &tr, &ou, &og))
	  {
	  case GS_GLOBAL_REFUSED:
	    gs_rules_type_change (og->type, og->layout, ng->type, ng->layout,
				  change, sizeof change);
	    return gs_refuse (m, "global %s changed type%s, and no transformer "
			      "converts it (a thread-local variable converts "
			      "only field by field)", ng->name, change);

	  case GS_GLOBAL_MAPPED:
	  case GS_GLOBAL_TRANSFORMED:
	    if (!nu->tls || !ou->tls)
	      return gs_refuse (m, "global %s is thread-local, and a version "
				"has no function giving its address",
				ng->name);
	    gs_note_global (m->tls_globals, sizeof m->tls_globals, nu, ng,
			    NULL);
	    break;

	  default:
	    break;
	  }
      }
  return 0;
}

/* Carry the calling thread's copies of the running version's
   thread-local globals over to the new version's of M, the update just
   done: each thread calls this once, for itself, before it runs the new
   version (threads.c).  */
void
gs_map_thread_locals (struct gs_map *m)
{
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };

  if (!m->tls_globals[0])
    return;
  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nglobals; i++)
      {
	const struct gs_unit_meta *nu = m->new_units[u], *ou;
	const struct gs_global_meta *ng = &nu->globals[i], *og;
	enum gs_global_verdict v;
	void *(*new_tls) (unsigned int), *(*old_tls) (unsigned int);
	char *to;
	const char *from;

	if (!(ng->flags & GS_GLOBAL_THREAD_LOCAL))
	  continue;
	v = gs_rules_thread_local (m->old_units, m->n_old, m->new_units,
				   m->n_new, nu, ng, &tr, &ou, &og);
	if (v != GS_GLOBAL_MAPPED && v != GS_GLOBAL_TRANSFORMED)
	  continue;
	new_tls = (void *(*) (unsigned int)) nu->tls;
	old_tls = (void *(*) (unsigned int)) ou->tls;
	to = new_tls (i);
	from = old_tls ((unsigned int) (og - ou->globals));
	if (!to || !from)
	  continue;
	if (v == GS_GLOBAL_MAPPED)
	  {
	    memcpy (to, from, ng->size);
	    gs_remap_value (m, ng->layout, to, ng->size);
	  }
	else
	  {
	    struct gs_by_name_copy c = { from, to };

	    gs_rules_by_name (ng->type, og->layout, og->size, ng->layout,
			      ng->size, &tr, gs_copy_by_name, &c);
	  }
      }
}
