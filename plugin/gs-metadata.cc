/* gearshift: the per-unit metadata table and its registration.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Emits, as read-only static data, the structures of runtime/gs-meta.h
   (built here as RECORD_TYPEs from that header's member lists),
   and a static constructor calling __gearshift_register_unit (&unit),
   so that executables and shared objects announce themselves the same
   way; the unit's address also goes into section gs_units, for tools
   that read a file without running it.  The function table is declared before any function is
   instrumented, since every save path passes the address of its
   function's entry to the runtime; it gets its initialiser last.

   Everything is built inside one execution of the IPA pass and handed
   to the varpool, which keeps it alive: no GC roots are needed.

   The addresses of a function's high-gear body and of its copy for the
   low-gear side (gs-clone.cc) are filled in only when GCC outputs that
   body (gs_fill_body_address, called as each function's passes start).
   Taken during the IPA pass, they would keep every instrumented static
   function out of line, since a function whose address is taken is
   never inlined into all its callers and removed.  Where GCC did inline
   every call, the field stays null: no frame can start there and no
   pointer can hold it.  A body that GCC's hot/cold partitioning splits
   gets the address of its cold part too, once its final pass knows
   there is one (gs_fill_cold_address).  The table is output after the
   functions, both in toplevel order (it is created after them) and
   otherwise (variables are output last).  Likewise the global table
   gets the addresses of variables only once GCC's interprocedural
   passes are over (gs_fill_global_addresses).  */

#include "gs-plugin.h"

/* The index of each member of the structures of gs-meta.h, as
   GS_META_<STRUCT>_<member>, and their number, GS_META_<STRUCT>_N.  */
#define GS_META_INDEX(P, NAME, KIND, CTYPE) P##NAME,
enum { GS_META_FIELD_LIST (GS_META_INDEX, FIELD_) FIELD_N };
enum { GS_META_POINT_LIST (GS_META_INDEX, POINT_) POINT_N };
enum { GS_META_FN_LIST (GS_META_INDEX, FN_) FN_N };
enum { GS_META_GLOBAL_LIST (GS_META_INDEX, GLOBAL_) GLOBAL_N };
enum { GS_META_TYPE_LIST (GS_META_INDEX, TYPE_) TYPE_N };
enum { GS_META_UNIT_LIST (GS_META_INDEX, UNIT_) UNIT_N };
#undef GS_META_INDEX

/* A member of a structure of gs-meta.h: its name, its kind, and where
   x86-64 puts it.  */
struct meta_member
{
  const char *name;
  enum gs_meta_kind kind;
  size_t offset;
};

