/* gearshift: the rules that map the running version onto a new one.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   One implementation, rules.c, compiled into the runtime, whose swap.c
   applies the rules to a captured stack and the running globals, and
   into the gearshift command, whose check predicts an update from two
   files' metadata: the two cannot disagree.  The rules decide; copying
   values, allocating and running transformers stay with the runtime.

   - A new version must be a version of the running program: when both
     name a program (-fplugin-arg-gearshift-program=), they name the
     same one; otherwise they share a source file (by basename, as
     statics are matched).  `gearshift update --force' skips this rule.

   - A frame maps onto the new version's function of the same name (one
     from a file of the same basename preferred), at the point of the
     same label, if that function has a low-gear clone.
   - Its saved fields map by name; compiler temporaries by position and
     layout; the side-stack block stays the function's.  Same type:
     copied.  Changed type: converted by a GEARSHIFT_TRANSFORM_LOCAL
     (not of an address-taken variable), or left to the function's
     GEARSHIFT_TRANSFORM_FRAME, or the update is refused.  New fields
     start at zero.
   - A global maps onto the running one of the same name (a static onto
     a static of a file of the same basename; or, when its file was
     renamed, onto the one running static of the same name and type, if
     the new version has one static of that name).  Read-only in either
     version, or absent from the running one: it keeps the new version's
     initial value.  Same type: the new version uses the running
     variable.  Changed type: converted by a GEARSHIFT_TRANSFORM_GLOBAL,
     or, a struct of the same name, field by field when the new version
     asks for it (GEARSHIFT_CONVERT_BY_NAME, GEARSHIFT_FIELD_RENAMED);
     or the update is refused.
   - A struct or union type that code of the running version reads or
     writes through a pointer, and code of the new version too (the
     same name; in a unit of the same file preferred), keeps its
     layout, or the update is refused: objects of it may be anywhere,
     in the heap among other places, where an update converts nothing,
     and the new code would read them with its own layout.  Unless the
     new version says, with GEARSHIFT_TYPE_NOT_IN_HEAP, that no object
     of it is alive outside the globals and frames the update maps.  */

#ifndef GEARSHIFT_GS_RULES_H
#define GEARSHIFT_GS_RULES_H

#include <stddef.h>

#include "gs-meta.h"

/* The new version's transformers, as the rules ask about them.  */
struct gs_rules_transformers
{
  /* Nonzero if there is a transformer of KIND (enum
     gearshift_transformer_kind) for FUNCTION and NAME (each null: any),
     and, if VALUE, it has a value function.  */
  int (*has) (const void *ctx, unsigned int kind, const char *function,
	      const char *name, int value);
  const void *ctx;
};

/* The last component of PATH.  */
extern const char *gs_rules_basename (const char *path);

/* Whether the units NEW (N_NEW of them) are a version of the program
   whose running version has the units OLD (N_OLD): 0 if so, else -1
   with WHY (SIZE bytes) saying why not, as "it is program ..." or "it
   shares no source file ...".  */
extern int gs_rules_same_program (const struct gs_unit_meta *const *old,
				  size_t n_old,
				  const struct gs_unit_meta *const *new,
				  size_t n_new, char *why, size_t size);

/* The function called NAME among UNITS (N of them), preferring one
   from a file of the same basename as FILE; or null.  Through an index
   of the last list of units asked about, kept until the list differs
   or gs_rules_forget says that units it lists may have gone (a unit
   unloaded, another loaded at its address).  */
extern const struct gs_fn_meta *
gs_rules_find_fn (const struct gs_unit_meta *const *units, size_t n,
		  const char *name, const char *file);
extern void gs_rules_forget (void);

/* The index of the point labelled LABEL of FN, or -1.  */
extern int gs_rules_find_point (const struct gs_fn_meta *fn,
				const char *label);

/* Where a frame goes in the new version, or why it cannot.  */
enum gs_target_verdict
{
  GS_TARGET_OK,
  GS_TARGET_NO_FUNCTION,	/* No function of its name.  */
  GS_TARGET_NO_POINT,		/* No point of its label.  */
  GS_TARGET_NO_LOW		/* The function has no low-gear clone.  */
};

/* Where a frame of OLD_FN stopped at its point OLD_POINT goes in the new
   version, whose units are UNITS (N of them): set *FN to the function
   (null if none) and, with GS_TARGET_OK, *POINT to the point.  Each
   caller words the verdict its own way.  */
