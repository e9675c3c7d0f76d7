/* gearshift: the plugin's metadata, read from a file.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Section gs_units holds one pointer per translation unit to its
   struct gs_unit_meta (plugin/gs-metadata.cc); section gs_transformers
   holds the struct gearshift_transformer of each GEARSHIFT_TRANSFORM_*
   (runtime/include/gearshift.h).  This file follows those pointers
   through elf-image.c and copies the tables into gs-meta.h's own
   structures and the gs_meta_* ones of gs-file.h, checking each count,
   index and string on the way.  Compiled into the runtime, which checks
   an update object before loading it (validate.c), and, through
   tools/meta-file.c, into the gearshift command.

   The layouts are those of runtime/gs-meta.h on x86-64, whatever the
   host: its *_lp64 mirror structures, made from the same member lists
   as the runtime's structures.  */

#include <stdlib.h>
#include <string.h>

#include "gearshift.h"
#include "gs-file.h"

/* The most table entries a file may hold, all units together.  */
#define GS_META_BUDGET (UINT64_C (1) << 24)

/* Byte offsets and sizes of the gs-meta.h structures on x86-64.  */
#define FIELD_(M) offsetof (struct gs_field_meta_lp64, M)
#define POINT_(M) offsetof (struct gs_point_meta_lp64, M)
#define FN_(M) offsetof (struct gs_fn_meta_lp64, M)
#define GLOBAL_(M) offsetof (struct gs_global_meta_lp64, M)
#define TYPE_(M) offsetof (struct gs_type_meta_lp64, M)
#define UNIT_(M) offsetof (struct gs_unit_meta_lp64, M)
#define TR_(M) offsetof (struct gearshift_transformer_lp64, M)
#define FIELD_BYTES sizeof (struct gs_field_meta_lp64)
#define POINT_BYTES sizeof (struct gs_point_meta_lp64)
#define FN_BYTES sizeof (struct gs_fn_meta_lp64)
#define GLOBAL_BYTES sizeof (struct gs_global_meta_lp64)
#define TYPE_BYTES sizeof (struct gs_type_meta_lp64)
#define TR_BYTES sizeof (struct gearshift_transformer_lp64)
#define PTR_BYTES 8		/* An entry of gs_units or of a string
				   table.  */

/* Read the string pointed to by the pointer at ADDR of MF into *S; a
   null pointer gives null if NULLABLE, else an error.  Returns 0 or
   -1.  */
static int
gs_meta_string (struct gs_meta_file *mf, uint64_t addr, const char **s,
		int nullable)
{
  uint64_t p;
  int nonnull;

  if (gs_elf_read_ptr (&mf->elf, addr, &p, &nonnull))
    return -1;
  if (!nonnull)
    {
      *s = NULL;
      return nullable ? 0 : gs_elf_fail (&mf->elf, "corrupt metadata: a null "
					 "string at 0x%llx",
					 (unsigned long long) addr);
    }
  return gs_elf_read_string (&mf->elf, p, s);
}

/* Read the pointer at ADDR of MF to an array of N elements of SIZE
   bytes into *ARRAY, checking that the whole array is in the file.
   Returns 0 or -1.  */
static int
gs_meta_array (struct gs_meta_file *mf, uint64_t addr, uint32_t n,
	       size_t size, uint64_t *array)
{
  int nonnull;
  unsigned char byte;

  if (gs_elf_read_ptr (&mf->elf, addr, array, &nonnull))
    return -1;
  if (n == 0)
    return 0;
  if (n > mf->budget)
    return gs_elf_fail (&mf->elf, "corrupt metadata: implausibly large "
			"tables");
  mf->budget -= n;
  if (!nonnull)
    return gs_elf_fail (&mf->elf, "corrupt metadata: a table of %u entries "
			"at a null address", n);
  /* The first and the last byte lie in the same segment only if the
     whole array does: check the size as one read would.  */
  if ((uint64_t) n * size / size != n
      || *array + (uint64_t) n * size < *array)
    return gs_elf_fail (&mf->elf, "corrupt metadata: a table of %u entries",
			n);
  if (gs_elf_read (&mf->elf, *array + (uint64_t) n * size - 1, &byte, 1))
    return -1;
  for (size_t i = 0; i < mf->elf.nloads; i++)
    {
      const struct gs_elf_segment *p = &mf->elf.loads[i];

      if (*array >= p->vaddr && *array - p->vaddr < p->memsz)
	{
	  if ((uint64_t) n * size > p->memsz - (*array - p->vaddr))
	    return gs_elf_fail (&mf->elf, "corrupt metadata: a table of %u "
				"entries runs past its segment", n);
	  return 0;
	}
    }
  return gs_elf_fail (&mf->elf, "corrupt metadata: a table outside the "
		      "file's segments");
}

