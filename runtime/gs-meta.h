/* gearshift: the metadata the plugin emits and the runtime reads.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   This header is the one definition of the metadata's ABI.  Each
   structure is a list of members (GS_META_*_LIST, an X-macro: X (P, NAME,
   KIND, CTYPE) per member, P being whatever the user of the list passes
   along), from which come:
   - the runtime's C structures, below;
   - the plugin's RECORD_TYPEs and the indices of their members
     (plugin/gs-metadata.cc), which it checks against the LP64 layout;
   - the byte layout on x86-64 that the gearshift command reads from a
     file on any host (tools/metadata.c): the *_lp64 mirror structures,
     whose members are fixed-width integers aligned as on x86-64.
   Where the compiler's own layout is x86-64's, static assertions below
   check the two agree.  A change to a list changes all three; bump
   GS_META_VERSION with it.

   Per translation unit the plugin emits one gs_unit_meta and a static
   constructor that calls __gearshift_register_unit (&unit) before main.

   Type descriptors ("layout" strings) let the runtime print and, later,
   map values without knowing C:

     iN  signed integer of N bytes      uN  unsigned integer of N bytes
     fN  binary floating point, N bytes (f4 float, f8 double,
         f16 x87 long double stored in 16 bytes, q16 __float128)
     cD  _Complex of descriptor D       p   data pointer   P  code pointer
     [N]D  array of N elements of D     vN:D  vector of N elements of D
     {name@OFF:D;...}   struct: byte offset OFF, element descriptor D
     {name@OFF+BIT/WIDTH:iN;...}  bit-field of WIDTH bits starting BIT
                        bits after byte OFF, held in the N bytes from
                        OFF (little-endian); i signed, u unsigned
     <name@0:D;...>     union
     xN  N bytes of something else (printed as hex)  */

#ifndef GEARSHIFT_GS_META_H
#define GEARSHIFT_GS_META_H

#include <stddef.h>
#include <stdint.h>

#define GS_META_VERSION 12

/* What a member holds, for the plugin's RECORD_TYPEs and the LP64
   layout: a string (const char *), an unsigned int, a pointer to data
   (a table; or, ADDR, a variable), a pointer to code.  */
enum gs_meta_kind
{
  GS_META_KIND_STR,
  GS_META_KIND_UINT,
  GS_META_KIND_TABLE,
  GS_META_KIND_ADDR,
  GS_META_KIND_CODE
};

/* Kinds of update point (gs_point_meta.kind), with their names: X (KIND,
   VALUE, NAME).  */
#define GS_POINT_KIND_LIST(X)						\
  X (GS_POINT_LOOP, 0, "loop")		/* Header of a loop.  */	\
  X (GS_POINT_ENTRY, 1, "entry")	/* Entry of a function that	\
					   can recurse.  */		\
  X (GS_POINT_EXPLICIT, 2, "explicit")	/* gearshift_update_point	\
					   ("label").  */		\
  X (GS_POINT_CALL, 3, "call")		/* After a call that may	\
					   unwind.  */

#define GS_POINT_KIND_ENUM(KIND, VALUE, NAME) KIND = VALUE,
enum gs_point_kind
{
  GS_POINT_KIND_LIST (GS_POINT_KIND_ENUM)
  GS_POINT_KINDS
};
#undef GS_POINT_KIND_ENUM

/* The name of point kind KIND ("loop", ...), or "unknown".  */
static inline const char *
gs_point_kind_name (unsigned int kind)
{
#define GS_POINT_KIND_NAME(KIND, VALUE, NAME) NAME,
  static const char *const names[]
    = { GS_POINT_KIND_LIST (GS_POINT_KIND_NAME) };
#undef GS_POINT_KIND_NAME
  return kind < GS_POINT_KINDS ? names[kind] : "unknown";
}

/* Flags of a frame field (gs_field_meta.flags).  */
#define GS_FIELD_PARM	1u	/* A parameter.  */
#define GS_FIELD_MEMORY	2u	/* Lives in memory: copied whole, by scope.  */
#define GS_FIELD_TEMP	4u	/* A compiler temporary live across a call
				   (the first operand of f () + g ()): saved
				   for resuming, never shown as a source
				   variable.  */
