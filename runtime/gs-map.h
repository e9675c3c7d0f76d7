/* gearshift runtime: what the files of an update share.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   An update to a new version is the work of five files, each calling
   only those after it: swap.c loads the new version and drives the
   update; globals.c maps its globals, frames.c the captured frames;
   map.c holds what both need (the refusal, code pointers re-pointed);
   transformers.c keeps the transformers the new version registers and
   the API frame transformers use.  The rules they apply are rules.c's
   (gs-rules.h).  */

#ifndef GEARSHIFT_GS_MAP_H
#define GEARSHIFT_GS_MAP_H

#include "gs-internal.h"
#include "gs-rules.h"

/* What the mapping works with.  */
struct gs_map
{
  const struct gs_unit_meta *old_units[256], *new_units[256];
  size_t n_old, n_new;
  char why[1024];		/* Why the mapping failed.  */
  unsigned int globals;		/* Globals mapped.  */
  unsigned int transformed;	/* Values transformers converted.  */
  unsigned int version;		/* The new version's tag.  */
  unsigned int old_version;	/* The running version's.  */
  unsigned int redirected;	/* Functions of the running version whose
				   entry jumps to the new one's.  */
  /* Functions of the running version whose address escaped and that
     keep their old body (gone, or changed type): "f (gone), ...".  */
  char kept[256];
  /* For the outcome, the globals that are new, found in a renamed
     file, or left behind: lists "a, b (file.c), ...".  */
  char new_globals[256], moved_globals[256], left_globals[256];
  /* The thread-local globals each thread carries over: "a, b (f.c)".  */
  char tls_globals[256];
  /* Constants of the running version that took the new version's
     contents, and those that stay apart from the new version's
     (another size): "a, b (f.c) (size changed)".  */
  char renewed_constants[256], unshared_constants[256];
  /* Objects of the running version that the new version replaces by
     its own, for gs_remap_value.  */
  struct gs_moved_object
  {
    uintptr_t old, size, new, new_size;
  } moved[64];
  unsigned int n_moved;
  /* Types whose objects in the heap convert: "struct node (3 objects)".  */
  char heap_converted[256];
  char notes[1700];		/* All of them, with their headings.  */
};

/* What a frame transformer sees.  */
struct gearshift_frame_map
{
  const struct gs_frame *old;
  const struct gs_fn_meta *new_fn;
  unsigned int new_point;
  char *new_data;
};

/* globals.c  */

/* For each word SLOT of the object loaded as HANDLE that a dynamic
   relocation sets (GOT entries, pointers in its data, whether in RELA
   or packed RELR relocations), replace its value V by
   FN (SLOT, V, ARG).  */
/* Make the object loaded as HANDLE, a new version, use its own data:
   re-point each of its GOT entries and data relocations for a variable
   it defines to its own definition.  The dynamic linker binds them to
   the executable's variable of the same name instead when the
   executable exports one (linked with -rdynamic, as programs that load
   plugins are): the new version would then read a running variable of
   another type with its own layout, and keep none of its own values.
   Mapping then shares the running variables it should (gs_map_globals),
   and only those.  */
extern void gs_self_bind (void *handle);

extern void gs_each_relocated_word (void *handle,
				    uintptr_t (*fn) (const uintptr_t *slot,
						     uintptr_t value,
						     void *arg),
				    void *arg);

/* redirect.c  */

/* Plan the redirection of gs_redirect, which depends on the versions
   only: the canonical addresses of the new version's functions, and
   which entries jump where, in the order of their addresses; list in
   M->kept the functions of the running version whose address escaped
   that keep their old body.  Done when the new version loads, before
   the program stops if it can (SQLite's shell: some 2 to 6 ms less of
   pause).  Returns 0, or -1 with M->why set.  */
extern int gs_redirect_plan (struct gs_map *m);

/* Drop the plan, if any, and the canonical addresses it made.  */
extern void gs_redirect_forget (void);

/* Make the entry of every function of every version older than M's new
   one jump to the new version's function of the same name and type
   (gs_rules_redirect), as planned for M's version (planning it now if
   it was not); count those of the running version in M->redirected.
   Returns 0, or -1 with nothing redirected and M->why set.  */
extern int gs_redirect (struct gs_map *m);

/* Undo the redirections of the last gs_redirect.  */
extern void gs_redirect_undo (void);

/* M's new version, loaded as HANDLE, takes over: re-point the words of
   its data that hold the address of one of its functions that an older
   version had to the function's canonical address (gs_canonical), so
   that pointers compare equal across versions.  */
extern void gs_redirect_commit (struct gs_map *m, void *handle);

/* heap.c  */

/* Make the new images of the objects in the heap whose type M changes
   (runtime/heap.c); returns 0, or -1 with M->why set when an object
   cannot convert (no room, an array whose elements would move) or a
   transformer refuses.  Nothing changes until gs_heap_commit.  */
extern int gs_heap_prepare (struct gs_map *m);

/* Write the images gs_heap_prepare made into the objects, and make the
   pointers of the other typed objects into them follow their field.  */
extern void gs_heap_commit (void);

/* Drop what gs_heap_prepare made (after gs_heap_commit too, once the
   globals have mapped).  */
extern void gs_heap_cancel (void);

/* Whether objects of the type of NT's name were allocated unseen, by an
   allocator that did not pass their type on to malloc (heap.c); then
   write why an update is refused to WHY (SIZE bytes).  */
