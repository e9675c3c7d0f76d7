/* gearshift: what the plugin's files share.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The pass (gs-pass.cc) runs once per translation unit, after
   build_ssa_passes: every function is in SSA and nothing is inlined yet.
   For each function it asks gs-support.cc whether the function can be
   instrumented, gs-side.cc to move its address-taken variables to the
   side stack, gs-points.cc where the update points go, gs-instrument.cc
   to insert the cold-path checks, gs-frame.cc which variables are live at
   each point and how the frame is laid out, gs-instrument.cc again to
   fill the save paths; gs-clone.cc then makes each function's low-gear
   clone, and finally gs-metadata.cc describes everything for the
   runtime.  A second pass (gs-chunks.cc), at the start of GCC's loop
   optimisations, moves checks out of the loops that GCC has made
   counted by then.  */

#ifndef GEARSHIFT_GS_PLUGIN_H
#define GEARSHIFT_GS_PLUGIN_H

#include "gs-gcc.h"
#include "gs-options.h"
#include "gs-meta.h"

/* The check at every point: the update flag compared with zero, and a
   jump to the save path when it is set (gs-instrument.cc).  x86-64
   assembly: the plugin is built for a native compiler, whose target is
   the host.  Outside a shared object the asm names the flag itself,
   relative to the instruction pointer (an executable gets a copy
   relocation of it), and has no operand but its label; in a shared
   object (flag_shlib) it takes the flag's address in a register, which
   GCC loads from the GOT once, out of the loops.  Neither has a memory
   operand: LIM takes one for a read it cannot analyse and then moves no
   store out of any loop around it (csmith seed 112237: 5 times slower).
   The flag is volatile and only the runtime writes it: the function
   cannot change it, so GCC need not know that the asm reads it.  */
#if !defined __x86_64__
#error "gearshift supports x86-64 targets only (see GS_CHECK_ASM)"
#endif
#define GS_CHECK_ASM "cmpl\t$0, __gearshift_flag(%%rip)\n\tjne\t%l0"
#define GS_CHECK_ASM_SHLIB "cmpl\t$0, (%0)\n\tjne\t%l1"

/* The section of the low-gear side: low-gear clones and their copies of
   callees (gs-clone.cc).  */
#define GS_LOW_SECTION ".text.unlikely.gearshift"

/* One update point of a function being instrumented.  */
struct gs_point
{
  enum gs_point_kind kind;
  char *label;			/* Stable label (xmalloc'ed).  */
  location_t loc;
  gimple *stmt;			/* The call, or the explicit marker.  */
  basic_block header;		/* For a loop point, the loop's header
				   (the point goes on the edge back
				   to it).  */
  unsigned int id;		/* Index in the function's points.  */

  /* Filled by gs_insert_checks.  */
  gasm *check;			/* The asm testing the flag.  */
  basic_block check_bb;		/* The block it ends.  */
  basic_block cont_bb;		/* Where the function goes on.  */
  basic_block save_bb;		/* p = push_frame (...); if (p).  */
  basic_block store_bb;		/* Stores, barrier, return.  */
  gcall *push_call;
  tree frame_ptr;		/* The SSA name p.  */
  tree call_lhs;		/* The call's result: not saved.  */

  /* Filled by gs_compute_liveness: what is saved here.  LIVE holds SSA
     names (register values) and decls (memory variables); FIELDS the
     matching frame field indices.  */
  vec<tree> live;
  vec<unsigned int> fields;
};

/* One field of a frame.  */
struct gs_field
{
  tree key;			/* The VAR_DECL or PARM_DECL, or for a
				   compiler temporary its SSA name.  */
  tree type;
  char *name;
  unsigned int flags;		/* GS_FIELD_*.  */
  tree field_decl;		/* In the frame's RECORD_TYPE.  */
};

/* A function being instrumented.  */
struct gs_function
{
  cgraph_node *node;
  tree decl;
  unsigned int index;		/* In the unit's function table.  */
  bool recursive;		/* Gets an entry point (auto, loops).  */
  bool no_pad;			/* unwind=eh, but a call-site point got a
				   check, no landing pad (GS_FN_NO_PAD).  */
  bool redirectable;		/* Its body starts after the nops that an
				   update fills with a jump to the new
				   version (GS_FN_REDIRECTABLE).  */
  bool passes;			/* A call in tail position that may
				   unwind has no point (GS_FN_PASSES).  */
  bool bare;			/* In the metadata only: no point, no
				   call that can unwind (so never on a
				   captured stack, and calls to it are
				   not points), but pointers to it may
				   be held (its address is taken, here
				   or, as it is public, in another
				   unit): an update redirects its entry.
				   Not instrumented, no low-gear clone.  */
  vec<gs_point *> points;
  vec<char *> exempt;		/* Loops left without a point, and why.  */
  vec<gs_field> fields;
  tree frame_type;		/* RECORD_TYPE, or null when empty.  */
  tree low;			/* The low-gear clone, or null.  */
  tree copy;			/* The copy low-gear clones call, or null.  */
  tree side;			/* The side-stack block, or null.  */
  basic_block side_prologue;	/* Takes it and copies parameters in.  */
  unsigned int side_size;	/* Its size.  */
  vec<tree> side_vars;		/* Variables moved there...  */
  vec<tree> side_ptrs;		/* ...and the SSA pointers to them.  */
  vec<tree> stack_vars;		/* Address-taken variables left in the
				   frame: callees only borrow their
				   address (gs-side.cc).  */
};

