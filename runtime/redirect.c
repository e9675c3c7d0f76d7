/* gearshift runtime: old versions' functions jump to the new version's.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Pointers to functions are held where no mapping reaches them: in the
   heap, in a library's event table, in the kernel (signal handlers).  So
   that a call through any of them, or from old code still running, runs
   the new version, an update makes the entry of every function of every
   old version jump to the new version's function of the same name and
   type.  The plugin reserves GS_REDIRECT_AREA bytes of nops before each
   body the runtime knows (gs-meta.h), never executed; a redirection
   writes there

     entry-14:  ff 25 00 00 00 00     jmp *0(%rip)
     entry-8:   <new function>        8 bytes
     entry:     eb f0                 jmp entry-14

   (after an endbr64 at the entry, if any), so a program that is never
   updated pays nothing, and after an update a call through an old
   address pays one short and one indirect jump.  The next update
   rewrites the address only, so every old version jumps straight to the
   newest.  Old bodies stay loaded, and a function that is gone, or
   whose type changed, keeps its old body: when its address escaped, the
   outcome names it (the program can still reach the old code).

   Pointers compare equal whichever version took them: a function
   redirected keeps its first address as its canonical one (map.c,
   gs_canonical).  Globals and frames get it when they map; the new
   version takes addresses of functions from variables (plugin
   gs-canon.cc), and gs_redirect_commit re-points those and every other
   pointer to a function in its data; so "h == handle_read" holds in
   the new version for a handler stored by the old one, and calls
   through the canonical address take the jumps.

   The writes happen with the stack unwound, once the globals'
   transformers ran and before the frames map; if one fails (the text
   cannot be made writable, or the bytes are not what the plugin left),
   or the frames then do not map, every redirection of this update is
   undone and the update refused.  */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gs-map.h"

/* What a redirection overwrote, to undo it.  */
struct gs_patch
{
  unsigned char *at;		/* The area, GS_REDIRECT_AREA bytes before
				   the entry.  */
  unsigned char saved[GS_REDIRECT_AREA + 6];
  size_t len;
};

static const unsigned char gs_endbr64[4] = { 0xf3, 0x0f, 0x1e, 0xfa };
static const unsigned char gs_jmp_rip[6] = { 0xff, 0x25, 0, 0, 0, 0 };

/* The pages made writable last, to be made executable only again when
   a write needs others, or at the end (gs_text_done): bodies next to
   each other share pages, and an update writes hundreds of them.  */
static uintptr_t gs_open_start, gs_open_end;

/* Make the pages of code left writable executable only again.  */
static void
gs_text_done (void)
{
  if (gs_open_end > gs_open_start)
    mprotect ((void *) gs_open_start, gs_open_end - gs_open_start,
	      PROT_READ | PROT_EXEC);
  gs_open_start = gs_open_end = 0;
}

/* Make the bytes [AT, AT+LEN) writable, and executable still (a
   signal handler may run code of the same pages meanwhile).  Returns 0
   or an errno value.  */
static int
gs_text_writable (unsigned char *at, size_t len)
{
  uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
  uintptr_t start = (uintptr_t) at & -page;
  uintptr_t end = ((uintptr_t) at + len + page - 1) & -page;

  if (start >= gs_open_start && end <= gs_open_end)
    return 0;
  /* Pages next to the open ones join them (the entries come in the
     order of their addresses, undone in the reverse order).  */
  uintptr_t lo = start, hi = end;
  if (gs_open_end > gs_open_start && start <= gs_open_end
      && end >= gs_open_start)
    {
      lo = start < gs_open_start ? start : gs_open_start;
      hi = end > gs_open_end ? end : gs_open_end;
    }
  else
    gs_text_done ();
  if (mprotect ((void *) lo, hi - lo, PROT_READ | PROT_WRITE | PROT_EXEC))
    return errno;
  gs_open_start = lo;
  gs_open_end = hi;
  return 0;
}

/* Whether byte P, just after a 1-byte body, is padding that nothing
   executes: a nop or int3 (the next body's redirection area starts with
   2 bytes that stay nops) or the start of a multi-byte nop, which the
   assembler may begin with several 0x66 prefixes and a cs override
   ("66 66 2e 0f 1f 84 00 ...").  */
static int
gs_padding_p (const unsigned char *p)
{
  int i = 0;

  if (p[0] == 0x90 || p[0] == 0xcc)
    return 1;
  while (i < 14 && p[i] == 0x66)
    i++;
  if (i > 0 && p[i] == 0x90)
    return 1;
  if (i > 0 && p[i] == 0x2e)
    i++;
  return p[i] == 0x0f && p[i + 1] == 0x1f;
}

/* Make the body at ENTRY, with its area before it, jump to TARGET;
   record in P what it overwrote.  Returns 0, or -1 with M->why set.  */