#define GS_META_MEMBER(S, NAME, KIND, CTYPE)				\
  { #NAME, GS_META_KIND_##KIND, offsetof (struct S##_lp64, NAME) },
static const meta_member field_members[]
  = { GS_META_FIELD_LIST (GS_META_MEMBER, gs_field_meta) };
static const meta_member point_members[]
  = { GS_META_POINT_LIST (GS_META_MEMBER, gs_point_meta) };
static const meta_member fn_members[]
  = { GS_META_FN_LIST (GS_META_MEMBER, gs_fn_meta) };
static const meta_member global_members[]
  = { GS_META_GLOBAL_LIST (GS_META_MEMBER, gs_global_meta) };
static const meta_member type_members[]
  = { GS_META_TYPE_LIST (GS_META_MEMBER, gs_type_meta) };
static const meta_member unit_members[]
  = { GS_META_UNIT_LIST (GS_META_MEMBER, gs_unit_meta) };
#undef GS_META_MEMBER

/* Record types of gs-meta.h.  */
static tree field_meta_type, point_meta_type, global_meta_type,
  type_meta_type, unit_meta_type;

/* Common types.  */
static tree cstr_type, uint_type, code_ptr_type;

/* The type of a member of kind KIND.  */

static tree
member_type (enum gs_meta_kind kind)
{
  switch (kind)
    {
    case GS_META_KIND_STR: return cstr_type;
    case GS_META_KIND_UINT: return uint_type;
    case GS_META_KIND_TABLE: return const_ptr_type_node;
    case GS_META_KIND_ADDR: return ptr_type_node;
    case GS_META_KIND_CODE: default: return code_ptr_type;
    }
}

/* Build the RECORD_TYPE NAME of the N members MEMBERS.  The target
   lays it out; the runtime and the gearshift command read it as x86-64
   does, which the plugin's target is: check that they agree.  */

static tree
make_record (const char *name, int n, const meta_member *members)
{
  tree chain = NULL_TREE;
  /* Prepending builds the chain last to first; finish_builtin_struct
     reverses it back into declaration order.  */
  for (int i = 0; i < n; i++)
    {
      tree f = build_decl (BUILTINS_LOCATION, FIELD_DECL,
			   get_identifier (members[i].name),
			   member_type (members[i].kind));
      DECL_CHAIN (f) = chain;
      chain = f;
    }
  tree rec = make_node (RECORD_TYPE);
  finish_builtin_struct (rec, name, chain, NULL_TREE);
  int i = 0;
  for (tree f = TYPE_FIELDS (rec); f; f = DECL_CHAIN (f), i++)
    gcc_assert ((size_t) int_byte_position (f) == members[i].offset);
  return rec;
}

/* A static, read-only, artificial array of N elements of ELT, named
   from NAME, that code refers to before its initialiser is made
   (finish_static gives it one).  */

static tree
table_var (const char *name, tree elt, unsigned n)
{
  tree var = build_decl (BUILTINS_LOCATION, VAR_DECL,
			 create_tmp_var_name (name),
			 build_array_type_nelts (elt, n));
  TREE_STATIC (var) = 1;
  TREE_READONLY (var) = 1;
  DECL_ARTIFICIAL (var) = 1;
  DECL_IGNORED_P (var) = 1;
  TREE_USED (var) = 1;
  return var;
}

/* Build the record types; declare the unit's function table of
   UNIT->fns.length () entries.  */

void
gs_build_meta_types (gs_unit *unit)
{
  cstr_type = build_pointer_type (build_qualified_type (char_type_node,
							 TYPE_QUAL_CONST));
  uint_type = unsigned_type_node;
  code_ptr_type = build_pointer_type (build_function_type_list
				      (void_type_node, NULL_TREE));

  field_meta_type = make_record ("gs_field_meta", FIELD_N, field_members);
  point_meta_type = make_record ("gs_point_meta", POINT_N, point_members);
  unit->fn_meta_type = make_record ("gs_fn_meta", FN_N, fn_members);
  global_meta_type = make_record ("gs_global_meta", GLOBAL_N,
				  global_members);
  type_meta_type = make_record ("gs_type_meta", TYPE_N, type_members);
  unit_meta_type = make_record ("gs_unit_meta", UNIT_N, unit_members);

  unsigned n = unit->fns.length ();
  unit->fns_var = table_var ("__gs_fns", unit->fn_meta_type, n ? n : 1);
  /* The heap types' table, which allocations refer to
     (gs_route_allocations).  */
  unsigned nt = unit->heap_types.length ();
  unit->types_var = nt ? table_var ("__gs_types", type_meta_type, nt)
		    : NULL_TREE;
}

/* Finish the static, read-only, artificial VAR with initialiser INIT.  */

static void
finish_static (tree var, tree init)
{
  TREE_STATIC (var) = 1;
  TREE_READONLY (var) = 1;
  DECL_ARTIFICIAL (var) = 1;
  DECL_IGNORED_P (var) = 1;
  TREE_USED (var) = 1;
  TREE_CONSTANT (init) = 1;
  TREE_STATIC (init) = 1;
  DECL_INITIAL (var) = init;
  varpool_node::finalize_decl (var);
}

/* A new static read-only variable of TYPE holding INIT; its address.
   Set *VAR to the variable if VAR is not null.  */

static tree
static_data (tree type, tree init, tree *var = NULL)
{
  tree v = build_decl (BUILTINS_LOCATION, VAR_DECL,
		       create_tmp_var_name ("__gs_meta"), type);
  finish_static (v, init);
  if (var)
    *var = v;
  return build_fold_addr_expr (v);
}

/* A string constant S, as a const char *.  */

static tree
cstr (const char *s)
{
  return fold_convert (cstr_type, build_string_literal (strlen (s) + 1, s));
}

/* An unsigned int constant.  */

static tree
uint_cst (unsigned HOST_WIDE_INT v)
{
  return build_int_cst (uint_type, v);
}

/* A record constructor of TYPE from the N values VALS, in field order
   (indexed by the GS_META_INDEX enums); every field gets one.  */

static tree
record (tree type, int n, const tree *vals)
{
  vec<constructor_elt, va_gc> *v = NULL;
  tree f = TYPE_FIELDS (type);
  for (int i = 0; i < n; i++, f = DECL_CHAIN (f))
    {
      gcc_assert (f && vals[i]);
      CONSTRUCTOR_APPEND_ELT (v, f, vals[i]);
    }
  gcc_assert (!f);
  return build_constructor (type, v);
}

/* A static array of ELT_TYPE holding ROWS, and its address as a const
   void *, or a null pointer when there are no rows.  Set *VAR to the
   array (null without rows) if VAR is not null.  */

static tree
array_of (tree elt_type, vec<constructor_elt, va_gc> *rows,
	  tree *var = NULL)
{
  unsigned n = vec_safe_length (rows);
  if (var)
    *var = NULL_TREE;
  if (n == 0)
    return null_pointer_node;
  tree type = build_array_type_nelts (elt_type, n);
  return fold_convert (const_ptr_type_node,
		       static_data (type, build_constructor (type, rows),
				    var));
}

/* The field table of GF.  */

static tree
fields_table (gs_function *gf)
{
  vec<constructor_elt, va_gc> *rows = NULL;
  unsigned i;
  gs_field *f;
  FOR_EACH_VEC_ELT (gf->fields, i, f)
    {
      /* An indirect field describes the variable it points to.  */
      tree vtype = (f->flags & GS_FIELD_INDIRECT
		    ? TREE_TYPE (f->key) : TREE_TYPE (f->field_decl));
      char *type = gs_type_name (f->flags & GS_FIELD_INDIRECT
				 ? TREE_TYPE (f->key) : f->type);
      char *lay = gs_type_layout (vtype);
      tree key = TREE_CODE (f->key) == SSA_NAME ? NULL_TREE : f->key;
      tree vals[FIELD_N];
      vals[FIELD_name] = cstr (f->name);
      vals[FIELD_type] = cstr (type);
      vals[FIELD_layout] = cstr (lay);
      vals[FIELD_offset] = uint_cst (int_byte_position (f->field_decl));
      vals[FIELD_size] = uint_cst (f->flags & GS_FIELD_SIDE ? gf->side_size
				   : tree_to_uhwi (TYPE_SIZE_UNIT (vtype)));
      vals[FIELD_line]
	= uint_cst (key ? LOCATION_LINE (DECL_SOURCE_LOCATION (key)) : 0);
      vals[FIELD_flags] = uint_cst (f->flags);
      CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE,
			      record (field_meta_type, FIELD_N, vals));
      free (type);
      free (lay);
    }
  return array_of (field_meta_type, rows);
}

