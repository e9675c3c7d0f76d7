/* gearshift runtime: mapping the captured frames onto a new version.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Each frame goes to the new version's function of the same name, at
   the point of the same label; each saved variable by the rules of
   rules.c: copied, converted by a transformer, left to the frame
   transformer, or zero when new (an address-taken one gets zeroed
   storage of its own).  Code pointers in the copied values are
   re-pointed to the new version's functions.  */

#include <stdlib.h>
#include <string.h>

#include "gs-map.h"

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

	case GS_MAP_CONSTANT:
	  break;		/* The new code holds it as a constant.  */

	case GS_MAP_ARGUMENT:
	  break;		/* The caller passes it again.  */

	case GS_MAP_BY_NAME:
	  {
	    /* New fields start at zero.  */
	    struct gs_by_name_copy c = { (const char *) old->data
					 + of->offset, slot };

	    gs_rules_by_name (nf->type, of->layout, of->size, nf->layout,
			      nf->size, &tr, gs_copy_by_name, &c);
	    gs_remap_value (m, nf->layout, slot, nf->size);
	    m->transformed++;
	  }
	  break;

	case GS_MAP_COPY:
	  memcpy (slot, (const char *) old->data + of->offset,
		  gs_slot_size (nf));
	  /* An address-taken variable stays where it is, on the side
	     stack: its code pointers are re-pointed there.  */
	  gs_remap_value (m, nf->layout, gs_field_value (nf, data), nf->size);
	  break;
	}
    }
  return 0;
}

/* Map the unwound FRAMES (N of them) of capture CAP onto the new
   version: on success store the mapped frames (malloc'ed, N of them,
   their data in CAP's storage) in *OUT and return 0; else return -1,
   leaving FRAMES alone.  */
int
gs_map_frames (struct gs_map *m, struct gs_capture *cap,
	       const struct gs_frame *frames, size_t n,
	       struct gs_frame **out)
{
  struct gs_frame *mapped = calloc (n ? n : 1, sizeof *mapped);

  if (!mapped)
    return gs_refuse (m, "out of memory");
  for (size_t i = 0; i < n; i++)
    {
      const struct gs_frame *old = &frames[i];
      const struct gs_fn_meta *nf;
      unsigned int point;

      enum gs_target_verdict v
	= gs_rules_frame_target (m->new_units, m->n_new, old->fn, old->point,
				 &nf, &point);

      if (v != GS_TARGET_OK)
	{
	  free (mapped);
	  return gs_refuse_target (m, v, old->fn,
				   old->fn->points[old->point].label, nf);
	}
      mapped[i].fn = nf;
      mapped[i].point = point;
      mapped[i].data = gs_capture_alloc (cap,
					 nf->frame_size ? nf->frame_size : 1,
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
  *out = mapped;
  return 0;
}