static int
gs_patch_entry (struct gs_map *m, const struct gs_fn_meta *fn,
		unsigned char *entry, void (*target) (void),
		struct gs_patch *p)
{
  unsigned char *area = entry - GS_REDIRECT_AREA;
  size_t skip = memcmp (entry, gs_endbr64, sizeof gs_endbr64) ? 0 : 4;
  unsigned char jump[2] = { 0xeb, (unsigned char) -(int) (16 + skip) };
  int fresh = 1, err;

  for (size_t i = 2; i < GS_REDIRECT_AREA; i++)
    fresh &= area[i] == 0x90;
  if (!fresh && (memcmp (area + 2, gs_jmp_rip, sizeof gs_jmp_rip)
		 || memcmp (entry + skip, jump, sizeof jump)))
    return gs_refuse (m, "the entry of %s is not as the plugin left it",
		      fn->name);
  if (fresh && entry[skip] == 0xc3 && !gs_padding_p (entry + skip + 1))
    return gs_refuse (m, "%s is a 1-byte body followed by code: no room "
		      "for its jump", fn->name);
  p->at = area;
  p->len = GS_REDIRECT_AREA + skip + 2;
  memcpy (p->saved, area, p->len);
  if ((err = gs_text_writable (area, p->len)))
    return gs_refuse (m, "cannot write the code of %s to redirect it: %s",
		      fn->name, strerror (err));
  /* A later update rewrites the target while old code may jump through
     it: one aligned store (the plugin aligns the area to 8 bytes).  */
  if (((uintptr_t) (area + 8) & 7) == 0)
    __atomic_store_n ((uint64_t *) (void *) (area + 8),
		      (uint64_t) (uintptr_t) target, __ATOMIC_RELEASE);
  else
    memcpy (area + 8, &target, sizeof target);
  if (fresh)
    {
      memcpy (area + 2, gs_jmp_rip, sizeof gs_jmp_rip);
      /* The last write turns the entry into a jump: a whole 2 bytes.  */
      __atomic_store_n ((uint16_t *) (void *) (entry + skip),
			jump[0] | jump[1] << 8, __ATOMIC_RELEASE);
    }
  return 0;
}

/* Undo the N redirections of PATCHES, last first.  */
static void
gs_unpatch (struct gs_patch *patches, size_t n)
{
  while (n-- > 0)
    {
      struct gs_patch *p = &patches[n];

      if (gs_text_writable (p->at, p->len) == 0)
	memcpy (p->at, p->saved, p->len);
    }
  gs_text_done ();
}

/* The redirections of the last update, to undo them.  */
static struct gs_patch *gs_patches;
static size_t gs_npatches, gs_patches_cap;

void
gs_redirect_undo (void)
{
  gs_unpatch (gs_patches, gs_npatches);
  gs_npatches = 0;
  gs_canon_commit (0);
}

/* A function's own address and its canonical one, sorted by the first;
   and the new version's function tables, whose addresses stay.  */
struct gs_moved
{
  uintptr_t own, canonical;
};

struct gs_commit
{
  struct gs_moved *moved;
  size_t n;
  const struct gs_map *m;
};

static int
gs_moved_cmp (const void *a, const void *b)
{
  uintptr_t x = ((const struct gs_moved *) a)->own;
  uintptr_t y = ((const struct gs_moved *) b)->own;

  return x < y ? -1 : x > y;
}

/* gs_each_relocated_word callback: the address of a function that has
   another canonical address becomes that one, but in the metadata.  */
static uintptr_t
gs_canonical_word (const uintptr_t *slot, uintptr_t v, void *arg)
{
  struct gs_commit *c = arg;
  struct gs_moved key = { v, 0 }, *hit;

  hit = bsearch (&key, c->moved, c->n, sizeof *c->moved, gs_moved_cmp);
  if (!hit)
    return v;
  for (size_t u = 0; u < c->m->n_new; u++)
    {
      const struct gs_unit_meta *unit = c->m->new_units[u];

      if ((const void *) slot >= (const void *) unit->fns
	  && (const void *) slot < (const void *) (unit->fns + unit->nfns))
	return v;
    }
  return hit->canonical;
}

void
gs_redirect_commit (struct gs_map *m, void *handle)
{
  struct gs_commit c = { NULL, 0, m };
  size_t n = 0;

  for (size_t u = 0; u < m->n_new; u++)
    n += m->new_units[u]->nfns;
  c.moved = calloc (n ? n : 1, sizeof *c.moved);
  for (size_t u = 0; c.moved && u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->nfns; i++)
      {
	const struct gs_fn_meta *nf = &m->new_units[u]->fns[i];
	gs_code_ptr canonical = gs_canonical (nf);

	if (nf->high && canonical != nf->high)
	  {
	    c.moved[c.n].own = (uintptr_t) nf->high;
	    c.moved[c.n++].canonical = (uintptr_t) canonical;
	  }
      }
  if (c.n)
    {
      qsort (c.moved, c.n, sizeof *c.moved, gs_moved_cmp);
      gs_each_relocated_word (handle, gs_canonical_word, &c);
    }
  free (c.moved);
  gs_npatches = 0;
  gs_canon_commit (1);
}