/* The point table of GF.  */

static tree
points_table (gs_function *gf)
{
  vec<constructor_elt, va_gc> *rows = NULL;
  unsigned i;
  gs_point *p;
  FOR_EACH_VEC_ELT (gf->points, i, p)
    {
      vec<constructor_elt, va_gc> *live = NULL;
      for (unsigned j = 0; j < p->fields.length (); j++)
	CONSTRUCTOR_APPEND_ELT (live, NULL_TREE, uint_cst (p->fields[j]));
      expanded_location x = expand_location (p->loc);
      tree vals[POINT_N];
      vals[POINT_label] = cstr (p->label);
      vals[POINT_kind] = uint_cst (p->kind);
      vals[POINT_line] = uint_cst (x.line);
      vals[POINT_column] = uint_cst (x.column);
      vals[POINT_nlive] = uint_cst (p->fields.length ());
      vals[POINT_live] = array_of (uint_type, live);
      CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE,
			      record (point_meta_type, POINT_N, vals));
    }
  return array_of (point_meta_type, rows);
}

/* Where the address of a body, or of its cold part, goes once GCC
   outputs it.  */
struct body_slot
{
  tree row;			/* The function's row, a CONSTRUCTOR.  */
  unsigned field;		/* FN_high, FN_copy or an FN_*_cold.  */
};

typedef hash_map<int_hash<unsigned, UINT_MAX, UINT_MAX - 1>, body_slot>
  body_slot_map;

/* The slots still to fill, by DECL_UID of the body's function (a decl
   GCC removes takes its uid with it, where its address could be
   reused): of the bodies, and of their cold parts.  */
