/* gearshift: reading an ELF file without running it.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The metadata the plugin emits is static data full of pointers.  In a
   file those pointers are link-time addresses: to follow one, find the
   PT_LOAD segment that holds the address and read at the matching file
   offset.  In a position-independent file (a PIE executable, a shared
   object) the word in the file is not even the pointer: the dynamic
   linker writes it at load time from a relocation in .rela.dyn, whose
   addend is the link-time address (R_X86_64_RELATIVE) or is added to a
   symbol's value (R_X86_64_64).  So every pointer is read through the
   table of those relocations, and only falls back to the file's word
   where there is none (a non-PIE executable, or DT_RELR packing, where
   the word is the addend).

   The file may be anything: every offset, size and count is checked
   against the file before use, and every failure is an error message
   in IMG->error, never a crash.  The runtime relies on that to refuse
   an update object before dlopen maps it (validate.c): the checks
   include what the dynamic loader would otherwise find out the hard
   way, a segment past the end of the file (mapped, it raises SIGBUS
   when touched).  Compiled into the runtime and, through
   tools/elf-image.c, into the gearshift command (gs-file.h).  */

#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1
#endif

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gs-file.h"

/* The longest string the metadata may hold.  */
#define GS_ELF_MAX_STRING 65536

/* The largest file read: the runtime reads an update object into the
   memory of the program it updates.  */
#define GS_ELF_MAX_FILE ((size_t) 1 << 30)

/* Record in IMG->error the message formatted from FMT; return -1.  */
int
gs_elf_fail (struct gs_elf_image *img, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  vsnprintf (img->error, sizeof img->error, fmt, ap);
  va_end (ap);
  return -1;
}

/* Whether LEN bytes at OFFSET lie within SIZE bytes, without overflow.  */
static int
gs_elf_in_bounds (uint64_t offset, uint64_t len, uint64_t size)
{
  return offset <= size && len <= size - offset;
}

/* Read the file PATH whole into IMG.  It must be a regular file: a
   FIFO would block the reader (opened without blocking, it is refused),
   a device or a directory is no program.  Returns 0 or -1.  */
static int
gs_elf_slurp (struct gs_elf_image *img, const char *path)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  ssize_t got;

  if (fd < 0)
    return gs_elf_fail (img, "%s", strerror (errno));
  if (fstat (fd, &st) != 0)
    {
      int err = errno;

      close (fd);
      return gs_elf_fail (img, "%s", strerror (err));
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      return gs_elf_fail (img, "not a regular file (%s)",
			  S_ISDIR (st.st_mode) ? "a directory"
			  : S_ISFIFO (st.st_mode) ? "a FIFO"
			  : S_ISCHR (st.st_mode) || S_ISBLK (st.st_mode)
			  ? "a device" : "a socket or other special file");
    }
  if ((uint64_t) st.st_size > GS_ELF_MAX_FILE)
    {
      close (fd);
      return gs_elf_fail (img, "too large: %llu bytes, and at most %zu are "
			  "read", (unsigned long long) st.st_size,
			  GS_ELF_MAX_FILE);
    }
  img->data = malloc (st.st_size ? st.st_size : 1);
  if (!img->data)
    {
      close (fd);
      return gs_elf_fail (img, "out of memory");
    }
  /* Read what fstat announced; a file that shrinks meanwhile is short,
     one that grows is read as it was.  */
  img->size = 0;
  while (img->size < (size_t) st.st_size)
    {
      got = read (fd, img->data + img->size, st.st_size - img->size);
      if (got < 0 && errno == EINTR)
	continue;
      if (got < 0)
	{
	  int err = errno;

	  close (fd);
	  return gs_elf_fail (img, "%s", strerror (err));
	}
      if (got == 0)
	break;
      img->size += got;
    }
  close (fd);
  return 0;
}

/* Read the ELF header of IMG into EH, checking that this is a file the
   tool understands.  Returns 0 or -1.  */