extern enum gs_target_verdict
gs_rules_frame_target (const struct gs_unit_meta *const *units, size_t n,
		       const struct gs_fn_meta *old_fn,
		       unsigned int old_point, const struct gs_fn_meta **fn,
		       unsigned int *point);

/* What becomes of a function of an old version once the new version
   runs.  */
enum gs_redirect_verdict
{
  GS_REDIRECT_OK,		/* Its entry jumps to the new version's
				   function of the same name and type.  */
  GS_REDIRECT_GONE,		/* The new version has no such function:
				   its old body stays.  */
  GS_REDIRECT_TYPE,		/* The new version's has another type: its
				   old body stays.  */
  GS_REDIRECT_NO_BODY,		/* The new version's has no body to jump
				   to (GCC inlined every call to it).  */
  GS_REDIRECT_NO_AREA		/* It has no room for the jump (built
				   without it, or no body of its own).  */
};

/* What becomes of OLD_FN when the version whose units are UNITS (N of
   them) takes over; set *FN to the new version's function of its name
   (null if none).  */
extern enum gs_redirect_verdict
gs_rules_redirect (const struct gs_unit_meta *const *units, size_t n,
		   const struct gs_fn_meta *old_fn,
		   const struct gs_fn_meta **fn);

/* Whether pointers to FN, a function of the version whose units are
   UNITS (N of them), may be held anywhere: its address is taken in its
   own unit (GS_FN_ESCAPES) or, FN being public, in another (that
   unit's TAKEN names it).  */
extern int gs_rules_escapes (const struct gs_unit_meta *const *units,
			     size_t n, const struct gs_fn_meta *fn);

/* What a field of a new frame gets.  */
enum gs_map_verdict
{
  GS_MAP_FRESH,			/* Zero (fresh storage if indirect).  */
  GS_MAP_COPY,			/* The old field's value.  */
  GS_MAP_SIDE,			/* The old side-stack block, or a new one
				   when the old frame had none.  */
  GS_MAP_TRANSFORM_LOCAL,	/* The local transformer converts it.  */
  GS_MAP_TRANSFORM_FRAME,	/* The frame transformer fills it.  */
  GS_MAP_BY_NAME,		/* A struct that kept its name, converted
				   field by field (gs_rules_by_name).  */
  GS_MAP_CONSTANT,		/* Nothing: the new version's code holds a
				   constant in it (GS_FIELD_CONSTANT).  */
  GS_MAP_ARGUMENT,		/* Nothing: the new version's code takes
				   what the caller passes again
				   (GS_FIELD_ARGUMENT).  */
  GS_MAP_REFUSED		/* The update is refused.  */
};

/* Whether fields A and B hold values of the same type.  */
extern int gs_rules_same_field_type (const struct gs_field_meta *a,
				     const struct gs_field_meta *b);

/* How FIELD of NEW_FN, whose type changed from that of OLD (a field
   of the old version's function), gets its value:
   GS_MAP_TRANSFORM_LOCAL, GS_MAP_TRANSFORM_FRAME, GS_MAP_BY_NAME (a
   struct that kept its name, not address-taken, that the new version
   converts by name) or GS_MAP_REFUSED.  */
extern enum gs_map_verdict
gs_rules_converts (const struct gs_fn_meta *new_fn,
		   const struct gs_field_meta *old,
		   const struct gs_field_meta *field,
		   const struct gs_rules_transformers *tr);

/* The cursor over an old point's temporaries while mapping one frame:
   zero it before the first field.  */
struct gs_rules_temps
{
  unsigned int next;
};

/* What the field saved J-th at point NEW_POINT of NEW_FN gets from a
   frame of OLD_FN stopped at OLD_POINT; call it for each J in order.
   Set *OLD to the old field it comes from, or null.  On GS_MAP_REFUSED,
   WHY (SIZE bytes) says why.  */
extern enum gs_map_verdict
gs_rules_map_field (const struct gs_fn_meta *old_fn, unsigned int old_point,
		    const struct gs_fn_meta *new_fn, unsigned int new_point,
		    unsigned int j, struct gs_rules_temps *temps,
		    const struct gs_rules_transformers *tr,
		    const struct gs_field_meta **old, char *why, size_t size);

/* The globals of the running version, as the rules look at them.  */
struct gs_rules_globals
{
  size_t n;
  /* The I-th one, with an address; set *UNIT to its unit.  */
  const struct gs_global_meta *(*at) (const void *ctx, size_t i,
				      const struct gs_unit_meta **unit);
  const void *ctx;
};