static body_slot_map *body_slots, *cold_slots;

/* Remember, in *SLOTS, ROW's field FIELD as the slot of FNDECL.  */

static void
add_slot (body_slot_map **slots, tree fndecl, tree row, unsigned field)
{
  if (!*slots)
    *slots = new body_slot_map;
  body_slot slot = { row, field };
  (*slots)->put (DECL_UID (fndecl), slot);
}

/* Fill ROW's field FIELD with the address of FNDECL once GCC outputs
   its body, and field COLD with the address of the body's cold part if
   GCC splits one off.  */

static void
fill_when_output (tree fndecl, tree row, unsigned field, unsigned cold)
{
  add_slot (&body_slots, fndecl, row, field);
  add_slot (&cold_slots, fndecl, row, cold);
}

/* Give SLOT, FNDECL's in SLOTS, the address of TARGET; forget it.  */

static void
fill_slot (body_slot_map *slots, body_slot *slot, tree fndecl, tree target)
{
  constructor_elt *elt = CONSTRUCTOR_ELT (slot->row, slot->field);
  elt->value = fold_convert (TREE_TYPE (elt->value),
			     build_fold_addr_expr (target));
  slots->remove (DECL_UID (fndecl));
}

/* FNDECL's body is about to be compiled and output: give its row of the
   function table its address.  */

void
gs_fill_body_address (tree fndecl)
{
  body_slot *slot = body_slots ? body_slots->get (DECL_UID (fndecl)) : NULL;
  if (slot)
    fill_slot (body_slots, slot, fndecl, fndecl);
}

/* FNDECL's body is being output, in two parts: give its row of the
   function table the start of the cold one, "FNDECL.cold", the name
   final.cc gives it.  GCC outputs the table after the functions, so the
   label is defined in the same assembler file by then.  */

void
gs_fill_cold_address (tree fndecl)
{
  body_slot *slot = cold_slots ? cold_slots->get (DECL_UID (fndecl)) : NULL;
  if (!slot)
    return;
  tree name = clone_function_name (fndecl, "cold");
  tree cold = build_decl (DECL_SOURCE_LOCATION (fndecl), FUNCTION_DECL,
			  name, TREE_TYPE (fndecl));
  SET_DECL_ASSEMBLER_NAME (cold, name);
  DECL_EXTERNAL (cold) = 1;
  TREE_PUBLIC (cold) = 1;
  DECL_ARTIFICIAL (cold) = 1;
  fill_slot (cold_slots, slot, fndecl, cold);
}

/* The row of the function table for GF.  */

static tree
function_row (gs_unit *unit, gs_function *gf)
{
  expanded_location x = expand_location (DECL_SOURCE_LOCATION (gf->decl));
  tree frame = gf->frame_type;
  tree null_code = fold_convert (code_ptr_type, null_pointer_node);
  tree vals[FN_N];
  vals[FN_name] = cstr (IDENTIFIER_POINTER (DECL_NAME (gf->decl)));
  vals[FN_file] = cstr (x.file ? x.file : "");
  vals[FN_line] = uint_cst (x.line);
  char *type = gs_type_name (TREE_TYPE (gf->decl));
  vals[FN_type] = cstr (type);
  free (type);
  vals[FN_frame_size]
    = uint_cst (frame ? tree_to_uhwi (TYPE_SIZE_UNIT (frame)) : 0);
  vals[FN_frame_align] = uint_cst (frame ? TYPE_ALIGN_UNIT (frame) : 1);
  vals[FN_nfields] = uint_cst (gf->fields.length ());
  vals[FN_npoints] = uint_cst (gf->points.length ());
  vals[FN_flags] = uint_cst ((TREE_PUBLIC (gf->decl) ? GS_FN_PUBLIC : 0)
			     | (gs_opts.unwind_eh ? GS_FN_EH : 0)
			     | (gf->no_pad ? GS_FN_NO_PAD : 0)
			     | (gf->passes ? GS_FN_PASSES : 0)
			     | (gf->node->address_taken ? GS_FN_ESCAPES : 0)
			     | (gf->redirectable ? GS_FN_REDIRECTABLE : 0)
			     | (gf->bare ? GS_FN_BARE : 0));
  vals[FN_high] = null_code;
  vals[FN_low] = (gf->low ? fold_convert (code_ptr_type,
					  build_fold_addr_expr (gf->low))
		  : null_code);
  vals[FN_copy] = null_code;
  vals[FN_high_cold] = vals[FN_low_cold] = vals[FN_copy_cold] = null_code;
  vals[FN_fields] = fields_table (gf);
  vals[FN_points] = points_table (gf);
  tree row = record (unit->fn_meta_type, FN_N, vals);
  fill_when_output (gf->decl, row, FN_high, FN_high_cold);
  if (gf->low)
    add_slot (&cold_slots, gf->low, row, FN_low_cold);
  if (gf->copy)
    fill_when_output (gf->copy, row, FN_copy, FN_copy_cold);
  return row;
}