extern int gs_heap_escaped (const struct gs_type_meta *nt, char *why,
			    size_t size);

/* Whether gs_heap_prepare found objects that convert.  */
extern int gs_heap_changing (void);

/* If V points inside an object in the heap that converts, past the
   start of one of its elements, set *OUT to where the same field is
   once it converts and return nonzero (gs_rules_field_offset); else
   return 0.  */
extern int gs_heap_remap (uintptr_t v, uintptr_t *out);

/* map.c  */

/* Record why mapping M failed, formatted from FMT; return -1.  */
extern int gs_refuse (struct gs_map *m, const char *fmt, ...)
  GS_PRINTF (2, 3);

/* Record in M why a frame of OLD_FN stopped at point LABEL does not
   map (V, not GS_TARGET_OK, with NEW_FN the function found, if any);
   return -1.  */
extern int gs_refuse_target (struct gs_map *m, enum gs_target_verdict v,
			     const struct gs_fn_meta *old_fn,
			     const char *label,
			     const struct gs_fn_meta *new_fn);

/* Append to LIST (SIZE bytes), after ", " unless it is empty, the item
   formatted from FMT; what does not fit is cut short with "...", and
   nothing is appended after that.  */
extern void gs_list_append (char *list, size_t size, const char *fmt, ...)
  GS_PRINTF (3, 4);

/* Re-point the pointers inside the value V of SIZE bytes described by
   LAYOUT that M moves: those to a function of an old version to the
   canonical address of the new version's function of the same name,
   and those into an object of the running version that the new version
   replaces by one of its own (M->moved) to the same offset in that
   one.  */
extern void gs_remap_value (struct gs_map *m, const char *layout, void *v,
			    size_t size);

/* Where gs_copy_by_name copies from and to.  */
struct gs_by_name_copy
{
  const char *from;
  char *to;
};

/* gs_rules_by_name's COPY, with a struct gs_by_name_copy for CTX: SIZE
   bytes of a field.  */
extern void gs_copy_by_name (void *ctx, unsigned long old_offset,
			     unsigned long new_offset, unsigned long size);

/* Record in M that the running version's object at OLD, of SIZE bytes,
   is replaced by the new version's at NEW, of NEW_SIZE bytes (a
   constant that changed size); what does not fit in M is left.  */
extern void gs_note_moved (struct gs_map *m, const void *old, size_t size,
			   const void *new, size_t new_size);

/* The canonical address of FN, a function of the running version or of
   the one being loaded: the address of the function in the first
   version that had it, its entry redirected by every update since.  */
extern gs_code_ptr gs_canonical (const struct gs_fn_meta *fn);

/* Work out the canonical addresses of M's new version, whose entries
   redirect.c is about to redirect to.  Returns 0, or -1 with M->why
   set.  */
extern int gs_canon_prepare (struct gs_map *m);

/* The new version took over (DONE) or was refused: its canonical
   addresses replace the running version's, or are forgotten.  */
extern void gs_canon_commit (int done);

/* transformers.c  */

/* Forget the transformers of version VERSION.  */
extern void gs_drop_transformers (unsigned int version);

/* Call the GEARSHIFT_ON_UPDATE functions of version VERSION.  */
extern void gs_run_on_update (unsigned int version);

/* The transformer of KIND in version VERSION for FUNCTION (or null) and
   NAME (or null), or null.  */
extern const struct gearshift_transformer *
gs_find_transformer (unsigned int version, unsigned int kind,
		     const char *function, const char *name);

/* gs_rules_transformers's question, about the transformers of version
   *CTX.  */
extern int gs_has_transformer (const void *ctx, unsigned int kind,
			       const char *function, const char *name,
			       int value);

/* The address of the value of field F in frame data DATA.  */
extern void *gs_field_value (const struct gs_field_meta *f,
			     const void *data);

/* frames.c  */

/* Map the unwound FRAMES (N of them) of capture CAP onto the new
   version: on success store the mapped frames (N, malloc'ed; their data
   in CAP's storage) in *OUT and return 0; else return -1.  */
extern int gs_map_frames (struct gs_map *m, struct gs_capture *cap,
			  const struct gs_frame *frames, size_t n,
			  struct gs_frame **out);

/* globals.c  */

/* Make the table of where the running version's globals live, the
   first time.  Returns 0 or -1.  */
extern int gs_init_live_globals (struct gs_map *m);

/* Check that the globals of the new version map onto the running ones;
   with HANDLE, make the mapped ones share the running variables.
   Returns 0 or -1 with M->why set.  */
extern int gs_map_globals (struct gs_map *m, void *handle);

/* Give each constant of the running version that the new version of M
   took over (GS_GLOBAL_CONSTANT) the new version's contents where they
   differ, once every pointer in the new version is the running one
   (after gs_map_globals and gs_redirect_commit), so that code of the
   new version reads the same through the object's address as from its
   own copy; list them in M's outcome notes.  */
extern void gs_share_constants (struct gs_map *m);

/* Run the transformers of the new version's globals whose type
   changed.  Returns 0 or -1 with M->why set.  */
extern int gs_transform_globals (struct gs_map *m);

/* Check the new version's thread-local globals, before the capture;
   then, in each thread once the update is done, carry that thread's
   copies over.  */
extern int gs_check_thread_locals (struct gs_map *m);
extern void gs_map_thread_locals (struct gs_map *m);

#endif /* GEARSHIFT_GS_MAP_H */