/* The placeholders of pointers to code and variables (gs-file.h).  */
void
gs_meta_present_code (void)
{
}

char gs_meta_present_addr[1];

/* Read the code pointer at ADDR of MF into *CODE: null, or
   GS_META_PRESENT_CODE.  Returns 0 or -1.  */
static int
gs_meta_code (struct gs_meta_file *mf, uint64_t addr, gs_code_ptr *code)
{
  uint64_t p;
  int nonnull;

  if (gs_elf_read_ptr (&mf->elf, addr, &p, &nonnull))
    return -1;
  *code = nonnull ? GS_META_PRESENT_CODE : NULL;
  return 0;
}

/* Read the function at ADDR of MF into FN.  Returns 0 or -1.  */
static int
gs_meta_read_fn (struct gs_meta_file *mf, uint64_t addr,
		 struct gs_fn_meta *fn)
{
  struct gs_elf_image *img = &mf->elf;
  uint64_t fields_at, points_at;
  struct gs_field_meta *fields;
  struct gs_point_meta *points;

  if (gs_meta_string (mf, addr + FN_ (name), &fn->name, 0)
      || gs_meta_string (mf, addr + FN_ (file), &fn->file, 0)
      || gs_elf_read_u32 (img, addr + FN_ (line), &fn->line)
      || gs_meta_string (mf, addr + FN_ (type), &fn->type, 0)
      || gs_elf_read_u32 (img, addr + FN_ (frame_size), &fn->frame_size)
      || gs_elf_read_u32 (img, addr + FN_ (frame_align), &fn->frame_align)
      || gs_elf_read_u32 (img, addr + FN_ (nfields), &fn->nfields)
      || gs_elf_read_u32 (img, addr + FN_ (npoints), &fn->npoints)
      || gs_elf_read_u32 (img, addr + FN_ (flags), &fn->flags)
      || gs_meta_code (mf, addr + FN_ (high), &fn->high)
      || gs_meta_code (mf, addr + FN_ (low), &fn->low)
      || gs_meta_code (mf, addr + FN_ (copy), &fn->copy)
      || gs_meta_code (mf, addr + FN_ (high_cold), &fn->high_cold)
      || gs_meta_code (mf, addr + FN_ (low_cold), &fn->low_cold)
      || gs_meta_code (mf, addr + FN_ (copy_cold), &fn->copy_cold)
      || gs_meta_array (mf, addr + FN_ (fields), fn->nfields, FIELD_BYTES,
			&fields_at)
      || gs_meta_array (mf, addr + FN_ (points), fn->npoints, POINT_BYTES,
			&points_at))
    return -1;
  fn->fields = fields = calloc (fn->nfields ? fn->nfields : 1,
				sizeof *fields);
  fn->points = points = calloc (fn->npoints ? fn->npoints : 1,
				sizeof *points);
  if (!fields || !points)
    return gs_elf_fail (img, "out of memory");
  for (uint32_t i = 0; i < fn->nfields; i++)
    {
      struct gs_field_meta *f = &fields[i];
      uint64_t a = fields_at + (uint64_t) i * FIELD_BYTES;

      if (gs_meta_string (mf, a + FIELD_ (name), &f->name, 0)
	  || gs_meta_string (mf, a + FIELD_ (type), &f->type, 0)
	  || gs_meta_string (mf, a + FIELD_ (layout), &f->layout, 0)
	  || gs_elf_read_u32 (img, a + FIELD_ (offset), &f->offset)
	  || gs_elf_read_u32 (img, a + FIELD_ (size), &f->size)
	  || gs_elf_read_u32 (img, a + FIELD_ (line), &f->line)
	  || gs_elf_read_u32 (img, a + FIELD_ (flags), &f->flags))
	return -1;
    }
  for (uint32_t i = 0; i < fn->npoints; i++)
    {
      struct gs_point_meta *p = &points[i];
      uint64_t a = points_at + (uint64_t) i * POINT_BYTES, live_at;
      unsigned int *live;

      if (gs_meta_string (mf, a + POINT_ (label), &p->label, 0)
	  || gs_elf_read_u32 (img, a + POINT_ (kind), &p->kind)
	  || gs_elf_read_u32 (img, a + POINT_ (line), &p->line)
	  || gs_elf_read_u32 (img, a + POINT_ (column), &p->column)
	  || gs_elf_read_u32 (img, a + POINT_ (nlive), &p->nlive)
	  || gs_meta_array (mf, a + POINT_ (live), p->nlive, sizeof (uint32_t),
			    &live_at))
	return -1;
      p->live = live = calloc (p->nlive ? p->nlive : 1, sizeof *live);
      if (!live)
	return gs_elf_fail (img, "out of memory");
      for (uint32_t j = 0; j < p->nlive; j++)
	{
	  if (gs_elf_read_u32 (img, live_at + sizeof (uint32_t) * (uint64_t) j,
			       &live[j]))
	    return -1;
	  if (live[j] >= fn->nfields)
	    return gs_elf_fail (img, "corrupt metadata: point \"%s\" of %s saves "
				"field %u of %u", p->label, fn->name, live[j],
				fn->nfields);
	}
    }
  return 0;
}