/* Whether the global VAR belongs in the metadata: a variable the user
   defined here, thread-local or not.  Not the transformers
   <gearshift.h> defines (__gearshift_tr_*): they are the update's
   machinery, not the program's state.  */

static bool
described_global_p (tree var)
{
  return (DECL_NAME (var) && !DECL_ARTIFICIAL (var) && !DECL_EXTERNAL (var)
	  && !startswith (IDENTIFIER_POINTER (DECL_NAME (var)),
			  "__gearshift_")
	  && !DECL_HARD_REGISTER (var)
	  && TYPE_SIZE_UNIT (TREE_TYPE (var))
	  && tree_fits_uhwi_p (TYPE_SIZE_UNIT (TREE_TYPE (var))));
}

/* Whether VAR is static to its file: not public, or made public only to
   be reachable through the GOT (gs-pass.cc, prepare_shared_object).  */

static bool
file_static_p (tree var)
{
  return (!TREE_PUBLIC (var)
	  || startswith (IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (var)),
			 "__gs_static."));
}

/* Where the address of a global goes once GCC's interprocedural passes
   are over: its row of the global table (a CONSTRUCTOR), by DECL_UID
   of the variable.  */
static hash_map<int_hash<unsigned, UINT_MAX, UINT_MAX - 1>, tree>
  *global_slots;

/* The variable holding the global table.  */
static tree globals_var;

/* The thread-local globals of the table, with their rows' indices, for
   the unit's TLS function (tls_function).  */
struct tls_global
{
  tree var;
  unsigned index;
};
static vec<tls_global> tls_globals;

/* The global table of the unit; set *N to its length.  The addresses
   are left null, for gs_fill_global_addresses.  */

static tree
globals_table (unsigned *n)
{
  vec<constructor_elt, va_gc> *rows = NULL;
  varpool_node *vnode;
  if (!global_slots)
    global_slots = new hash_map<int_hash<unsigned, UINT_MAX, UINT_MAX - 1>,
				tree>;
  FOR_EACH_DEFINED_VARIABLE (vnode)
    {
      tree var = vnode->decl;
      if (!described_global_p (var))
	continue;
      tree type = TREE_TYPE (var);
      char *tname = gs_type_name (type);
      char *lay = gs_type_layout (type);
      char *name = gs_static_name (var, "::");
      unsigned flags = ((file_static_p (var) ? GS_GLOBAL_STATIC : 0)
			| (TREE_READONLY (var)
			   || TYPE_READONLY (strip_array_types (type))
			   ? GS_GLOBAL_READONLY : 0)
			| (DECL_THREAD_LOCAL_P (var)
			   ? GS_GLOBAL_THREAD_LOCAL : 0));
      if (DECL_THREAD_LOCAL_P (var))
	{
	  tls_global g = { var, vec_safe_length (rows) };
	  tls_globals.safe_push (g);
	}
      tree vals[GLOBAL_N];
      vals[GLOBAL_name] = cstr (name);
      vals[GLOBAL_type] = cstr (tname);
      vals[GLOBAL_layout] = cstr (lay);
      vals[GLOBAL_addr] = fold_convert (ptr_type_node, null_pointer_node);
      vals[GLOBAL_size] = uint_cst (tree_to_uhwi (TYPE_SIZE_UNIT (type)));
      vals[GLOBAL_flags] = uint_cst (flags);
      tree row = record (global_meta_type, GLOBAL_N, vals);
      CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE, row);
      /* A thread-local variable has no address common to the threads:
	 its row keeps a null one.  */
      if (!DECL_THREAD_LOCAL_P (var))
	global_slots->put (DECL_UID (var), row);
      free (tname);
      free (lay);
      free (name);
    }
  *n = vec_safe_length (rows);
  return array_of (global_meta_type, rows, &globals_var);
}