/* An entry to redirect, and where to.  */
struct gs_entry
{
  const struct gs_fn_meta *fn;
  void (*target) (void);
};

static int
gs_entry_cmp (const void *a, const void *b)
{
  uintptr_t x = (uintptr_t) ((const struct gs_entry *) a)->fn->high;
  uintptr_t y = (uintptr_t) ((const struct gs_entry *) b)->fn->high;
  return x < y ? -1 : x > y;
}

/* The plan of the next redirection (gs_redirect_plan): the entries, in
   the order of their addresses, and the version they are for.  */
static struct gs_entry *gs_plan;
static size_t gs_plan_n;
static unsigned int gs_plan_version, gs_plan_redirected;

/* Drop the plan's entries; the canonical addresses stay.  */
static void
gs_plan_drop (void)
{
  free (gs_plan);
  gs_plan = NULL;
  gs_plan_n = 0;
  gs_plan_version = 0;
}

void
gs_redirect_forget (void)
{
  gs_plan_drop ();
  gs_canon_commit (0);
}

int
gs_redirect_plan (struct gs_map *m)
{
  struct gs_entry *entries = NULL;
  size_t nentries = 0, entries_cap = 0;
  unsigned int redirected = 0;

  gs_redirect_forget ();
  if (gs_canon_prepare (m))
    return -1;
  for (unsigned int v = 0; v < m->version; v++)
    {
      const struct gs_unit_meta *units[256];
      size_t nunits = gs_registry_units (v, units, 256);

      for (size_t u = 0; u < nunits && u < 256; u++)
	for (unsigned int i = 0; i < units[u]->nfns; i++)
	  {
	    const struct gs_fn_meta *fn = &units[u]->fns[i], *nf;
	    enum gs_redirect_verdict r
	      = gs_rules_redirect (m->new_units, m->n_new, fn, &nf);

	    if (r != GS_REDIRECT_OK)
	      {
		if (r != GS_REDIRECT_NO_AREA && v == m->old_version
		    && gs_rules_escapes (units, nunits < 256 ? nunits : 256,
					 fn))
		  gs_list_append (m->kept, sizeof m->kept, "%s (%s)",
				  fn->name,
				  r == GS_REDIRECT_GONE ? "gone"
				  : r == GS_REDIRECT_TYPE ? "type changed"
				  : "no body");
		continue;
	      }
	    if (nentries == entries_cap)
	      {
		size_t ncap = entries_cap ? 2 * entries_cap : 64;
		struct gs_entry *ne = realloc (entries, ncap * sizeof *ne);

		if (!ne)
		  {
		    free (entries);
		    gs_canon_commit (0);
		    return gs_refuse (m, "out of memory");
		  }
		entries = ne;
		entries_cap = ncap;
	      }
	    entries[nentries].fn = fn;
	    entries[nentries].target = nf->high ? nf->high : nf->low;
	    nentries++;
	    redirected += v == m->old_version;
	  }
    }

  /* In the order of their addresses, so that each page of code is made
     writable once (gs_text_writable).  */
  if (nentries)
    qsort (entries, nentries, sizeof *entries, gs_entry_cmp);
  gs_plan = entries;
  gs_plan_n = nentries;
  gs_plan_version = m->version;
  gs_plan_redirected = redirected;
  return 0;
}

int
gs_redirect (struct gs_map *m)
{
  struct gs_patch *patches = gs_patches;
  size_t cap = gs_patches_cap, n;

  if (gs_plan_version != m->version && gs_redirect_plan (m))
    return -1;
  if (gs_plan_n > cap)
    {
      struct gs_patch *np = realloc (patches, gs_plan_n * sizeof *np);

      if (!np)
	{
	  gs_redirect_forget ();
	  return gs_refuse (m, "out of memory");
	}
      gs_patches = patches = np;
      gs_patches_cap = cap = gs_plan_n;
    }
  for (n = 0; n < gs_plan_n; n++)
    if (gs_patch_entry (m, gs_plan[n].fn,
			(unsigned char *) gs_plan[n].fn->high,
			gs_plan[n].target, &patches[n]))
      {
	gs_unpatch (patches, n);
	gs_redirect_forget ();
	return -1;
      }
  gs_text_done ();
  gs_npatches = n;
  m->redirected = gs_plan_redirected;
  /* The canonical addresses stay for gs_redirect_commit or undo.  */
  gs_plan_drop ();
  return 0;
}