/* The index among OLD of the running global that NEW_G of unit NEW_U
   is, or -1.  By name; a static, by name and file basename, or, if
   none, by name and type when its file was renamed: exactly one running
   static has that name and type, and the new version (NEW_UNITS, N_NEW
   of them) exactly one static of that name; *RENAMED is set then, and
   cleared otherwise.  */
extern long gs_rules_match_global (const struct gs_rules_globals *old,
				   const struct gs_unit_meta *const *new_units,
				   size_t n_new,
				   const struct gs_unit_meta *new_u,
				   const struct gs_global_meta *new_g,
				   int *renamed);

/* What becomes of a global of the new version.  */
enum gs_global_verdict
{
  GS_GLOBAL_NEW,		/* No running one: its initial value.  */
  GS_GLOBAL_KEPT_READONLY,	/* Read-only in either version, and not
				   a constant that fits the running
				   object: its initial value.  */
  GS_GLOBAL_CONSTANT,		/* A constant of the new version the size
				   of the running object: that object,
				   given the new version's contents.  */
  GS_GLOBAL_MAPPED,		/* The running variable, same type.  */
  GS_GLOBAL_TRANSFORMED,	/* Converted from the running one.  */
  GS_GLOBAL_REFUSED		/* Changed type, no transformer.  */
};

/* The verdict for NEW_G, a global of the new version with an address,
   given the running global it matches, OLD_G (null if none has an
   address).  */
extern enum gs_global_verdict
gs_rules_global (const struct gs_global_meta *old_g,
		 const struct gs_global_meta *new_g,
		 const struct gs_rules_transformers *tr);

/* The verdict for NEW_G, a thread-local global of NEW_U (one of the
   N_NEW units NEW_UNITS), against the running version's thread-local
   globals, in its N_OLD units OLD_UNITS, matched as globals are; set
   *OLD_U and *OLD_G to the one it matches, or null.  Each thread's copy
   maps on its own, so only a copy or a conversion field by field
   (gs_rules_by_name) will do: a changed type that only a transformer
   would convert is REFUSED.  */
extern enum gs_global_verdict
gs_rules_thread_local (const struct gs_unit_meta *const *old_units,
		       size_t n_old,
		       const struct gs_unit_meta *const *new_units,
		       size_t n_new, const struct gs_unit_meta *new_u,
		       const struct gs_global_meta *new_g,
		       const struct gs_rules_transformers *tr,
		       const struct gs_unit_meta **old_u,
		       const struct gs_global_meta **old_g);

/* What becomes of the objects of a heap type (gs_type_meta) of the new
   version.  */
enum gs_type_verdict
{
  GS_TYPE_SAME,			/* The running version does not use it
				   through a pointer, or it has the same
				   layout there.  */
  GS_TYPE_NOT_IN_HEAP,		/* Changed, and the new version says no
				   object of it is in the heap.  */
  GS_TYPE_CONVERTED,		/* Changed: the runtime knows its objects
				   (every allocation of it is the typed
				   allocator's, runtime/heap.c), and the new
				   version converts them, by a
				   GEARSHIFT_TRANSFORM_TYPE or field by
				   field.  */
  GS_TYPE_REFUSED		/* Changed: the update is refused.  */
};

/* Whether the new version converts objects of heap type NEW_T, changed
   from OLD_T (TR: its transformers): by its GEARSHIFT_TRANSFORM_TYPE,
   or field by field (gs_rules_by_name).  */
extern int gs_rules_heap_converts (const struct gs_type_meta *old_t,
				   const struct gs_type_meta *new_t,
				   const struct gs_rules_transformers *tr);

/* The heap type named NAME among the N units UNITS: the one of a unit
   of the same base name as FILE if several, or null.  */
extern const struct gs_type_meta *
gs_rules_find_type (const struct gs_unit_meta *const *units, size_t n,
		    const char *name, const char *file);

/* The verdict for NEW_T, a heap type of the new version's unit NEW_U,
   given the running version's units OLD (N_OLD of them); set *OLD_T to
   the running version's type it is compared with (null if none).  */
extern enum gs_type_verdict
gs_rules_heap_type (const struct gs_unit_meta *const *old, size_t n_old,
		    const struct gs_unit_meta *new_u,
		    const struct gs_type_meta *new_t,
		    const struct gs_rules_transformers *tr,
		    const struct gs_type_meta **old_t);