/* GCC's interprocedural passes are over: give each row of the global
   table the address of its variable, and mark the variables GCC found
   never written read-only.  Taken earlier, the addresses would make
   every variable look address-taken to those passes, so none would be
   found read-only (and folded into its readers), write-only, or
   unused.  A variable that GCC removed, or whose stores it removes
   because nothing reads it, keeps a null address: this version holds
   no value of it (an update gives the new version's variable its own
   initial value).  */

void
gs_fill_global_addresses (void)
{
  if (!global_slots || !globals_var)
    return;
  varpool_node *table = varpool_node::get (globals_var);
  varpool_node *vnode;
  FOR_EACH_DEFINED_VARIABLE (vnode)
    {
      tree *row = global_slots->get (DECL_UID (vnode->decl));
      if (!row || vnode->writeonly)
	continue;
      constructor_elt *addr = CONSTRUCTOR_ELT (*row, GLOBAL_addr);
      addr->value = fold_convert (ptr_type_node,
				  build_fold_addr_expr (vnode->decl));
      if (TREE_READONLY (vnode->decl))
	{
	  constructor_elt *flags = CONSTRUCTOR_ELT (*row, GLOBAL_flags);
	  flags->value = uint_cst (tree_to_uhwi (flags->value)
				   | GS_GLOBAL_READONLY);
	}
      /* Keep the variable until output, as the table now refers to it.  */
      if (table)
	table->create_reference (vnode, IPA_REF_ADDR);
    }
  delete global_slots;
  global_slots = NULL;
}

/* A table of the symbol names NAMES, sorted (the runtime searches it);
   set *N to their number.  */

static tree
sorted_names_table (vec<const char *> &names, unsigned *n)
{
  names.qsort ([] (const void *a, const void *b)
	       { return strcmp (*(const char *const *) a,
				*(const char *const *) b); });
  vec<constructor_elt, va_gc> *rows = NULL;
  for (const char *name : names)
    CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE, cstr (name));
  *n = names.length ();
  return array_of (cstr_type, rows);
}

/* The table of the names of the functions that code of this unit calls
   directly, without a check after the call, and that it does not
   define: the C library's, mostly (gs_calls_instrumentable_p).  Should
   another unit of the program define one of them, the runtime declines
   to capture while it is on the stack, since such a call would not
   notice it unwound.  Every body of the unit counts, instrumented or
   not: an uninstrumented function may be inlined into an instrumented
   one.  Set *N to the number of names.  */

static tree
unchecked_table (gs_unit *unit, unsigned *n)
{
  hash_set<nofree_string_hash> seen;
  auto_vec<const char *> names;
  auto_vec<gimple *> stmts;
  gs_body_statements (&stmts);
  for (gimple *stmt : stmts)
    {
      tree callee = (is_gimple_call (stmt) && !gimple_call_internal_p (stmt)
		     ? gimple_call_fndecl (stmt) : NULL_TREE);
      if (!callee || !TREE_PUBLIC (callee) || gs_defined_here_p (callee)
	  || fndecl_built_in_p (callee, BUILT_IN_MD)
	  || gs_calls_instrumentable_p (stmt, unit))
	continue;
      const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (callee));
      if (*name == '*')
	name++;
      if (startswith (name, "__builtin_") || startswith (name, "gearshift_")
	  || startswith (name, "__gearshift_") || seen.add (name))
	continue;
      names.safe_push (name);
    }
  return sorted_names_table (names, n);
}

/* The table of the names of the functions of the program whose address
   this unit takes and that it does not define, in code or in data
   (GCC's address_taken of an external declaration): pointers to them
   may be held anywhere, though their own unit sees no use of their
   address (gs_rules_escapes): those whose address would have a
   canonical slot (gs_canonical_p).  Set *N to the number of names.  */

static tree
taken_table (unsigned *n)
{
  auto_vec<const char *> names;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree decl = node->decl;
      if (node->definition || !node->address_taken || !TREE_PUBLIC (decl)
	  || !gs_canonical_p (decl))
	continue;
      const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
      names.safe_push (*name == '*' ? name + 1 : name);
    }
  return sorted_names_table (names, n);
}