/* The translation unit being instrumented.  */
/* A struct or union type that code of the unit reads or writes through
   a pointer, and where it first does (gs-types.cc).  */
struct gs_heap_type
{
  tree type;
  location_t loc;		/* The first access through a pointer.  */
  location_t alloc;		/* The first allocation seen, if any.  */
  bool tracked;			/* Allocated by the typed allocator.  */
  location_t untracked;		/* The first allocation it does not see
				   (UNKNOWN_LOCATION if none).  */
};

struct gs_unit
{
  vec<gs_function *> fns;
  hash_set<tree> *instrumented;	/* Decls of the functions in FNS.  */
  hash_set<tree> *entry_points;	/* Those that get an entry point.  */
  hash_set<tree> *uninstrumented; /* Defined here, left alone.  */
  hash_set<tree> *passed_again;	/* Parameters that callers pass again
				   when they resume a call
				   (GS_FIELD_ARGUMENT).  */
  tree flag_decl;		/* __gearshift_flag.  */
  tree push_decl;		/* __gearshift_push_frame.  */
  tree unwind_decl;		/* __gearshift_unwind (unwind=eh).  */
  tree restoring_decl;		/* __gearshift_restoring.  */
  tree pop_decl;		/* __gearshift_pop_frame.  */
  tree popped_point_decl;	/* __gearshift_popped_point.  */
  tree next_low_decl;		/* __gearshift_next_low.  */
  tree side_alloc_decl;		/* __gearshift_side_alloc.  */
  tree side_release_decl;	/* __gearshift_side_release.  */
  tree side_top_decl;		/* __gearshift_side_top (thread-local).  */
  tree side_end_decl;		/* __gearshift_side_end (thread-local).  */
  hash_map<tree, tree> *low_of;	/* Instrumented decl -> low clone.  */
  tree fn_meta_type;		/* struct gs_fn_meta.  */
  tree fns_var;			/* The unit's gs_fn_meta array.  */
  vec<gs_heap_type> heap_types;	/* Types used through pointers.  */
  tree types_var;		/* Their gs_type_meta array, or null.  */
};

/* gs-support.cc */
extern const char *gs_unsupported_reason (cgraph_node *, location_t *,
					  bool *);
extern bool gs_defined_here_p (tree);
extern char *gs_static_name (tree, const char *);
extern bool gs_calls_instrumentable_p (gimple *, gs_unit *);
extern bool gs_marker_call_p (gimple *);
extern bool gs_asm_or_call_p (gimple *);

/* gs-points.cc */
extern void gs_find_points (gs_unit *, gs_function *, bool);
extern bool gs_tail_call_p (gimple *);

/* gs-chunks.cc */
extern tree gs_opaque_value (tree, gimple_seq *);
extern void gs_note_loop_point (unsigned int, unsigned int);

/* gs-instrument.cc */
extern gasm *gs_find_check (basic_block);
extern gcall *gs_save_push (basic_block);
extern void gs_append (basic_block, gimple *);
extern void gs_copy_phi_args (edge, edge);
extern void gs_insert_checks (gs_unit *, gs_function *);
extern void gs_fill_save_paths (gs_unit *, gs_function *);

/* gs-clone.cc */
extern bool gs_make_low_clone (gs_function *);
extern void gs_add_restore_path (gs_unit *, gs_function *);
extern void gs_redirect_to_low (gs_unit *);
extern void gs_copy_callees_for_low (gs_unit *);

/* gs-side.cc */
extern void gs_move_to_side_stack (gs_unit *, gs_function *);
extern void gs_inline_side_stack (gs_unit *, bool);
extern void gs_find_parms_passed_again (gs_unit *);
extern bool gs_passes_again_p (gs_unit *, tree);
extern void gs_rematerialize_side_pointers (gs_function *);

/* gs-frame.cc */
extern tree gs_constant_value (tree);
extern void gs_compute_liveness (gs_unit *, gs_function *);
extern void gs_layout_frame (gs_function *);

/* gs-pass.cc */
extern void gs_function_bodies (vec<cgraph_node *> *);
extern void gs_body_statements (vec<gimple *> *);

/* gs-canon.cc */
extern void gs_canonical_addresses (void);
extern bool gs_canonical_p (tree fn);

/* gs-metadata.cc */
extern void gs_build_meta_types (gs_unit *);
extern void gs_emit_metadata (gs_unit *);
extern void gs_fill_body_address (tree);
extern void gs_fill_cold_address (tree);
extern void gs_fill_global_addresses (void);

/* gs-types.cc */
extern char *gs_type_name (tree);
extern char *gs_type_layout (tree);
extern void gs_find_heap_types (gs_unit *);
extern void gs_route_allocations (gs_unit *);

#endif /* GEARSHIFT_GS_PLUGIN_H */