#define GS_FIELD_INDIRECT 8u	/* The frame holds a pointer to the
				   variable, which lives on the side stack
				   (address-taken: plugin/gs-side.cc); SIZE
				   is the variable's.  */
#define GS_FIELD_SIDE	16u	/* With GS_FIELD_TEMP: the function's block
				   on the side stack, SIZE bytes.  */
#define GS_FIELD_CONSTANT 32u	/* The function holds a constant in it at
				   every point that saves it (a local never
				   changed from its initialiser): the
				   low-gear clone restores that constant,
				   not the frame's value.  */
#define GS_FIELD_ARGUMENT 64u	/* With GS_FIELD_PARM: a pointer parameter
				   the function never changes and only
				   dereferences, which every caller passes
				   again when it resumes the call: the
				   low-gear clone keeps what it is passed,
				   not the frame's value, so a caller's
				   local whose address it holds need not
				   live on the side stack.  */

/* Flags of a global (gs_global_meta.flags).  */
#define GS_GLOBAL_STATIC   1u	/* File-scope static: keyed by file.  */
#define GS_GLOBAL_READONLY 2u	/* const-qualified.  */
#define GS_GLOBAL_THREAD_LOCAL 4u /* __thread or _Thread_local: ADDR is
				   null, and the unit's TLS function gives
				   each thread's copy.  */

/* Flags of a heap type (gs_type_meta.flags).  */
#define GS_TYPE_TRACKED 1u	/* The unit allocates objects of it, and
				   each allocation goes to the runtime's
				   typed allocator (runtime/heap.c), which
				   an update finds them with.  */
#define GS_TYPE_UNTRACKED 2u	/* The unit allocates objects of it that
				   the runtime does not see (a function of
				   its own declared malloc, or the plugin's
				   heap=plain): ALLOC_FILE and ALLOC_LINE
				   name the first such place.  */

/* gs_fn_meta.flags.  */
#define GS_FN_PUBLIC 1u		/* Externally visible: another unit may
				   call it.  */
#define GS_FN_EH     2u		/* Built with unwind=eh: its points throw
				   to unwind the stack, and its call-site
				   points are landing pads.  A capture
				   unwinds only through functions built the
				   same way.  */
#define GS_FN_NO_PAD 4u		/* With GS_FN_EH: a call-site point of it
				   got a check, no landing pad (a call in an
				   EH region of another kind): an unwinding
				   capture would pass its frame by.  */
#define GS_FN_ESCAPES 8u	/* Its address is taken in its unit:
				   pointers to it may be held anywhere, in
				   the heap, by libraries, by the kernel.
				   (Another unit's TAKEN may name a public
				   one too.)  */
#define GS_FN_REDIRECTABLE 16u	/* Its body (high) starts after
				   GS_REDIRECT_AREA bytes of nops that an
				   update fills with a jump to the new
				   version's function (runtime/redirect.c).  */
#define GS_FN_PASSES 32u	/* It makes a call in tail position that
				   may unwind (its result, if any, is what
				   it returns) with no unwind point: an
				   unwinding capture passes its frame by,
				   and the caller's resume enters the
				   callee's low-gear clone directly.  */

#define GS_FN_BARE 64u	/* Not instrumented: no update point and no
				   call that can unwind, so never on a
				   captured stack, no low-gear clone; listed
				   for its entry only, which an update
				   redirects (pointers to it may be held:
				   its address is taken, or it is public).
				   A frame of it is a frame of code without
				   update points.  */

/* The bytes of nops before a redirectable body.  A redirection writes
   an absolute jump in the last 14 ("jmp *0(%rip)" and the address, 8
   bytes, last) and a short jump back to it over the entry's first 2
   bytes.  The first 2 stay free for the entry of a 1-byte body just
   before, whose short jump covers one of them.  */
#define GS_REDIRECT_AREA 16u

/* A pointer to code, as the tables hold one.  */
typedef void (*gs_code_ptr) (void);

/* One field of a function's frame: a source-level parameter or local.  */
#define GS_META_FIELD_LIST(X, P)					\
  X (P, name, STR, const char *)	/* Source name ("k", or "k.1"	\
					   when shadowed).  */		\
  X (P, type, STR, const char *)	/* C spelling of the type.  */	\
  X (P, layout, STR, const char *)	/* Type descriptor, above.  */	\
  X (P, offset, UINT, unsigned int)	/* Byte offset in the frame.  */ \
  X (P, size, UINT, unsigned int)	/* Bytes.  */			\
  X (P, line, UINT, unsigned int)	/* Line of the declaration.  */	\
  X (P, flags, UINT, unsigned int)	/* GS_FIELD_*.  */