/* Read the unit at ADDR of MF into U.  Returns 0 or -1.  */
static int
gs_meta_read_unit (struct gs_meta_file *mf, uint64_t addr,
		   struct gs_unit_meta *u)
{
  struct gs_elf_image *img = &mf->elf;
  uint64_t fns_at, globals_at, unchecked_at, types_at, taken_at;
  struct gs_fn_meta *fns;
  struct gs_global_meta *globals;
  struct gs_type_meta *types;
  const char **unchecked, **taken;

  if (gs_elf_read_u32 (img, addr + UNIT_ (version), &u->version))
    return -1;
  if (u->version != GS_META_VERSION)
    return gs_elf_fail (img, "unit metadata version %u: this gearshift reads "
			"version %u", u->version, GS_META_VERSION);
  if (gs_elf_read_u32 (img, addr + UNIT_ (nfns), &u->nfns)
      || gs_elf_read_u32 (img, addr + UNIT_ (nglobals), &u->nglobals)
      || gs_elf_read_u32 (img, addr + UNIT_ (flags), &u->flags)
      || gs_meta_string (mf, addr + UNIT_ (file), &u->file, 0)
      || gs_meta_array (mf, addr + UNIT_ (fns), u->nfns, FN_BYTES, &fns_at)
      || gs_meta_array (mf, addr + UNIT_ (globals), u->nglobals, GLOBAL_BYTES,
			&globals_at)
      || gs_elf_read_u32 (img, addr + UNIT_ (nunchecked), &u->nunchecked)
      || gs_meta_array (mf, addr + UNIT_ (unchecked), u->nunchecked,
			PTR_BYTES, &unchecked_at)
      || gs_meta_string (mf, addr + UNIT_ (program), &u->program, 1)
      || gs_elf_read_u32 (img, addr + UNIT_ (ntypes), &u->ntypes)
      || gs_meta_array (mf, addr + UNIT_ (types), u->ntypes, TYPE_BYTES,
			&types_at)
      || gs_elf_read_u32 (img, addr + UNIT_ (ntaken), &u->ntaken)
      || gs_meta_array (mf, addr + UNIT_ (taken), u->ntaken, PTR_BYTES,
			&taken_at))
    return -1;
  u->fns = fns = calloc (u->nfns ? u->nfns : 1, sizeof *fns);
  u->globals = globals = calloc (u->nglobals ? u->nglobals : 1,
				 sizeof *globals);
  u->unchecked = unchecked = calloc (u->nunchecked ? u->nunchecked : 1,
				     sizeof *unchecked);
  u->types = types = calloc (u->ntypes ? u->ntypes : 1, sizeof *types);
  u->taken = taken = calloc (u->ntaken ? u->ntaken : 1, sizeof *taken);
  mf->global_at[u - mf->units] = calloc (u->nglobals ? u->nglobals : 1,
					 sizeof (uint64_t));
  if (!fns || !globals || !unchecked || !types || !taken
      || !mf->global_at[u - mf->units])
    return gs_elf_fail (img, "out of memory");
  for (uint32_t i = 0; i < u->nunchecked; i++)
    if (gs_meta_string (mf, unchecked_at + (uint64_t) i * PTR_BYTES,
			&unchecked[i], 0))
      return -1;
  for (uint32_t i = 0; i < u->ntaken; i++)
    if (gs_meta_string (mf, taken_at + (uint64_t) i * PTR_BYTES, &taken[i],
			0))
      return -1;
  for (uint32_t i = 0; i < u->nfns; i++)
    if (gs_meta_read_fn (mf, fns_at + (uint64_t) i * FN_BYTES, &fns[i]))
      return -1;
  for (uint32_t i = 0; i < u->nglobals; i++)
    {
      struct gs_global_meta *g = &globals[i];
      uint64_t a = globals_at + (uint64_t) i * GLOBAL_BYTES, where;
      int present;

      if (gs_meta_string (mf, a + GLOBAL_ (name), &g->name, 0)
	  || gs_meta_string (mf, a + GLOBAL_ (type), &g->type, 0)
	  || gs_meta_string (mf, a + GLOBAL_ (layout), &g->layout, 0)
	  || gs_elf_read_ptr (img, a + GLOBAL_ (addr), &where, &present)
	  || gs_elf_read_u32 (img, a + GLOBAL_ (size), &g->size)
	  || gs_elf_read_u32 (img, a + GLOBAL_ (flags), &g->flags))
	return -1;
      g->addr = present ? GS_META_PRESENT_ADDR : NULL;
      mf->global_at[u - mf->units][i] = present ? where : 0;
    }
  for (uint32_t i = 0; i < u->ntypes; i++)
    {
      struct gs_type_meta *t = &types[i];
      uint64_t a = types_at + (uint64_t) i * TYPE_BYTES;

      if (gs_meta_string (mf, a + TYPE_ (name), &t->name, 0)
	  || gs_meta_string (mf, a + TYPE_ (layout), &t->layout, 0)
	  || gs_meta_string (mf, a + TYPE_ (file), &t->file, 0)
	  || gs_elf_read_u32 (img, a + TYPE_ (line), &t->line)
	  || gs_meta_string (mf, a + TYPE_ (alloc_file), &t->alloc_file, 0)
	  || gs_elf_read_u32 (img, a + TYPE_ (alloc_line), &t->alloc_line)
	  || gs_elf_read_u32 (img, a + TYPE_ (size), &t->size)
	  || gs_elf_read_u32 (img, a + TYPE_ (flags), &t->flags))
	return -1;
    }
  return 0;
}