static int
gs_elf_check_header (struct gs_elf_image *img, Elf64_Ehdr *eh)
{
  if (img->size < EI_NIDENT || memcmp (img->data, ELFMAG, SELFMAG) != 0)
    return gs_elf_fail (img, "not an ELF file");
  if (img->data[EI_CLASS] != ELFCLASS64)
    return gs_elf_fail (img, "a 32-bit ELF file: only 64-bit x86-64 files "
			"are supported");
  if (img->data[EI_DATA] != ELFDATA2LSB)
    return gs_elf_fail (img, "a big-endian ELF file: only 64-bit x86-64 files "
			"are supported");
  if (img->size < sizeof *eh)
    return gs_elf_fail (img, "truncated ELF header");
  memcpy (eh, img->data, sizeof *eh);
  if (eh->e_machine != EM_X86_64)
    return gs_elf_fail (img, "an ELF file for machine %u: only 64-bit x86-64 "
			"files are supported", eh->e_machine);
  if (eh->e_type == ET_REL)
    return gs_elf_fail (img, "a relocatable object: link it first");
  if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN)
    return gs_elf_fail (img, "not an executable or a shared object (ELF type "
			"%u)", eh->e_type);
  if (eh->e_ehsize != sizeof *eh)
    return gs_elf_fail (img, "corrupt ELF header size %u", eh->e_ehsize);
  if (eh->e_phnum == 0 || eh->e_phentsize != sizeof (Elf64_Phdr))
    return gs_elf_fail (img, "corrupt program header table: %u entries of %u "
			"bytes",
			eh->e_phnum, eh->e_phentsize);
  img->type = eh->e_type;
  return 0;
}

/* Read the program headers of IMG, described by EH: keep the PT_LOAD
   segments, note a PT_INTERP.  Returns 0 or -1.  */
static int
gs_elf_read_segments (struct gs_elf_image *img, const Elf64_Ehdr *eh)
{
  int interp = 0;

  if (!gs_elf_in_bounds (eh->e_phoff, (uint64_t) eh->e_phnum
			 * sizeof (Elf64_Phdr), img->size))
    return gs_elf_fail (img, "truncated or corrupt: the program headers lie "
			"past the end of the file");
  img->loads = calloc (eh->e_phnum ? eh->e_phnum : 1, sizeof *img->loads);
  if (!img->loads)
    return gs_elf_fail (img, "out of memory");
  for (unsigned int i = 0; i < eh->e_phnum; i++)
    {
      Elf64_Phdr ph;

      memcpy (&ph, img->data + eh->e_phoff + i * sizeof ph, sizeof ph);
      /* Every segment, not only the loadable ones: the dynamic loader
	 reads PT_DYNAMIC, PT_NOTE and the like too.  */
      if (!gs_elf_in_bounds (ph.p_offset, ph.p_filesz, img->size))
	return gs_elf_fail (img, "truncated or corrupt: a segment lies past "
			    "the end of the file");
      if (ph.p_type == PT_INTERP)
	interp = 1;
      if (ph.p_type != PT_LOAD)
	continue;
      if (ph.p_filesz > ph.p_memsz
	  || ph.p_vaddr + ph.p_memsz < ph.p_vaddr)
	return gs_elf_fail (img, "corrupt segment sizes");
      img->loads[img->nloads].offset = ph.p_offset;
      img->loads[img->nloads].vaddr = ph.p_vaddr;
      img->loads[img->nloads].filesz = ph.p_filesz;
      img->loads[img->nloads].memsz = ph.p_memsz;
      img->nloads++;
    }
  img->pie = img->type == ET_DYN && interp;
  return 0;
}

/* Read the section headers of IMG, described by EH, and their names.
   Returns 0 or -1.  */
