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
