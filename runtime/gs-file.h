/* gearshift: reading a program's metadata out of its file, without
   running it.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   One reader, two users: the gearshift command (dump and check read
   programs and update objects on disk) and the runtime, which reads an
   update object before it hands it to dlopen, so that a truncated,
   corrupt or foreign file, or one without gearshift metadata, is
   refused before any code of it runs (validate.c).  elf-image.c reads
   the file, meta-file.c the tables of runtime/gs-meta.h in it.  The
   runtime compiles both with -fvisibility=hidden; the command through
   tools/elf-image.c and tools/meta-file.c.  Neither prints nor exits:
   every failure is a message in the image's ERROR.

   The structures are read as 64-bit x86-64 data, whatever the host: the
   *_lp64 mirrors of gs-meta.h give their layout.  */

#ifndef GEARSHIFT_GS_FILE_H
#define GEARSHIFT_GS_FILE_H

#include <stddef.h>
#include <stdint.h>

#include "gs-meta.h"

#ifndef GS_PRINTF
# define GS_PRINTF(FMT, ARGS) __attribute__ ((format (printf, FMT, ARGS)))
#endif

/* An ELF file read whole into memory (elf-image.c).  */
struct gs_elf_reloc
{
  uint64_t where;		/* Address of the relocated word.  */
  uint64_t value;		/* What the dynamic linker stores there,
				   less the load address.  */
};

/* A section, as the reader needs it.  */
struct gs_elf_section
{
  const char *name;
  uint32_t type;
  uint64_t flags, addr, offset, size, entsize;
  uint32_t link;
};

/* A loadable segment.  */
struct gs_elf_segment
{
  uint64_t offset, vaddr, filesz, memsz;
};

struct gs_elf_image
{
  const char *path;
  unsigned char *data;		/* The file's bytes.  */
  size_t size;
  unsigned int type;		/* e_type.  */
  int pie;			/* ET_DYN with a PT_INTERP: an executable.  */
  struct gs_elf_segment *loads;	/* The PT_LOAD segments.  */
  size_t nloads;
  struct gs_elf_section *sections;
  size_t nsections;
  struct gs_elf_reloc *relocs;	/* Sorted by WHERE.  */
  size_t nrelocs;
  char error[512];		/* Why the last call failed.  */
};

extern int gs_elf_open (struct gs_elf_image *img, const char *path);
extern void gs_elf_close (struct gs_elf_image *img);
extern const struct gs_elf_section *
gs_elf_section (const struct gs_elf_image *img, const char *name);
extern const char *gs_elf_kind (const struct gs_elf_image *img);
extern int gs_elf_shared_object_p (const struct gs_elf_image *img);
extern int gs_elf_read (struct gs_elf_image *img, uint64_t addr, void *buf,
			size_t n);
extern int gs_elf_read_u32 (struct gs_elf_image *img, uint64_t addr,
			    uint32_t *value);
extern int gs_elf_read_ptr (struct gs_elf_image *img, uint64_t addr,
			    uint64_t *value, int *nonnull);
/* Whether a dynamic relocation of IMG sets the word at ADDR.  */
extern int gs_elf_relocated_p (const struct gs_elf_image *img,
			       uint64_t addr);
extern int gs_elf_read_string (struct gs_elf_image *img, uint64_t addr,
			       const char **s);
extern int gs_elf_fail (struct gs_elf_image *img, const char *fmt, ...)
  GS_PRINTF (2, 3);

/* The metadata of a file (meta-file.c), in gs-meta.h's own structures
   (struct gs_unit_meta and the tables it points to), as the runtime
   sees them once loaded: strings point into the file's bytes.  The
   file's pointers to code and variables cannot be followed: one that is
   not null is GS_META_PRESENT_CODE or GS_META_PRESENT_ADDR here.  */
extern void gs_meta_present_code (void);
extern char gs_meta_present_addr[1];
#define GS_META_PRESENT_CODE ((gs_code_ptr) gs_meta_present_code)
#define GS_META_PRESENT_ADDR ((void *) gs_meta_present_addr)

/* A transformer of section gs_transformers.  */
struct gs_meta_transformer
{
  uint32_t kind;		/* enum gearshift_transformer_kind.  */
  const char *function;		/* Or null.  */
  const char *name;		/* Or null.  */
  int has_value, has_frame;
};

struct gs_meta_file
{
  struct gs_elf_image elf;
  struct gs_unit_meta *units;
  const struct gs_unit_meta **unit_list; /* &units[i], for the rules.  */
  size_t nunits;
  struct gs_meta_transformer *transformers;
  size_t ntransformers;
  uint64_t **global_at;		/* Per unit, per global: where the file
				   places the variable, or 0.  */
  uint64_t budget;		/* Table entries still allowed: bounds
				   the work a hostile file can ask for.  */
};

extern int gs_meta_load (struct gs_meta_file *mf, const char *path);

/* Read the initial contents of the global G of the unit U of MF into
   BUF (G->size bytes), and set the byte of MASK (if not null, as long)
   for each byte that a dynamic relocation sets (a pointer, whose value
   the file alone does not tell).  Returns 0, or -1 if G has no address
   or its bytes are not in the file.  */
extern int gs_meta_global_contents (struct gs_meta_file *mf,
				    const struct gs_unit_meta *u,
				    const struct gs_global_meta *g,
				    unsigned char *buf, unsigned char *mask);
extern void gs_meta_free (struct gs_meta_file *mf);

#endif /* GEARSHIFT_GS_FILE_H */