/* One update point of a function.  */
#define GS_META_POINT_LIST(X, P)					\
  X (P, label, STR, const char *)	/* Stable label: "loop1.2",	\
					   "entry", "call:f:1" or the	\
					   explicit label.  */		\
  X (P, kind, UINT, unsigned int)	/* enum gs_point_kind.  */	\
  X (P, line, UINT, unsigned int)	/* Source location.  */		\
  X (P, column, UINT, unsigned int)					\
  X (P, nlive, UINT, unsigned int)	/* Number of fields saved at	\
					   this point.  */		\
  X (P, live, TABLE, const unsigned int *) /* Their indices in the	\
					   function's fields.  */

/* One instrumented function.  The bodies: the function itself (high
   gear); its low-gear clone; and the copy of it that low-gear clones
   call, which the plugin makes for a static function called once so
   that GCC still inlines it into its one high-gear caller.  Each is
   null where there is no such body: no clone, no copy, or every call to
   it inlined.  A body that GCC's hot/cold partitioning split has a cold
   part too ("f.cold": save paths, landing pads, paths to noreturn
   calls), a function of its own to the unwinder, whose start the
   *_cold member holds (null when the body is in one piece): the runtime
   knows a frame's function by its start address.  */
#define GS_META_FN_LIST(X, P)						\
  X (P, name, STR, const char *)	/* Source name.  */		\
  X (P, file, STR, const char *)	/* Source file.  */		\
  X (P, line, UINT, unsigned int)					\
  X (P, type, STR, const char *)	/* C spelling of its type: an	\
					   update redirects it only to	\
					   a function of the same.  */	\
  X (P, frame_size, UINT, unsigned int)	/* Bytes of a saved frame.  */	\
  X (P, frame_align, UINT, unsigned int)				\
  X (P, nfields, UINT, unsigned int)					\
  X (P, npoints, UINT, unsigned int)					\
  X (P, flags, UINT, unsigned int)	/* GS_FN_*.  */			\
  X (P, high, CODE, gs_code_ptr)					\
  X (P, low, CODE, gs_code_ptr)						\
  X (P, copy, CODE, gs_code_ptr)					\
  X (P, high_cold, CODE, gs_code_ptr)					\
  X (P, low_cold, CODE, gs_code_ptr)					\
  X (P, copy_cold, CODE, gs_code_ptr)					\
  X (P, fields, TABLE, const struct gs_field_meta *)			\
  X (P, points, TABLE, const struct gs_point_meta *)

/* One global variable defined in the unit.  */
#define GS_META_GLOBAL_LIST(X, P)					\
  X (P, name, STR, const char *)					\
  X (P, type, STR, const char *)					\
  X (P, layout, STR, const char *)					\
  X (P, addr, ADDR, void *)		/* Null if GCC kept no value.  */ \
  X (P, size, UINT, unsigned int)					\
  X (P, flags, UINT, unsigned int)	/* GS_GLOBAL_*.  */

/* A struct or union type that code of the unit reads or writes through
   a pointer ("p->next", "*p = s", "p[i].x") or allocates: its objects
   may live anywhere, in the heap among other places.  An update that
   changes its layout converts the objects the runtime's typed
   allocator made (runtime/heap.c) and is refused (rules.c) when others
   may exist, unless the new version says none is alive there.  */
#define GS_META_TYPE_LIST(X, P)						\
  X (P, name, STR, const char *)	/* C spelling: "struct node".  */ \
  X (P, layout, STR, const char *)	/* Type descriptor, above.  */	\
  X (P, file, STR, const char *)	/* The first access through a	\
					   pointer the unit makes.  */	\
  X (P, line, UINT, unsigned int)					\
  X (P, alloc_file, STR, const char *)	/* The first allocation of an	\
					   object of it the unit makes	\
					   ("" if none seen).  */	\
  X (P, alloc_line, UINT, unsigned int)					\
  X (P, size, UINT, unsigned int)	/* Bytes of an object of it.  */ \
  X (P, flags, UINT, unsigned int)	/* GS_TYPE_*.  */