static int
gs_elf_read_sections (struct gs_elf_image *img, const Elf64_Ehdr *eh)
{
  uint64_t n = eh->e_shnum;
  uint32_t strndx = eh->e_shstrndx;
  Elf64_Shdr sh, str;

  if (eh->e_shoff == 0)
    return gs_elf_fail (img, "no section headers (stripped of them?)");
  if (eh->e_shentsize != sizeof (Elf64_Shdr)
      || !gs_elf_in_bounds (eh->e_shoff, sizeof sh, img->size))
    return gs_elf_fail (img, "truncated or corrupt: the section headers lie "
			"past the end of the file");
  /* Extended numbering: the real counts are in section 0.  */
  memcpy (&sh, img->data + eh->e_shoff, sizeof sh);
  if (n == 0)
    n = sh.sh_size;
  if (strndx == SHN_XINDEX)
    strndx = sh.sh_link;
  if (!gs_elf_in_bounds (eh->e_shoff, n * sizeof sh, img->size)
      || n > img->size / sizeof sh)
    return gs_elf_fail (img, "truncated or corrupt: the section headers lie "
			"past the end of the file");
  if (strndx >= n)
    return gs_elf_fail (img, "corrupt section name table index");
  memcpy (&str, img->data + eh->e_shoff + strndx * sizeof sh, sizeof str);
  if (!gs_elf_in_bounds (str.sh_offset, str.sh_size, img->size)
      || str.sh_size == 0
      || img->data[str.sh_offset + str.sh_size - 1] != '\0')
    return gs_elf_fail (img, "corrupt section name table");
  img->sections = calloc (n ? n : 1, sizeof *img->sections);
  if (!img->sections)
    return gs_elf_fail (img, "out of memory");
  img->nsections = n;
  for (uint64_t i = 0; i < n; i++)
    {
      struct gs_elf_section *s = &img->sections[i];

      memcpy (&sh, img->data + eh->e_shoff + i * sizeof sh, sizeof sh);
      if (sh.sh_name >= str.sh_size)
	return gs_elf_fail (img, "corrupt name of section %u", (unsigned) i);
      s->name = (const char *) img->data + str.sh_offset + sh.sh_name;
      s->type = sh.sh_type;
      s->flags = sh.sh_flags;
      s->addr = sh.sh_addr;
      s->offset = sh.sh_offset;
      s->size = sh.sh_size;
      s->entsize = sh.sh_entsize;
      s->link = sh.sh_link;
      if (sh.sh_type != SHT_NOBITS && sh.sh_type != SHT_NULL
	  && !gs_elf_in_bounds (sh.sh_offset, sh.sh_size, img->size))
	return gs_elf_fail (img, "truncated or corrupt: section %s lies past "
			    "the end of the file", s->name);
    }
  return 0;
}

/* Order relocations by address.  */
static int
gs_elf_reloc_cmp (const void *a, const void *b)
{
  const struct gs_elf_reloc *x = a, *y = b;

  return x->where < y->where ? -1 : x->where > y->where;
}

/* Collect the dynamic relocations of IMG that store addresses:
   R_X86_64_RELATIVE (the addend) and R_X86_64_64 / GLOB_DAT (a symbol's
   value plus the addend).  Returns 0 or -1.  */
