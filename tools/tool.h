/* gearshift command: declarations shared by its files.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The command reads the metadata of runtime/gs-meta.h out of ELF files
   without running them (elf-image.c reads the file, metadata.c the
   tables), prints it (dump.c), compares two versions the way
   runtime/swap.c maps them (check.c), and talks to a running program
   over its control channel (remote.c).  It links with nothing but libc:
   in particular not with libgearshift, whose structures it reads as
   64-bit x86-64 data, whatever the host.  */

#ifndef GEARSHIFT_TOOL_H
#define GEARSHIFT_TOOL_H

#ifdef HAVE_CONFIG_H
# include <config.h>
#else
# define _GNU_SOURCE 1
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "gs-meta.h"

#ifndef PACKAGE_VERSION
# define PACKAGE_VERSION "dev"
#endif

#define GS_PRINTF(F, A) __attribute__ ((format (printf, F, A)))
#define GS_STRINGIFY_(X) #X
#define GS_STRINGIFY(X) GS_STRINGIFY_(X)

/* Exit statuses of every subcommand.  */
#define TOOL_EXIT_OK 0		/* Done; or check: nothing refused.  */
#define TOOL_EXIT_REFUSED 1	/* check: a global refused; update: the
				   program refused.  */
#define TOOL_EXIT_TROUBLE 2	/* Bad usage, unreadable file, no
				   control channel.  */

/* An ELF file read whole into memory (elf-image.c).  */
struct elf_reloc
{
  uint64_t where;		/* Address of the relocated word.  */
  uint64_t value;		/* What the dynamic linker stores there,
				   less the load address.  */
};

struct elf_image
{
  const char *path;
  unsigned char *data;		/* The file's bytes.  */
  size_t size;
  unsigned int type;		/* e_type.  */
  int pie;			/* ET_DYN with a PT_INTERP: an executable.  */
  struct elf_phdr_copy *loads;	/* The PT_LOAD segments.  */
  size_t nloads;
  struct elf_shdr_copy *sections;
  size_t nsections;
  struct elf_reloc *relocs;	/* Sorted by WHERE.  */
  size_t nrelocs;
  char error[512];		/* Why the last call failed.  */
};

/* A section, as the tools need it.  */
struct elf_shdr_copy
{
  const char *name;
  uint32_t type;
  uint64_t flags, addr, offset, size, entsize;
  uint32_t link;
};

/* A loadable segment.  */
struct elf_phdr_copy
{
  uint64_t offset, vaddr, filesz, memsz;
};

int elf_open (struct elf_image *img, const char *path);
void elf_close (struct elf_image *img);
const struct elf_shdr_copy *elf_section (const struct elf_image *img,
					 const char *name);
const char *elf_kind (const struct elf_image *img);
int elf_read (struct elf_image *img, uint64_t addr, void *buf, size_t n);
int elf_read_u32 (struct elf_image *img, uint64_t addr, uint32_t *value);
int elf_read_ptr (struct elf_image *img, uint64_t addr, uint64_t *value,
		  int *nonnull);
int elf_read_string (struct elf_image *img, uint64_t addr, const char **s);
int elf_fail (struct elf_image *img, const char *fmt, ...) GS_PRINTF (2, 3);

/* The metadata of a file (metadata.c), in gs-meta.h's own structures
   (struct gs_unit_meta and the tables it points to), as the runtime
   sees it: strings point into the file's bytes.  The file's pointers to
   code and variables cannot be followed: one that is not null is
   GS_META_PRESENT_CODE or GS_META_PRESENT_ADDR here.  */
extern void meta_present_code (void);
extern char meta_present_addr[1];
#define GS_META_PRESENT_CODE ((gs_code_ptr) meta_present_code)
#define GS_META_PRESENT_ADDR ((void *) meta_present_addr)

struct meta_transformer
{
  uint32_t kind;		/* enum gearshift_transformer_kind.  */
  const char *function;		/* Or null.  */
  const char *name;		/* Or null.  */
  int has_value, has_frame;
};

struct meta_file
{
  struct elf_image elf;
  struct gs_unit_meta *units;
  const struct gs_unit_meta **unit_list; /* &units[i], for the rules.  */
  size_t nunits;
  struct meta_transformer *transformers;
  size_t ntransformers;
  uint64_t budget;		/* Table entries still allowed: bounds
				   the work a hostile file can ask for.  */
};

int meta_load (struct meta_file *mf, const char *path);
void meta_free (struct meta_file *mf);
const char *meta_basename (const char *path);
const char *meta_transformer_kind (uint32_t kind);

/* The subcommands: each takes its arguments after the subcommand's
   name, and returns the exit status.  */
int tool_dump (int argc, char **argv);
int tool_check (int argc, char **argv);
int tool_update (int argc, char **argv);
int tool_status (int argc, char **argv);

/* Whether ARGV (ARGC of them) asks for help: then print HELP.  */
int tool_wants_help (int argc, char **argv, const char *help);

/* Report an error on stderr, prefixed with "gearshift: ".  */
void tool_error (const char *fmt, ...) GS_PRINTF (1, 2);

#endif /* GEARSHIFT_TOOL_H */