/* Read the transformers of MF's section gs_transformers, if any.
   Returns 0 or -1.  */
static int
gs_meta_read_transformers (struct gs_meta_file *mf)
{
  struct gs_elf_image *img = &mf->elf;
  const struct gs_elf_section *s = gs_elf_section (img, "gs_transformers");

  if (!s)
    return 0;
  if (s->size % TR_BYTES != 0)
    return gs_elf_fail (img, "corrupt section gs_transformers: %llu bytes, "
			"not a whole number of %zu-byte transformers",
			(unsigned long long) s->size, TR_BYTES);
  mf->ntransformers = s->size / TR_BYTES;
  mf->transformers = calloc (mf->ntransformers ? mf->ntransformers : 1,
			     sizeof *mf->transformers);
  if (!mf->transformers)
    return gs_elf_fail (img, "out of memory");
  for (size_t i = 0; i < mf->ntransformers; i++)
    {
      struct gs_meta_transformer *t = &mf->transformers[i];
      uint64_t a = s->addr + i * TR_BYTES, p;

      if (gs_elf_read_u32 (img, a + TR_ (kind), &t->kind)
	  || gs_meta_string (mf, a + TR_ (function), &t->function, 1)
	  || gs_meta_string (mf, a + TR_ (name), &t->name, 1)
	  || gs_elf_read_ptr (img, a + TR_ (value), &p, &t->has_value)
	  || gs_elf_read_ptr (img, a + TR_ (frame), &p, &t->has_frame))
	return -1;
      if (t->kind < GEARSHIFT_TRANSFORM_GLOBAL_KIND
	  || t->kind > GEARSHIFT_TRANSFORM_TYPE_KIND)
	return gs_elf_fail (img, "corrupt transformer %zu: kind %u", i, t->kind);
      /* Globals and types are named; locals and frames belong to a
	 function, a renamed field to its type.  */
      if ((t->kind != GEARSHIFT_TRANSFORM_FRAME_KIND && !t->name)
	  || ((t->kind == GEARSHIFT_TRANSFORM_LOCAL_KIND
	       || t->kind == GEARSHIFT_TRANSFORM_FRAME_KIND
	       || t->kind == GEARSHIFT_FIELD_RENAMED_KIND) && !t->function))
	return gs_elf_fail (img, "corrupt transformer %zu: it names nothing", i);
    }
  return 0;
}