static int
gs_elf_read_relocs (struct gs_elf_image *img)
{
  size_t total = 0;

  for (size_t i = 0; i < img->nsections; i++)
    if (img->sections[i].type == SHT_RELA
	&& (img->sections[i].flags & SHF_ALLOC))
      total += img->sections[i].size / sizeof (Elf64_Rela);
  img->relocs = calloc (total ? total : 1, sizeof *img->relocs);
  if (!img->relocs)
    return gs_elf_fail (img, "out of memory");
  for (size_t i = 0; i < img->nsections; i++)
    {
      const struct gs_elf_section *s = &img->sections[i], *symtab = NULL;

      if (s->type != SHT_RELA || !(s->flags & SHF_ALLOC))
	continue;
      if (s->entsize != sizeof (Elf64_Rela))
	return gs_elf_fail (img, "corrupt relocation section %s", s->name);
      if (s->link && s->link < img->nsections
	  && img->sections[s->link].type == SHT_DYNSYM)
	symtab = &img->sections[s->link];
      for (uint64_t k = 0; k < s->size / sizeof (Elf64_Rela); k++)
	{
	  Elf64_Rela r;
	  Elf64_Sym sym;
	  uint32_t type, symndx;

	  memcpy (&r, img->data + s->offset + k * sizeof r, sizeof r);
	  type = ELF64_R_TYPE (r.r_info);
	  symndx = ELF64_R_SYM (r.r_info);
	  if (type == R_X86_64_RELATIVE)
	    img->relocs[img->nrelocs].value = (uint64_t) r.r_addend;
	  else if (type == R_X86_64_64 || type == R_X86_64_GLOB_DAT)
	    {
	      /* Without a usable symbol the value is unknown but the
		 word is still set at load time: keep the addend.  */
	      sym.st_value = 0;
	      if (symtab && symtab->entsize == sizeof sym
		  && symndx < symtab->size / sizeof sym)
		memcpy (&sym, img->data + symtab->offset + symndx * sizeof sym,
			sizeof sym);
	      img->relocs[img->nrelocs].value
		= sym.st_value + (uint64_t) r.r_addend;
	    }
	  else
	    continue;
	  img->relocs[img->nrelocs++].where = r.r_offset;
	}
    }
  qsort (img->relocs, img->nrelocs, sizeof *img->relocs, gs_elf_reloc_cmp);
  return 0;
}

/* Read the ELF file PATH into IMG: headers, segments, sections and
   relocations, all checked.  Returns 0, or -1 with IMG->error set;
   either way gs_elf_close frees what it holds.  */
int
gs_elf_open (struct gs_elf_image *img, const char *path)
{
  Elf64_Ehdr eh;

  memset (img, 0, sizeof *img);
  img->path = path;
  if (gs_elf_slurp (img, path) || gs_elf_check_header (img, &eh)
      || gs_elf_read_segments (img, &eh) || gs_elf_read_sections (img, &eh)
      || gs_elf_read_relocs (img))
    return -1;
  return 0;
}

/* Free what IMG holds.  */
void
gs_elf_close (struct gs_elf_image *img)
{
  free (img->data);
  free (img->loads);
  free (img->sections);
  free (img->relocs);
  img->data = NULL;
  img->loads = NULL;
  img->sections = NULL;
  img->relocs = NULL;
}

/* The section of IMG called NAME, or null.  */
const struct gs_elf_section *
gs_elf_section (const struct gs_elf_image *img, const char *name)
{
  for (size_t i = 0; i < img->nsections; i++)
    if (strcmp (img->sections[i].name, name) == 0)
      return &img->sections[i];
  return NULL;
}

/* What IMG is, in words.  */
const char *
gs_elf_kind (const struct gs_elf_image *img)
{
  if (img->type == ET_EXEC)
    return "executable";
  return img->pie ? "PIE executable" : "shared object";
}

/* Whether IMG is an object dlopen loads as a new version: a shared
   object, not an executable (glibc refuses to dlopen a PIE).  */
int
gs_elf_shared_object_p (const struct gs_elf_image *img)
{
  return img->type == ET_DYN && !img->pie;
}

/* The segment of IMG holding the N bytes at ADDR, or null.  */
static const struct gs_elf_segment *
gs_elf_segment_at (const struct gs_elf_image *img, uint64_t addr, uint64_t n)
{
  for (size_t i = 0; i < img->nloads; i++)
    {
      const struct gs_elf_segment *p = &img->loads[i];

      if (addr >= p->vaddr && gs_elf_in_bounds (addr - p->vaddr, n, p->memsz))
	return p;
    }
  return NULL;
}