/* A translation unit.  UNCHECKED: the functions the unit calls without
   a check after the call, and does not define (the C library's,
   mostly: functions a system header declares), by symbol name, sorted.
   A public function of another unit under one of these names may have
   been entered from such a call, which would not notice that it
   unwound: no capture includes its frame.  TAKEN: the functions of the
   program whose address the unit takes and that it does not define, by
   symbol name, sorted: pointers to a public function of another unit
   under one of these names may be held anywhere, as if it had
   GS_FN_ESCAPES (gs_rules_escapes).  PROGRAM: the name given with
   -fplugin-arg-gearshift-program=, or null; an update object is a
   version of the running program only if they share a source file or,
   when both name one, a program name (rules.c).  */
#define GS_META_UNIT_LIST(X, P)						\
  X (P, version, UINT, unsigned int)	/* GS_META_VERSION.  */		\
  X (P, nfns, UINT, unsigned int)					\
  X (P, nglobals, UINT, unsigned int)					\
  X (P, flags, UINT, unsigned int)	/* Reserved, zero.  */		\
  X (P, file, STR, const char *)	/* Main input file.  */		\
  X (P, fns, TABLE, const struct gs_fn_meta *)				\
  X (P, globals, TABLE, const struct gs_global_meta *)			\
  X (P, nunchecked, UINT, unsigned int)					\
  X (P, unchecked, TABLE, const char *const *)				\
  X (P, program, STR, const char *)	/* Program name, or null.  */	\
  X (P, ntypes, UINT, unsigned int)					\
  X (P, types, TABLE, const struct gs_type_meta *)			\
  X (P, tls, CODE, gs_code_ptr)	/* void *(*) (unsigned int I): the	\
					   calling thread's copy of global \
					   I, thread-local; null if the	\
					   unit has none.  */		\
  X (P, ntaken, UINT, unsigned int)					\
  X (P, taken, TABLE, const char *const *)

/* struct gearshift_transformer of <gearshift.h>, which the gearshift
   command reads from section gs_transformers.  The public header
   defines the structure itself; runtime/swap.c checks the two agree.  */
#define GS_META_TRANSFORMER_LIST(X, P)					\
  X (P, kind, UINT, unsigned int)					\
  X (P, function, STR, const char *)					\
  X (P, name, STR, const char *)					\
  X (P, value, CODE, gs_code_ptr)					\
  X (P, frame, CODE, gs_code_ptr)

/* The runtime's structures.  */
#define GS_META_MEMBER(P, NAME, KIND, CTYPE) CTYPE NAME;
struct gs_field_meta { GS_META_FIELD_LIST (GS_META_MEMBER, _) };
struct gs_point_meta { GS_META_POINT_LIST (GS_META_MEMBER, _) };
struct gs_fn_meta { GS_META_FN_LIST (GS_META_MEMBER, _) };
struct gs_global_meta { GS_META_GLOBAL_LIST (GS_META_MEMBER, _) };
struct gs_type_meta { GS_META_TYPE_LIST (GS_META_MEMBER, _) };
struct gs_unit_meta { GS_META_UNIT_LIST (GS_META_MEMBER, _) };
#undef GS_META_MEMBER

/* The same structures as x86-64 lays them out, on any host: the
   gearshift command reads files with these (offsetof, sizeof).  */
#define GS_META_LP64_STR uint64_t __attribute__ ((aligned (8)))
#define GS_META_LP64_TABLE GS_META_LP64_STR
#define GS_META_LP64_ADDR GS_META_LP64_STR
#define GS_META_LP64_CODE GS_META_LP64_STR
#define GS_META_LP64_UINT uint32_t
#define GS_META_LP64_MEMBER(P, NAME, KIND, CTYPE) GS_META_LP64_##KIND NAME;
struct gs_field_meta_lp64 { GS_META_FIELD_LIST (GS_META_LP64_MEMBER, _) };
struct gs_point_meta_lp64 { GS_META_POINT_LIST (GS_META_LP64_MEMBER, _) };
struct gs_fn_meta_lp64 { GS_META_FN_LIST (GS_META_LP64_MEMBER, _) };
struct gs_global_meta_lp64 { GS_META_GLOBAL_LIST (GS_META_LP64_MEMBER, _) };
struct gs_type_meta_lp64 { GS_META_TYPE_LIST (GS_META_LP64_MEMBER, _) };
struct gs_unit_meta_lp64 { GS_META_UNIT_LIST (GS_META_LP64_MEMBER, _) };
struct gearshift_transformer_lp64
{
  GS_META_TRANSFORMER_LIST (GS_META_LP64_MEMBER, _)
};
#undef GS_META_LP64_MEMBER