/* Read the ELF file PATH and its gearshift metadata into MF.  Returns
   0, or -1 with MF->elf.error set; either way gs_meta_free frees what MF
   holds.  */
int
gs_meta_load (struct gs_meta_file *mf, const char *path)
{
  const struct gs_elf_section *s;

  memset (mf, 0, sizeof *mf);
  mf->budget = GS_META_BUDGET;
  if (gs_elf_open (&mf->elf, path))
    return -1;
  s = gs_elf_section (&mf->elf, "gs_units");
  if (!s)
    return gs_elf_fail (&mf->elf, "no gearshift metadata (no section "
			"gs_units: not built with the gearshift plugin)");
  if (s->size % PTR_BYTES != 0 || s->type == 8 /* SHT_NOBITS */)
    return gs_elf_fail (&mf->elf, "corrupt section gs_units");
  mf->nunits = s->size / PTR_BYTES;
  mf->units = calloc (mf->nunits ? mf->nunits : 1, sizeof *mf->units);
  mf->unit_list = calloc (mf->nunits ? mf->nunits : 1,
			  sizeof *mf->unit_list);
  mf->global_at = calloc (mf->nunits ? mf->nunits : 1,
			  sizeof *mf->global_at);
  if (!mf->units || !mf->unit_list || !mf->global_at)
    return gs_elf_fail (&mf->elf, "out of memory");
  for (size_t i = 0; i < mf->nunits; i++)
    mf->unit_list[i] = &mf->units[i];
  for (size_t i = 0; i < mf->nunits; i++)
    {
      uint64_t unit;
      int nonnull;

      if (gs_elf_read_ptr (&mf->elf, s->addr + PTR_BYTES * i, &unit, &nonnull))
	return -1;
      if (!nonnull)
	return gs_elf_fail (&mf->elf, "corrupt section gs_units: a null unit");
      if (gs_meta_read_unit (mf, unit, &mf->units[i]))
	return -1;
    }
  return gs_meta_read_transformers (mf);
}

int
gs_meta_global_contents (struct gs_meta_file *mf,
			 const struct gs_unit_meta *u,
			 const struct gs_global_meta *g, unsigned char *buf,
			 unsigned char *mask)
{
  uint64_t at = mf->global_at[u - mf->units][g - u->globals];

  if (!at || gs_elf_read (&mf->elf, at, buf, g->size))
    return -1;
  if (mask)
    {
      memset (mask, 0, g->size);
      for (uint32_t i = 0; i < g->size; i++)
	if (gs_elf_relocated_p (&mf->elf, at + i))
	  memset (mask + i, 1,
		  g->size - i < PTR_BYTES ? g->size - i : PTR_BYTES);
    }
  return 0;
}

/* Free what MF holds.  */
void
gs_meta_free (struct gs_meta_file *mf)
{
  for (size_t i = 0; i < mf->nunits; i++)
    {
      struct gs_unit_meta *u = &mf->units[i];

      for (uint32_t j = 0; u->fns && j < u->nfns; j++)
	{
	  for (uint32_t k = 0; u->fns[j].points && k < u->fns[j].npoints; k++)
	    free ((void *) u->fns[j].points[k].live);
	  free ((void *) u->fns[j].fields);
	  free ((void *) u->fns[j].points);
	}
      free ((void *) u->fns);
      free ((void *) u->globals);
      free ((void *) u->unchecked);
      free ((void *) u->taken);
      free ((void *) u->types);
      if (mf->global_at)
	free (mf->global_at[i]);
    }
  free (mf->global_at);
  free (mf->units);
  free (mf->unit_list);
  free (mf->transformers);
  gs_elf_close (&mf->elf);
  memset (mf, 0, sizeof *mf);
}