/* Copy the N bytes at address ADDR of IMG into BUF (bytes a segment
   does not hold in the file read as zero).  Returns 0 or -1.  */
int
gs_elf_read (struct gs_elf_image *img, uint64_t addr, void *buf, size_t n)
{
  const struct gs_elf_segment *p = gs_elf_segment_at (img, addr, n);
  uint64_t rel, in_file;

  if (!p)
    return gs_elf_fail (img, "corrupt metadata: address 0x%llx (%zu bytes) is "
			"outside the file's segments", (unsigned long long) addr,
			n);
  rel = addr - p->vaddr;
  in_file = rel < p->filesz ? p->filesz - rel : 0;
  if (in_file > n)
    in_file = n;
  memcpy (buf, img->data + p->offset + rel, in_file);
  memset ((char *) buf + in_file, 0, n - in_file);
  return 0;
}

/* Read the 32-bit word at ADDR of IMG into *VALUE.  Returns 0 or -1.  */
int
gs_elf_read_u32 (struct gs_elf_image *img, uint64_t addr, uint32_t *value)
{
  return gs_elf_read (img, addr, value, sizeof *value);
}

/* The dynamic relocation of IMG that sets the word at ADDR, or null.  */
static const struct gs_elf_reloc *
gs_elf_reloc_at (const struct gs_elf_image *img, uint64_t addr)
{
  size_t lo = 0, hi = img->nrelocs;

  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;

      if (img->relocs[mid].where < addr)
	lo = mid + 1;
      else if (img->relocs[mid].where > addr)
	hi = mid;
      else
	return &img->relocs[mid];
    }
  return NULL;
}

/* Read the pointer at ADDR of IMG into *VALUE, as the dynamic linker
   would leave it (less the load address); set *NONNULL (if not null)
   when it is not a null pointer, which a relocation against an
   undefined symbol makes it even with value 0.  Returns 0 or -1.  */
int
gs_elf_read_ptr (struct gs_elf_image *img, uint64_t addr, uint64_t *value,
		 int *nonnull)
{
  const struct gs_elf_reloc *r;

  if (gs_elf_read (img, addr, value, sizeof *value))
    return -1;
  if (nonnull)
    *nonnull = *value != 0;
  r = gs_elf_reloc_at (img, addr);
  if (r)
    {
      *value = r->value;
      if (nonnull)
	*nonnull = 1;
    }
  return 0;
}

int
gs_elf_relocated_p (const struct gs_elf_image *img, uint64_t addr)
{
  return gs_elf_reloc_at (img, addr) != NULL;
}

/* Point *S at the NUL-terminated string at address ADDR of IMG, which
   must be in the file, shorter than GS_ELF_MAX_STRING and free of control
   characters.  Returns 0 or -1.  */
int
gs_elf_read_string (struct gs_elf_image *img, uint64_t addr, const char **s)
{
  const struct gs_elf_segment *p = gs_elf_segment_at (img, addr, 1);
  const unsigned char *start, *end;
  uint64_t avail;

  if (!p || addr - p->vaddr >= p->filesz)
    return gs_elf_fail (img, "corrupt metadata: string at 0x%llx is outside "
			"the file", (unsigned long long) addr);
  avail = p->filesz - (addr - p->vaddr);
  if (avail > GS_ELF_MAX_STRING)
    avail = GS_ELF_MAX_STRING;
  start = img->data + p->offset + (addr - p->vaddr);
  end = memchr (start, '\0', avail);
  if (!end)
    return gs_elf_fail (img, "corrupt metadata: string at 0x%llx is not "
			"terminated", (unsigned long long) addr);
  for (const unsigned char *c = start; c < end; c++)
    if (*c < 0x20 || *c == 0x7f)
      return gs_elf_fail (img, "corrupt metadata: string at 0x%llx holds "
			  "control characters", (unsigned long long) addr);
  *s = (const char *) start;
  return 0;
}