/* The table of UNIT's heap types (gs_find_heap_types); set *N to its
   length.  */

static tree
types_table (gs_unit *unit, unsigned *n)
{
  vec<constructor_elt, va_gc> *rows = NULL;
  for (gs_heap_type &h : unit->heap_types)
    {
      char *name = gs_type_name (h.type);
      char *lay = gs_type_layout (h.type);
      /* A type only allocated, never used through a pointer, is known
	 by its allocation.  */
      expanded_location x = expand_location (h.loc != UNKNOWN_LOCATION
					     ? h.loc : h.alloc);
      tree vals[TYPE_N];
      vals[TYPE_name] = cstr (name);
      vals[TYPE_layout] = cstr (lay);
      vals[TYPE_file] = cstr (x.file ? x.file : "");
      vals[TYPE_line] = uint_cst (x.line);
      /* The first allocation the runtime does not see, if any.  */
      expanded_location a = expand_location (h.untracked != UNKNOWN_LOCATION
					     ? h.untracked : h.alloc);
      vals[TYPE_alloc_file] = cstr (a.file ? a.file : "");
      vals[TYPE_alloc_line] = uint_cst (a.file ? a.line : 0);
      vals[TYPE_size] = uint_cst (tree_to_uhwi (TYPE_SIZE_UNIT (h.type)));
      vals[TYPE_flags] = uint_cst ((h.tracked ? GS_TYPE_TRACKED : 0)
				   | (h.untracked != UNKNOWN_LOCATION
				      ? GS_TYPE_UNTRACKED : 0));
      CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE,
			      record (type_meta_type, TYPE_N, vals));
      free (name);
      free (lay);
    }
  *n = vec_safe_length (rows);
  if (!unit->types_var)
    return null_pointer_node;
  finish_static (unit->types_var,
		 build_constructor (TREE_TYPE (unit->types_var), rows));
  return fold_convert (const_ptr_type_node,
		       build_fold_addr_expr (unit->types_var));
}

/* The unit's TLS function, void *f (unsigned int i), which returns the
   calling thread's address of the thread-local global at row I of the
   globals table (null for another row), as the address of a code
   pointer for the unit's row; or a null pointer when the unit defines
   no thread-local global.  Only code can take such an address: each
   thread has its own copy, in a block the C library may even allocate
   on first use.  Built as cgraph_build_static_cdtor builds a
   constructor.  */

static tree
tls_function (void)
{
  if (tls_globals.is_empty ())
    return fold_convert (code_ptr_type, null_pointer_node);

  tree saved_fn = current_function_decl;
  function *saved_cfun = cfun;
  tree fntype = build_function_type_list (ptr_type_node,
					  unsigned_type_node, NULL_TREE);
  tree decl = build_decl (BUILTINS_LOCATION, FUNCTION_DECL,
			  create_tmp_var_name ("__gs_tls"), fntype);
  tree parm = build_decl (BUILTINS_LOCATION, PARM_DECL,
			  get_identifier ("index"), unsigned_type_node);
  tree result = build_decl (BUILTINS_LOCATION, RESULT_DECL, NULL_TREE,
			    ptr_type_node);
  DECL_ARG_TYPE (parm) = unsigned_type_node;
  DECL_CONTEXT (parm) = decl;
  TREE_USED (parm) = 1;
  DECL_ARGUMENTS (decl) = parm;
  DECL_ARTIFICIAL (result) = 1;
  DECL_CONTEXT (result) = decl;
  DECL_RESULT (decl) = result;
  current_function_decl = decl;
  allocate_struct_function (decl, false);
  TREE_STATIC (decl) = 1;
  TREE_USED (decl) = 1;
  DECL_ARTIFICIAL (decl) = 1;
  DECL_IGNORED_P (decl) = 1;
  DECL_UNINLINABLE (decl) = 1;
  DECL_PRESERVE_P (decl) = 1;
  DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (decl) = 1;
  DECL_INITIAL (decl) = make_node (BLOCK);
  BLOCK_SUPERCONTEXT (DECL_INITIAL (decl)) = decl;
  TREE_USED (DECL_INITIAL (decl)) = 1;
  cfun->function_end_locus = BUILTINS_LOCATION;

  /* if (index == I) return &VAR; ... return 0;  */
  tree body = NULL_TREE;
  for (const tls_global &g : tls_globals)
    {
      tree ret = build1 (RETURN_EXPR, void_type_node,
			 build2 (MODIFY_EXPR, ptr_type_node, result,
				 fold_convert (ptr_type_node,
					       build_fold_addr_expr (g.var))));
      append_to_statement_list (build3 (COND_EXPR, void_type_node,
					build2 (EQ_EXPR, boolean_type_node,
						parm, uint_cst (g.index)),
					ret, NULL_TREE), &body);
    }
  append_to_statement_list (build1 (RETURN_EXPR, void_type_node,
				    build2 (MODIFY_EXPR, ptr_type_node,
					    result, null_pointer_node)),
			    &body);
  DECL_SAVED_TREE (decl) = body;
  gimplify_function_tree (decl);
  cgraph_node::add_new_function (decl, false);
  set_cfun (saved_cfun);
  current_function_decl = saved_fn;
  tls_globals.release ();
  return fold_convert (code_ptr_type, build_fold_addr_expr (decl));
}

