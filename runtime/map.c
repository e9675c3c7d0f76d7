/* gearshift runtime: what mapping frames and globals both need.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.  */

#include <stdarg.h>
#include <stdio.h>
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

/* Re-point *SLOT, if it holds the address of a function of an old
   version, to the new version's function of the same name: its body, or
   where GCC inlined every call to it and left no body, its low-gear
   clone, which runs like the function outside reconstruction.  ARG is
   the mapping (a callback of gs_layout_code_slots).  */
void
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
