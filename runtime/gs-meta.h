/* gearshift: the metadata the plugin emits and the runtime reads.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   This header is the contract between plugin/gs-metadata.cc, which builds
   these tables as GIMPLE-level static initialisers, and the runtime, which
   reads them.  The plugin cannot include this file (it builds RECORD_TYPEs
   by hand), so any change here must be mirrored there, field for field,
   and GS_META_VERSION bumped.

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

#define GS_META_VERSION 3

/* Kinds of update point (gs_point_meta.kind).  */
enum gs_point_kind
{
  GS_POINT_LOOP = 0,		/* Header of a loop.  */
  GS_POINT_ENTRY = 1,		/* Entry of a function that can recurse.  */
  GS_POINT_EXPLICIT = 2,	/* gearshift_update_point ("label").  */
  GS_POINT_CALL = 3		/* After a call that may unwind.  */
};

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

/* Flags of a global (gs_global_meta.flags).  */
#define GS_GLOBAL_STATIC   1u	/* File-scope static: keyed by file.  */
#define GS_GLOBAL_READONLY 2u	/* const-qualified.  */

/* One field of a function's frame: a source-level parameter or local.  */
struct gs_field_meta
{
  const char *name;		/* Source name ("k", or "k.1" when shadowed).  */
  const char *type;		/* C spelling of the type.  */
  const char *layout;		/* Type descriptor, see above.  */
  unsigned int offset;		/* Byte offset in the frame.  */
  unsigned int size;		/* Bytes.  */
  unsigned int line;		/* Line of the declaration.  */
  unsigned int flags;		/* GS_FIELD_*.  */
};

/* One update point of a function.  */
struct gs_point_meta
{
  const char *label;		/* Stable label: "loop1.2", "entry", "call:f:1"
				   or the explicit label.  */
  unsigned int kind;		/* enum gs_point_kind.  */
  unsigned int line;		/* Source location.  */
  unsigned int column;
  unsigned int nlive;		/* Number of fields saved at this point.  */
  const unsigned int *live;	/* Their indices in the function's fields.  */
};

/* gs_fn_meta.flags.  */
#define GS_FN_PUBLIC 1u		/* Externally visible: another unit may
				   call it.  */

/* One instrumented function.  */
struct gs_fn_meta
{
  const char *name;		/* Source name.  */
  const char *file;		/* Source file.  */
  unsigned int line;
  unsigned int frame_size;	/* Bytes of a saved frame.  */
  unsigned int frame_align;
  unsigned int nfields;
  unsigned int npoints;
  unsigned int flags;		/* GS_FN_*.  */
  /* The bodies: the function itself (high gear); its low-gear clone;
     and the copy of it that low-gear clones call, which the plugin makes
     for a static function called once so that GCC still inlines it
     into its one high-gear caller.  Each is null where there is no such
     body: no clone, no copy, or every call to it inlined.  */
  void (*high) (void);
  void (*low) (void);
  void (*copy) (void);
  const struct gs_field_meta *fields;
  const struct gs_point_meta *points;
};

/* One global variable defined in the unit.  */
struct gs_global_meta
{
  const char *name;
  const char *type;
  const char *layout;
  void *addr;
  unsigned int size;
  unsigned int flags;		/* GS_GLOBAL_*.  */
};

/* A translation unit.  */
struct gs_unit_meta
{
  unsigned int version;		/* GS_META_VERSION.  */
  unsigned int nfns;
  unsigned int nglobals;
  unsigned int flags;		/* Reserved, zero.  */
  const char *file;		/* Main input file.  */
  const struct gs_fn_meta *fns;
  const struct gs_global_meta *globals;
  /* The functions the unit calls without a check after the call, and
     does not define (the C library's, mostly: functions a system header
     declares), by symbol name, sorted.  A public function of another
     unit under one of these names may have been entered from such a
     call, which would not notice that it unwound: no capture includes
     its frame.  */
  unsigned int nunchecked;
  const char *const *unchecked;
};

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

/* Nonzero while the runtime rebuilds a captured stack: the entry of
   every low-gear clone loads it (volatile).  */
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

/* The program's main, renamed by the plugin; the runtime's main calls
   it.  */
extern int __gearshift_main (int argc, char **argv, char **envp);

#endif /* GEARSHIFT_GS_META_H */
