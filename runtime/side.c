/* gearshift runtime: the side stack of address-taken locals.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The plugin moves every address-taken local of an instrumented
   function into a block of this per-thread stack (plugin/gs-side.cc
   says why: a capture and resume move machine-stack frames, but not
   these blocks, so pointers to such locals stay valid).  A function
   takes its block on entry and gives it back on return; a capture
   returns without giving it back, and the low-gear clone that restores
   the frame uses the same block again.

   Each thread's side stack is one reservation of GS_SIDE_SIZE bytes of
   address space, made on its first use; the pages are only backed when
   touched.  Blocks are 64-byte aligned.  Allocation is a bump of the
   thread's top, release a store: both are async-signal-safe once the
   reservation exists.  The plugin inlines both in high-gear code: it
   bumps __gearshift_side_top itself while the result stays below
   __gearshift_side_end (null until the reservation exists, so the
   first allocation of a thread comes here), and a high-gear body, which
   never holds a block from the heap, releases with a store.  */

#include <stdlib.h>
#include <sys/mman.h>

#include "gs-internal.h"

/* Address space reserved per thread.  */
#define GS_SIDE_SIZE ((size_t) 256 << 20)

/* Alignment of every block.  */
#define GS_SIDE_ALIGN 64

/* The calling thread's side stack: its reservation, its top and its
   end (GS_SIDE_SIZE bytes after the base).  The plugin's code reads and
   writes the top and reads the end.  */
static GS_TLS char *gs_side_base;
GS_EXPORT GS_TLS char *__gearshift_side_top;
GS_EXPORT GS_TLS char *__gearshift_side_end;

/* Reserve the calling thread's side stack.  */
static void
gs_side_reserve (void)
{
  void *p = mmap (NULL, GS_SIDE_SIZE, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

  if (p == MAP_FAILED)
    gs_fatal ("cannot reserve %zu MB for the side stack of address-taken "
	      "locals", GS_SIDE_SIZE >> 20);
  gs_side_base = __gearshift_side_top = p;
  __gearshift_side_end = gs_side_base + GS_SIDE_SIZE;
}

/* Return a block of SIZE bytes for the address-taken locals of the
   calling function.  Called by the plugin's code on function entry.  */
GS_EXPORT void *
__gearshift_side_alloc (size_t size)
{
  char *block;

  if (__builtin_expect (!gs_side_base, 0))
    gs_side_reserve ();
  block = __gearshift_side_top;
  size = (size + GS_SIDE_ALIGN - 1) & -(size_t) GS_SIDE_ALIGN;
  if (__builtin_expect (size > GS_SIDE_SIZE - (size_t) (block - gs_side_base),
			0))
    gs_fatal ("the side stack of address-taken locals overflowed "
	      "(%zu MB): runaway recursion?", GS_SIDE_SIZE >> 20);
  __gearshift_side_top = block + size;
  return block;
}

/* Give back BLOCK, and every block taken after it.  Called by the
   plugin's code before each return.  */
GS_EXPORT void
__gearshift_side_release (void *block)
{
  /* A block from outside the side stack was made on the heap by an
     update, for a function whose new version has address-taken locals
     and whose old one had none (swap.c).  */
  if (__builtin_expect ((char *) block < gs_side_base
			|| (char *) block >= gs_side_base + GS_SIDE_SIZE, 0))
    {
      free (block);
      return;
    }
  __gearshift_side_top = block;
}