/* Emit the unit's tables and the constructor that registers them.  */

void
gs_emit_metadata (gs_unit *unit)
{
  unsigned nglobals;
  tree globals = globals_table (&nglobals);

  vec<constructor_elt, va_gc> *rows = NULL;
  unsigned i;
  gs_function *gf;
  FOR_EACH_VEC_ELT (unit->fns, i, gf)
    CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE, function_row (unit, gf));
  if (unit->fns.is_empty ())
    {
      /* The table was declared with one entry; give it a zero row.  */
      CONSTRUCTOR_APPEND_ELT (rows, NULL_TREE,
			      build_constructor (unit->fn_meta_type, NULL));
    }
  finish_static (unit->fns_var, build_constructor (TREE_TYPE (unit->fns_var),
						   rows));

  unsigned nunchecked;
  tree unchecked = unchecked_table (unit, &nunchecked);
  tree vals[UNIT_N];
  vals[UNIT_version] = uint_cst (GS_META_VERSION);
  vals[UNIT_nfns] = uint_cst (unit->fns.length ());
  vals[UNIT_nglobals] = uint_cst (nglobals);
  vals[UNIT_flags] = uint_cst (0);
  vals[UNIT_file] = cstr (main_input_filename ? main_input_filename : "");
  vals[UNIT_fns] = fold_convert (const_ptr_type_node,
				 build_fold_addr_expr (unit->fns_var));
  vals[UNIT_globals] = globals;
  vals[UNIT_nunchecked] = uint_cst (nunchecked);
  vals[UNIT_unchecked] = unchecked;
  vals[UNIT_program] = (gs_opts.program ? cstr (gs_opts.program)
			: fold_convert (cstr_type, null_pointer_node));
  unsigned ntypes;
  vals[UNIT_types] = types_table (unit, &ntypes);
  vals[UNIT_ntypes] = uint_cst (ntypes);
  vals[UNIT_tls] = tls_function ();
  unsigned ntaken;
  vals[UNIT_taken] = taken_table (&ntaken);
  vals[UNIT_ntaken] = uint_cst (ntaken);
  tree unit_addr = static_data (unit_meta_type,
				record (unit_meta_type, UNIT_N, vals));

  tree reg = build_fn_decl ("__gearshift_register_unit",
			    build_function_type_list (void_type_node,
						      const_ptr_type_node,
						      NULL_TREE));
  tree body = NULL_TREE;
  append_to_statement_list (build_call_expr (reg, 1, unit_addr), &body);
  cgraph_build_static_cdtor ('I', body, DEFAULT_INIT_PRIORITY);

  /* The same address in section gs_units, where tools reading a file
     without running it (gearshift dump, check) find every unit.  */
  tree ptr = build_decl (BUILTINS_LOCATION, VAR_DECL,
			 create_tmp_var_name ("__gs_unit_ptr"),
			 const_ptr_type_node);
  TREE_STATIC (ptr) = 1;
  set_decl_section_name (ptr, "gs_units");
  SET_DECL_ALIGN (ptr, TYPE_ALIGN (const_ptr_type_node));
  DECL_USER_ALIGN (ptr) = 1;
  DECL_PRESERVE_P (ptr) = 1;
  finish_static (ptr, fold_convert (const_ptr_type_node, unit_addr));
}