/* Write to BUF (SIZE bytes) how the layout descriptor NEW differs from
   OLD, field by field, as "field w added, field v removed, field n
   changed type, field a renamed to b, field next moved from offset 0
   to 8" (a field renamed: another name at the same place, of the same
   layout).  */
extern void gs_rules_layout_diff (const char *old, const char *new,
				  char *buf, size_t size);

/* Write to BUF (SIZE bytes) how a variable's type changed, to follow
   "changed type": " from int to long int", or, for a struct or union of
   the same name whose layout changed, ": struct config changed layout
   (field backlog added)".  */
extern void gs_rules_type_change (const char *old_type,
				  const char *old_layout,
				  const char *new_type,
				  const char *new_layout, char *buf,
				  size_t size);

/* Write to BUF (SIZE bytes) what the new version can say to convert a
   variable whose type changed from OLD_TYPE (OLD_LAYOUT, OLD_SIZE bytes)
   to NEW_TYPE, to follow "and no transformer converts it": "; say in the
   new version GEARSHIFT_FIELD_RENAMED (struct config, port, listen_port)
   (the other fields are copied by name), or TRANSFORM" when a by-name
   conversion would do, with the renames found; else "; say in the new
   version TRANSFORM" (the variable's transformer, e.g.
   "GEARSHIFT_TRANSFORM_GLOBAL (config, fn)").  */
extern void gs_rules_type_hint (const char *old_type,
				const char *old_layout,
				unsigned long old_size,
				const char *new_type,
				const char *new_layout,
				unsigned long new_size,
				const char *transform, char *buf,
				size_t size);

/* gs_rules_type_hint for global OG of the running version, which is NG
   in the new one: TRANSFORM is its GEARSHIFT_TRANSFORM_GLOBAL.  */
extern void gs_rules_global_type_hint (const struct gs_global_meta *og,
				       const struct gs_global_meta *ng,
				       char *buf, size_t size);

/* Whether a value of struct TYPE converts field by field from
   OLD_LAYOUT (OLD_SIZE bytes) to NEW_LAYOUT (NEW_SIZE bytes): the new
   version asked for it (GEARSHIFT_CONVERT_BY_NAME, or a
   GEARSHIFT_FIELD_RENAMED of the type), and every field of the new
   layout that the old one has, by name or renamed, has the same layout
   there (no bit-fields), or is a struct whose fields convert so in
   turn.  Returns 0 if so, calling COPY (if not null)
   with CTX for each such field: the offsets of the old field and the
   new one, and the bytes to copy; else -1.  New fields keep the new
   version's value.  */
extern int gs_rules_by_name (const char *type, const char *old_layout,
			     unsigned long old_size, const char *new_layout,
			     unsigned long new_size,
			     const struct gs_rules_transformers *tr,
			     void (*copy) (void *ctx,
					   unsigned long old_offset,
					   unsigned long new_offset,
					   unsigned long size),
			     void *ctx);

/* Where the byte at offset OFF of a value of struct TYPE laid out as
   OLD_LAYOUT (OLD_SIZE bytes) is in the value converted to NEW_LAYOUT:
   in the field of the same name (or the new name the new version gives
   it, TR), at the same place within it, when that field kept its
   layout, or in the same field of it, for a struct inside whose layout
   changed; -1 if there is no such field.  A pointer into an object
   that an update converts follows its field so.  TYPE may be null for
   a struct with no name.  */
extern long gs_rules_field_offset (const char *type, const char *old_layout,
				   unsigned long old_size,
				   const char *new_layout,
				   const struct gs_rules_transformers *tr,
				   unsigned long off);

/* Write to BUF (SIZE bytes) what gs_rules_by_name does to a value of
   struct TYPE, from OLD_LAYOUT to NEW_LAYOUT, for the fields it does
   not simply copy: "port becomes listen_port, unused dropped, workers
   new" ("fields moved" when it only copies).  */
extern void gs_rules_by_name_plan (const char *type, const char *old_layout,
				   const char *new_layout,
				   const struct gs_rules_transformers *tr,
				   char *buf, size_t size);

/* Write to WHY (SIZE bytes) why heap type NEW_T, compared with OLD_T of
   the running version's units OLD (N_OLD of them), refuses the update,
   and what the new version may say.  */
extern void gs_rules_heap_type_why (const struct gs_unit_meta *const *old,
				    size_t n_old,
				    const struct gs_type_meta *old_t,
				    const struct gs_type_meta *new_t,
				    char *why, size_t size);

#endif /* GEARSHIFT_GS_RULES_H */