#ifdef __cplusplus
# define GS_META_STATIC_ASSERT(C, M) static_assert (C, M)
#else
# define GS_META_STATIC_ASSERT(C, M) _Static_assert (C, M)
#endif

/* Check that struct S has the LP64 layout of list LIST: every member
   at its offset, and the same size.  */
#define GS_META_CHECK_MEMBER(S, NAME, KIND, CTYPE)			\
  GS_META_STATIC_ASSERT (offsetof (struct S, NAME)			\
			 == offsetof (struct S##_lp64, NAME),		\
			 #S "." #NAME " is not where x86-64 puts it");
#define GS_META_CHECK_LAYOUT(S, LIST)					\
  LIST (GS_META_CHECK_MEMBER, S)					\
  GS_META_STATIC_ASSERT (sizeof (struct S) == sizeof (struct S##_lp64), \
			 "struct " #S " is not the size x86-64 gives it");

#if defined __x86_64__ && defined __LP64__
GS_META_CHECK_LAYOUT (gs_field_meta, GS_META_FIELD_LIST)
GS_META_CHECK_LAYOUT (gs_point_meta, GS_META_POINT_LIST)
GS_META_CHECK_LAYOUT (gs_fn_meta, GS_META_FN_LIST)
GS_META_CHECK_LAYOUT (gs_global_meta, GS_META_GLOBAL_LIST)
GS_META_CHECK_LAYOUT (gs_type_meta, GS_META_TYPE_LIST)
GS_META_CHECK_LAYOUT (gs_unit_meta, GS_META_UNIT_LIST)
#endif

/* What the plugin's code calls.  */

/* Nonzero while an update is requested or in progress: the cold-path
   check at every point compares it with zero (GS_CHECK_ASM).  */
extern volatile int __gearshift_flag;

/* At point POINT of FN, with the update flag set: return storage for a
   frame of SIZE bytes (aligned to 16) that the caller fills with the
   locals live at the point before returning, or null when the point
   declines (the stack holds an uninstrumented frame, or, at a call-site
   point, the callee did not unwind).  */
extern void *__gearshift_push_frame (const struct gs_fn_meta *fn,
				     unsigned int point, unsigned int size);

/* The number of threads rebuilding a captured stack: the entry of every
   low-gear clone loads it (volatile) and, when it is not zero, asks
   __gearshift_pop_frame for its frame.  */
extern volatile int __gearshift_restoring;

/* At the entry of FN's low-gear clone while restoring: the data of the
   outermost frame not yet restored, which is FN's; the last one ends the
   reconstruction.  Null in a thread that is not restoring.  */
extern void *__gearshift_pop_frame (const struct gs_fn_meta *fn);

/* The point of the frame __gearshift_pop_frame returned last, or -1u.  */
extern unsigned int __gearshift_popped_point (void);

/* At a call-site point being restored: the low-gear clone of the
   function whose frame comes next, to call in place of the callee.  */
extern void *__gearshift_next_low (void);

/* Called by each unit's static constructor.  */
extern void __gearshift_register_unit (const struct gs_unit_meta *unit);

/* The typed allocator (runtime/heap.c): malloc, calloc and realloc of
   an object of the type at TYPE, a row of the unit's heap types (null
   for realloc: the object keeps its type); free, realloc and
   malloc_usable_size of any block, typed or not.  */
extern void *__gearshift_malloc (size_t size, const struct gs_type_meta *type);
extern void *__gearshift_calloc (size_t n, size_t size,
				 const struct gs_type_meta *type);
extern void *__gearshift_realloc (void *p, size_t size,
				  const struct gs_type_meta *type);
extern void __gearshift_free (void *p);
extern size_t __gearshift_malloc_usable_size (void *p);

/* The program's main, renamed by the plugin; the runtime's main calls
   it.  */
extern int __gearshift_main (int argc, char **argv, char **envp);

#endif /* GEARSHIFT_GS_META_H */
