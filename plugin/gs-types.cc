/* gearshift: describing C types for the metadata.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Two strings per type: its C spelling ("const char *", "int (*)[4]"),
   for people, and a layout descriptor (grammar in runtime/gs-meta.h:
   "p", "[4]i4", "{x@0:i4;y@8:f8}"), for the runtime, which prints and
   will later map values without a C parser.  */

#include "gs-plugin.h"

/* An obstack-like growing string.  */
struct gs_buf
{
  char *s;
  size_t len, cap;
};

/* Append the printf-style FMT to B.  */

static void ATTRIBUTE_PRINTF_2
buf_printf (gs_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *piece = xvasprintf (fmt, ap);
  va_end (ap);
  size_t n = strlen (piece);
  if (b->len + n + 1 > b->cap)
    {
      b->cap = (b->len + n + 1) * 2;
      b->s = XRESIZEVEC (char, b->s, b->cap);
    }
  memcpy (b->s + b->len, piece, n + 1);
  b->len += n;
  free (piece);
}

/* The tag or typedef name of TYPE, or null.  */

static const char *
type_name_of (tree type)
{
  tree name = TYPE_NAME (type);
  if (!name)
    return NULL;
  if (TREE_CODE (name) == TYPE_DECL)
    name = DECL_NAME (name);
  return name ? IDENTIFIER_POINTER (name) : NULL;
}

/* The qualifiers of TYPE as a prefix ("const ", "volatile ").  */

static const char *
quals (tree type)
{
  bool c = TYPE_READONLY (type), v = TYPE_VOLATILE (type);
  return c && v ? "const volatile " : c ? "const " : v ? "volatile " : "";
}

/* The number of elements of array TYPE, or -1 when unknown.  */

static HOST_WIDE_INT
array_length (tree type)
{
  tree dom = TYPE_DOMAIN (type);
  if (!dom || !TYPE_MAX_VALUE (dom)
      || TREE_CODE (TYPE_MAX_VALUE (dom)) != INTEGER_CST
      || !TYPE_MIN_VALUE (dom)
      || TREE_CODE (TYPE_MIN_VALUE (dom)) != INTEGER_CST)
    return -1;
  return (tree_to_shwi (TYPE_MAX_VALUE (dom))
	  - tree_to_shwi (TYPE_MIN_VALUE (dom)) + 1);
}

/* Spell TYPE around the declarator DECL (inside out, as C does).  */

static char *
spell (tree type, const char *decl)
{
  const char *named = type_name_of (type);
  /* A typedef or a named base type.  */
  if (named && TREE_CODE (type) != POINTER_TYPE
      && TREE_CODE (type) != ARRAY_TYPE)
    {
      const char *tag = "";
      if (TREE_CODE (TYPE_NAME (type)) != TYPE_DECL
	  || DECL_ARTIFICIAL (TYPE_NAME (type)))
	tag = (TREE_CODE (type) == RECORD_TYPE ? "struct "
	       : TREE_CODE (type) == UNION_TYPE ? "union "
	       : TREE_CODE (type) == ENUMERAL_TYPE ? "enum " : "");
      /* Builtin types have artificial TYPE_DECLs too: no tag for them.  */
      return xasprintf ("%s%s%s%s%s", quals (type), tag, named,
			*decl ? " " : "", decl);
    }
  switch (TREE_CODE (type))
    {
    case POINTER_TYPE:
      {
	tree to = TREE_TYPE (type);
	bool paren = (TREE_CODE (to) == ARRAY_TYPE
		      || TREE_CODE (to) == FUNCTION_TYPE);
	char *d = xasprintf ("%s*%s%s%s", paren ? "(" : "", quals (type),
			     decl, paren ? ")" : "");
	char *r = spell (to, d);
	free (d);
	return r;
      }
    case ARRAY_TYPE:
      {
	HOST_WIDE_INT n = array_length (type);
	char *d = n >= 0 ? xasprintf ("%s[" HOST_WIDE_INT_PRINT_DEC "]",
				      decl, n)
		  : xasprintf ("%s[]", decl);
	char *r = spell (TREE_TYPE (type), d);
	free (d);
	return r;
      }
    case FUNCTION_TYPE:
      {
	/* "(int, char *)", "(void)", "(const char *, ...)", or "()"
	   without a prototype.  */
	gs_buf b = { NULL, 0, 0 };
	buf_printf (&b, "%s(", decl);
	tree arg = TYPE_ARG_TYPES (type);
	for (bool first = true; arg && arg != void_list_node;
	     arg = TREE_CHAIN (arg), first = false)
	  {
	    char *t = spell (TREE_VALUE (arg), "");
	    buf_printf (&b, "%s%s", first ? "" : ", ", t);
	    free (t);
	  }
	if (TYPE_ARG_TYPES (type) == void_list_node)
	  buf_printf (&b, "void");
	else if (TYPE_ARG_TYPES (type) && !arg)
	  buf_printf (&b, ", ...");
	buf_printf (&b, ")");
	char *r = spell (TREE_TYPE (type), b.s);
	free (b.s);
	return r;
      }
    case COMPLEX_TYPE:
      {
	char *base = spell (TREE_TYPE (type), "");
	char *r = xasprintf ("%s_Complex %s%s%s", quals (type), base,
			     *decl ? " " : "", decl);
	free (base);
	return r;
      }
    case RECORD_TYPE:
    case UNION_TYPE:
      return xasprintf ("%s%s <anonymous>%s%s", quals (type),
			TREE_CODE (type) == RECORD_TYPE ? "struct" : "union",
			*decl ? " " : "", decl);
    default:
      return xasprintf ("%s%s%s%s", quals (type),
			get_tree_code_name (TREE_CODE (type)),
			*decl ? " " : "", decl);
    }
}

/* The C spelling of TYPE (xmalloc'ed).  */

char *
gs_type_name (tree type)
{
  return spell (type, "");
}

/* Append to B the layout descriptor of TYPE.  */

static void
layout (gs_buf *b, tree type)
{
  HOST_WIDE_INT size = (TYPE_SIZE_UNIT (type)
			&& tree_fits_uhwi_p (TYPE_SIZE_UNIT (type))
			? tree_to_uhwi (TYPE_SIZE_UNIT (type)) : -1);
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
    case BOOLEAN_TYPE:
      buf_printf (b, "%c" HOST_WIDE_INT_PRINT_DEC,
		  TYPE_UNSIGNED (type) ? 'u' : 'i', size);
      return;
    case REAL_TYPE:
      if (size == 16 && TYPE_PRECISION (type) == 128)
	buf_printf (b, "q16");
      else
	buf_printf (b, "f" HOST_WIDE_INT_PRINT_DEC, size);
      return;
    case COMPLEX_TYPE:
      buf_printf (b, "c");
      layout (b, TREE_TYPE (type));
      return;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      buf_printf (b, FUNC_OR_METHOD_TYPE_P (TREE_TYPE (type)) ? "P" : "p");
      return;
    case ARRAY_TYPE:
      {
	HOST_WIDE_INT n = array_length (type);
	if (n < 0)
	  break;
	buf_printf (b, "[" HOST_WIDE_INT_PRINT_DEC "]", n);
	layout (b, TREE_TYPE (type));
	return;
      }
    case VECTOR_TYPE:
      if (!TYPE_VECTOR_SUBPARTS (type).is_constant ())
	break;
      buf_printf (b, "v" HOST_WIDE_INT_PRINT_DEC ":",
		  (HOST_WIDE_INT) TYPE_VECTOR_SUBPARTS (type).to_constant ());
      layout (b, TREE_TYPE (type));
      return;
    case RECORD_TYPE:
    case UNION_TYPE:
      {
	bool is_union = TREE_CODE (type) == UNION_TYPE;
	buf_printf (b, is_union ? "<" : "{");
	bool first = true;
	for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	  {
	    if (TREE_CODE (f) != FIELD_DECL)
	      continue;
	    const char *fname = (DECL_NAME (f)
				 ? IDENTIFIER_POINTER (DECL_NAME (f)) : "");
	    HOST_WIDE_INT off = int_byte_position (f);
	    buf_printf (b, "%s%s@" HOST_WIDE_INT_PRINT_DEC, first ? "" : ";",
			fname, off);
	    first = false;
	    if (DECL_BIT_FIELD (f))
	      {
		HOST_WIDE_INT bitpos = int_bit_position (f) - off * 8;
		HOST_WIDE_INT width = tree_to_uhwi (DECL_SIZE (f));
		/* The bytes from OFF that hold the bits.  */
		HOST_WIDE_INT need = (bitpos + width + 7) / 8;
		buf_printf (b, "+" HOST_WIDE_INT_PRINT_DEC "/"
			    HOST_WIDE_INT_PRINT_DEC ":%c" HOST_WIDE_INT_PRINT_DEC,
			    bitpos, width,
			    TYPE_UNSIGNED (TREE_TYPE (f)) ? 'u' : 'i', need);
	      }
	    else
	      {
		buf_printf (b, ":");
		layout (b, TREE_TYPE (f));
	      }
	  }
	buf_printf (b, is_union ? ">" : "}");
	return;
      }
    default:
      break;
    }
  buf_printf (b, "x" HOST_WIDE_INT_PRINT_DEC, size < 0 ? 0 : size);
}

/* The layout descriptor of TYPE (xmalloc'ed).  */

char *
gs_type_layout (tree type)
{
  gs_buf b = { NULL, 0, 0 };
  buf_printf (&b, "%s", "");
  layout (&b, type);
  return b.s;
}

/* What heap_type_operand needs: the unit, and the statement's
   location.  */
struct heap_walk
{
  gs_unit *unit;
  hash_map<tree, unsigned> *index;	/* Type -> its index in UNIT's.  */
  location_t loc;
};

/* TYPE, less its arrays and qualifiers, if that is a named, complete
   struct or union type of one layout; else null.  Not a type of
   variable size (a GNU C struct with a variable-length array): its
   layout differs from object to object.  */

static tree
heap_record (tree type)
{
  type = TYPE_MAIN_VARIANT (strip_array_types (type));
  if ((TREE_CODE (type) != RECORD_TYPE && TREE_CODE (type) != UNION_TYPE)
      || !TYPE_NAME (type) || !COMPLETE_TYPE_P (type)
      || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type))
      || variably_modified_type_p (type, NULL_TREE))
    return NULL_TREE;
  return type;
}

/* Note the heap type TYPE in W's unit, used through a pointer, or
   allocated if ALLOC, at W->loc: the first such place in the source,
   whatever order the functions come in.  */

/* Make *FIRST LOC if LOC comes first in the source.  */

static void
note_first (location_t *first, location_t loc)
{
  if (loc != UNKNOWN_LOCATION
      && (*first == UNKNOWN_LOCATION
	  || (LOCATION_FILE (loc) && LOCATION_FILE (*first)
	      && !strcmp (LOCATION_FILE (loc), LOCATION_FILE (*first))
	      && LOCATION_LINE (loc) < LOCATION_LINE (*first))))
    *first = loc;
}

/* Note the heap type TYPE in W's unit, used through a pointer, or, if
   ALLOC, allocated (by the typed allocator if TRACKED), at W->loc: the
   first such place in the source, whatever order the functions come
   in.  */

static void
note_heap_type (heap_walk *w, tree type, bool alloc, bool tracked = false)
{
  bool existed;
  unsigned &i = w->index->get_or_insert (type, &existed);
  if (!existed)
    {
      i = w->unit->heap_types.length ();
      gs_heap_type h = { type, UNKNOWN_LOCATION, UNKNOWN_LOCATION, false,
			 UNKNOWN_LOCATION };
      w->unit->heap_types.safe_push (h);
    }
  gs_heap_type &h = w->unit->heap_types[i];
  if (!alloc)
    {
      note_first (&h.loc, w->loc);
      return;
    }
  note_first (&h.alloc, w->loc);
  if (tracked)
    h.tracked = true;
  else
    {
      /* Known to exist even where the place is not.  */
      if (h.untracked == UNKNOWN_LOCATION)
	h.untracked = (w->loc != UNKNOWN_LOCATION ? w->loc
		       : BUILTINS_LOCATION);
      else
	note_first (&h.untracked, w->loc);
    }
}

/* walk_tree callback: note the struct or union type of each object
   that the operand *TP reaches through a pointer: a MEM_REF whose base
   is not the address of a declaration.  */

static tree
heap_type_operand (tree *tp, int *walk_subtrees, void *data)
{
  heap_walk *w = (heap_walk *) ((walk_stmt_info *) data)->info;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if ((TREE_CODE (t) != MEM_REF && TREE_CODE (t) != TARGET_MEM_REF)
      || TREE_CODE (TREE_OPERAND (t, 0)) == ADDR_EXPR)
    return NULL_TREE;
  tree type = heap_record (TREE_TYPE (t));
  if (type)
    note_heap_type (w, type, false);
  return NULL_TREE;
}

/* The heap type that TYPE, a pointer type, points to, or null.  */

static tree
pointee_record (tree type)
{
  return POINTER_TYPE_P (type) ? heap_record (TREE_TYPE (type)) : NULL_TREE;
}

/* Whether FN is the C library's function NAME, built-in CODE (also
   with -fno-builtin, which leaves it an ordinary declaration).  */

static bool
libc_fn_p (tree fn, built_in_function code, const char *name)
{
  return (fndecl_built_in_p (fn, code)
	  || (TREE_PUBLIC (fn) && DECL_EXTERNAL (fn) && DECL_NAME (fn)
	      && id_equal (DECL_NAME (fn), name)));
}

/* Whether FN is malloc, calloc or realloc.  */

static bool
libc_alloc_p (tree fn)
{
  return (libc_fn_p (fn, BUILT_IN_MALLOC, "malloc")
	  || libc_fn_p (fn, BUILT_IN_CALLOC, "calloc")
	  || libc_fn_p (fn, BUILT_IN_REALLOC, "realloc"));
}

/* Whether FN is an allocator of the program's own kind ("xmalloc"):
   declared to return new memory (GCC's malloc attribute, written or
   found by GCC), or named by -fplugin-arg-gearshift-allocator=; not
   malloc, calloc or realloc, nor another of GCC's built-ins (strdup,
   alloca), which are left as they were.  */

static bool
allocator_fn_p (tree fn)
{
  if (!fn || fndecl_built_in_p (fn) || libc_alloc_p (fn))
    return false;
  return (DECL_IS_MALLOC (fn)
	  || (DECL_NAME (fn)
	      && gs_allocator_named_p (IDENTIFIER_POINTER (DECL_NAME (fn)))));
}

/* The struct or union type of the object that STMT allocates: STMT
   calls malloc, calloc, realloc or another function declared to return
   new memory, and its result goes to a pointer to that type, directly
   ("n = malloc (sizeof *n)") or through copies ("h->first = _1").
   Null if not so.  */

static tree
allocated_type (gimple *stmt)
{
  tree fn = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL_TREE;
  if (!fn || !(DECL_IS_MALLOC (fn) || libc_fn_p (fn, BUILT_IN_REALLOC,
						  "realloc")
	      || allocator_fn_p (fn)))
    return NULL_TREE;
  tree lhs = gimple_call_lhs (stmt);
  if (!lhs)
    return NULL_TREE;
  tree type = pointee_record (TREE_TYPE (lhs));
  /* Through a few copies, as GCC leaves them before it optimizes.  */
  for (int depth = 0; !type && TREE_CODE (lhs) == SSA_NAME && depth < 4;
       depth++)
    {
      imm_use_iterator it;
      gimple *use;
      tree next = NULL_TREE;
      FOR_EACH_IMM_USE_STMT (use, it, lhs)
	if (is_gimple_assign (use) && gimple_assign_rhs1 (use) == lhs
	    && (gimple_assign_single_p (use) || gimple_assign_cast_p (use)))
	  {
	    tree to = gimple_assign_lhs (use);
	    if ((type = pointee_record (TREE_TYPE (to))))
	      break;
	    if (TREE_CODE (to) == SSA_NAME && !next)
	      next = to;
	  }
      lhs = next ? next : lhs;
      if (!next)
	break;
    }
  return type;
}

/* Add to RETURNED the calls of malloc, calloc and realloc whose result
   the current function returns, through copies, conversions and phis,
   and to CALLEES (if not null) the program's allocators whose result it
   returns so.  */

static void
returned_allocations (hash_set<gimple *> *returned, vec<tree> *callees)
{
  auto_vec<tree, 16> work;
  hash_set<tree> seen;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (cfun)->preds)
    if (greturn *ret = safe_dyn_cast <greturn *> (last_stmt (e->src)))
      if (gimple_return_retval (ret)
	  && TREE_CODE (gimple_return_retval (ret)) == SSA_NAME)
	work.safe_push (gimple_return_retval (ret));
  while (!work.is_empty ())
    {
      tree name = work.pop ();
      if (seen.add (name))
	continue;
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (is_gimple_call (def))
	{
	  tree fn = gimple_call_fndecl (def);
	  if (fn && libc_alloc_p (fn))
	    returned->add (def);
	  else if (callees && allocator_fn_p (fn))
	    callees->safe_push (fn);
	}
      else if (gphi *phi = dyn_cast <gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    if (TREE_CODE (gimple_phi_arg_def (phi, i)) == SSA_NAME)
	      work.safe_push (gimple_phi_arg_def (phi, i));
	}
      else if (is_gimple_assign (def)
	       && (gimple_assign_single_p (def) || gimple_assign_cast_p (def))
	       && TREE_CODE (gimple_assign_rhs1 (def)) == SSA_NAME)
	work.safe_push (gimple_assign_rhs1 (def));
    }
}

/* Whether each of the program's allocators with a body in this unit
   passes the type its callers say on (1), or not (0, also while it is
   being found out).  */
static hash_map<tree, int> *pass_on_memo;

/* Whether a call of FN, one of the program's allocators, may pass the
   type its caller says on to malloc: FN's body is in another file (the
   runtime then finds out at each call: __gearshift_alloc_done), or what
   FN returns comes from malloc, calloc or realloc (route_call then
   passes it on), or from another allocator that passes it on.  */

static bool
passes_type_on (tree fn)
{
  cgraph_node *node = cgraph_node::get (fn);
  if (!node || !node->has_gimple_body_p () || !DECL_STRUCT_FUNCTION (fn))
    return true;
  if (!pass_on_memo)
    pass_on_memo = new hash_map<tree, int>;
  if (int *known = pass_on_memo->get (fn))
    return *known;
  pass_on_memo->put (fn, 0);
  hash_set<gimple *> returned;
  auto_vec<tree, 4> callees;
  push_cfun (DECL_STRUCT_FUNCTION (fn));
  returned_allocations (&returned, &callees);
  pop_cfun ();
  bool on = !returned.is_empty ();
  for (tree callee : callees)
    on = on || passes_type_on (callee);
  pass_on_memo->put (fn, on);
  return on;
}

/* The edge on which the call STMT returns normally when it ends its
   block (a call that may throw, or an unwinding capture may pass
   through), or null: the call does not end its block.  Set *OK to
   whether code can follow the call, there or in its block.  Needs no
   function (stmt_ends_bb_p does).  */

static edge
call_return_edge (gimple *stmt, bool *ok)
{
  basic_block bb = gimple_bb (stmt);
  edge e, normal = NULL;
  edge_iterator ei;
  *ok = !gimple_call_ctrl_altering_p (stmt) && bb;
  if (!*ok || gsi_stmt (gsi_last_bb (bb)) != stmt)
    return NULL;
  FOR_EACH_EDGE (e, ei, bb->succs)
    if (!(e->flags & (EDGE_EH | EDGE_ABNORMAL)))
      {
	*ok = !normal;
	normal = e;
      }
  *ok = *ok && normal;
  return normal;
}

/* Whether STMT, which allocates an object of heap type TYPE, goes to
   the typed allocator: with heap=typed, of a type no more aligned than
   malloc's 16 bytes, a call of malloc, calloc or realloc, or of one of
   the program's allocators (allocator_fn_p) that the call can be
   wrapped around (it returns to one place) and that may pass the type
   on to its own malloc (passes_type_on, route_call).  */

static bool
typed_allocation_p (gimple *stmt, tree type)
{
  tree fn = gimple_call_fndecl (stmt);
  bool ok;
  return (gs_opts.heap_typed
	  && (libc_alloc_p (fn)
	      || (allocator_fn_p (fn) && (call_return_edge (stmt, &ok), ok)
		  && passes_type_on (fn)))
	  && TYPE_ALIGN_UNIT (type) <= 16);
}

/* Fill UNIT's heap types: the named struct and union types that code
   of the unit reads or writes through a pointer, "p->next", "*p = s",
   "p[i].x", or allocates, in any function with a body, as written
   (before the side stack turns locals into pointed-to memory), with
   the first place of each.  Objects of such a
   type may live anywhere, in the heap among other places, where an
   update maps nothing: the runtime refuses an update that changes the
   layout of one (runtime/rules.c).  */

void
gs_find_heap_types (gs_unit *unit)
{
  hash_map<tree, unsigned> index;
  auto_vec<gimple *> stmts;
  gs_body_statements (&stmts);
  for (gimple *stmt : stmts)
    {
      heap_walk w = { unit, &index, gimple_location (stmt) };
      walk_stmt_info wi;
      memset (&wi, 0, sizeof wi);
      wi.info = &w;
      walk_gimple_op (stmt, heap_type_operand, &wi);
      if (tree type = allocated_type (stmt))
	note_heap_type (&w, type, true, typed_allocation_p (stmt, type));
    }
}

/* The runtime's typed allocator (runtime/heap.c).  */
static struct
{
  tree malloc_fn, calloc_fn, realloc_fn, free_fn, usable_fn;
  tree alloc_as_fn, alloc_done_fn, malloc_as_fn, calloc_as_fn,
    realloc_as_fn;
} heap_fns;

/* Declare the typed allocator's function NAME, returning RET, with the
   arguments that follow (null-terminated); FRESH if it returns new
   memory.  */

static tree
heap_fn (const char *name, bool fresh, tree ret, ...)
{
  va_list ap;
  va_start (ap, ret);
  auto_vec<tree, 4> args;
  while (tree a = va_arg (ap, tree))
    args.safe_push (a);
  va_end (ap);
  tree type = build_function_type_array (ret, args.length (),
					 args.address ());
  tree decl = build_fn_decl (name, type);
  DECL_IS_MALLOC (decl) = fresh;
  TREE_NOTHROW (decl) = 1;
  DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("leaf"), NULL_TREE,
				      NULL_TREE);
  return decl;
}

/* The typed allocator's function that takes the place of FN, a
   function of the C library, or null.  */

static tree
heap_replacement (tree fn)
{
  if (libc_fn_p (fn, BUILT_IN_FREE, "free"))
    return heap_fns.free_fn;
  if (libc_fn_p (fn, BUILT_IN_REALLOC, "realloc"))
    return heap_fns.realloc_fn;
  if (libc_fn_p (fn, END_BUILTINS, "malloc_usable_size"))
    return heap_fns.usable_fn;
  return NULL_TREE;
}

/* walk_tree callback: make an address of free, realloc or
   malloc_usable_size (a destructor handed to a library, "free" in a
   table) the typed allocator's.  */

static tree
route_address (tree *tp, int *walk_subtrees, void *)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (TREE_CODE (*tp) == ADDR_EXPR
	   && TREE_CODE (TREE_OPERAND (*tp, 0)) == FUNCTION_DECL)
    if (tree r = heap_replacement (TREE_OPERAND (*tp, 0)))
      *tp = fold_convert (TREE_TYPE (*tp), build_fold_addr_expr (r));
  return NULL_TREE;
}

/* The address of row I of UNIT's heap types.  */

static tree
type_row (gs_unit *unit, unsigned i)
{
  tree row = build4 (ARRAY_REF, TREE_TYPE (TREE_TYPE (unit->types_var)),
		     unit->types_var, size_int (i), NULL_TREE, NULL_TREE);
  return build_fold_addr_expr_with_type (row, const_ptr_type_node);
}

/* The row of TYPE in UNIT's heap types.  */

static unsigned
type_index (gs_unit *unit, tree type)
{
  for (unsigned i = 0; i < unit->heap_types.length (); i++)
    if (unit->heap_types[i].type == type)
      return i;
  gcc_unreachable ();
}

/* Route the allocation or release at *GSI in the current function, of
   UNIT, to the typed allocator.  RETURNED holds the allocations that
   the function returns, when it is one of the program's allocators:
   they take the type their caller said.  Returns whether it put calls
   around a call of one.  */

static bool
route_call (gs_unit *unit, gimple_stmt_iterator *gsi,
	    hash_set<gimple *> *returned)
{
  gimple *stmt = gsi_stmt (*gsi);
  tree fn = gimple_call_fndecl (stmt);
  tree type = allocated_type (stmt);
  if (type && !typed_allocation_p (stmt, type))
    type = NULL_TREE;
  tree row = (type ? type_row (unit, type_index (unit, type))
	      : null_pointer_node);
  if (type && allocator_fn_p (fn))
    {
      /* "__gearshift_alloc_as (row); p = xmalloc (n);
	 __gearshift_alloc_done ();": the allocator's malloc takes the
	 type, and the runtime notes it if none did.  */
      gimple *as = gimple_build_call (heap_fns.alloc_as_fn, 1, row);
      gimple *done = gimple_build_call (heap_fns.alloc_done_fn, 0);
      gimple_set_location (as, gimple_location (stmt));
      gimple_set_location (done, gimple_location (stmt));
      gsi_insert_before (gsi, as, GSI_SAME_STMT);
      bool ok;
      if (edge e = call_return_edge (stmt, &ok))
	gsi_insert_on_edge_immediate (e, done);
      else
	gsi_insert_after (gsi, done, GSI_SAME_STMT);
      return true;
    }
  if (returned->contains (stmt))
    {
      /* Typed by its caller, else by ROW ("n = malloc (sizeof *n);
	 ... return n;" in a constructor that GCC finds to be an
	 allocator): the caller's type is taken either way.  */
      if (libc_fn_p (fn, BUILT_IN_MALLOC, "malloc"))
	update_gimple_call (gsi, heap_fns.malloc_as_fn, 2,
			    gimple_call_arg (stmt, 0), row);
      else if (libc_fn_p (fn, BUILT_IN_CALLOC, "calloc"))
	update_gimple_call (gsi, heap_fns.calloc_as_fn, 3,
			    gimple_call_arg (stmt, 0),
			    gimple_call_arg (stmt, 1), row);
      else
	update_gimple_call (gsi, heap_fns.realloc_as_fn, 3,
			    gimple_call_arg (stmt, 0),
			    gimple_call_arg (stmt, 1), row);
      return false;
    }
  if (type && libc_fn_p (fn, BUILT_IN_MALLOC, "malloc"))
    update_gimple_call (gsi, heap_fns.malloc_fn, 2, gimple_call_arg (stmt, 0),
			row);
  else if (type && libc_fn_p (fn, BUILT_IN_CALLOC, "calloc"))
    update_gimple_call (gsi, heap_fns.calloc_fn, 3, gimple_call_arg (stmt, 0),
			gimple_call_arg (stmt, 1), row);
  else if (libc_fn_p (fn, BUILT_IN_REALLOC, "realloc"))
    update_gimple_call (gsi, heap_fns.realloc_fn, 3,
			gimple_call_arg (stmt, 0), gimple_call_arg (stmt, 1),
			row);
  else if (tree r = heap_replacement (fn))
    {
      gimple_call_set_fndecl (stmt, r);
      update_stmt (stmt);
    }
  return false;
}

/* Route the unit's allocations of objects of its heap types to the
   runtime's typed allocator ("n = malloc (sizeof *n)" becomes
   "n = __gearshift_malloc (sizeof *n, &types[i])", with calloc and
   realloc alike), and every free, realloc and malloc_usable_size, by
   call or by address, to the allocator's own, which know a typed
   object by its header (runtime/heap.c).  Nothing with heap=plain.  */

void
gs_route_allocations (gs_unit *unit)
{
  if (!gs_opts.heap_typed)
    return;
  tree cvp = const_ptr_type_node, vp = ptr_type_node, sz = size_type_node;
  heap_fns.malloc_fn = heap_fn ("__gearshift_malloc", true, vp, sz, cvp,
				NULL_TREE);
  heap_fns.calloc_fn = heap_fn ("__gearshift_calloc", true, vp, sz, sz, cvp,
				NULL_TREE);
  heap_fns.realloc_fn = heap_fn ("__gearshift_realloc", false, vp, vp, sz,
				 cvp, NULL_TREE);
  heap_fns.free_fn = heap_fn ("__gearshift_free", false, void_type_node, vp,
			      NULL_TREE);
  heap_fns.usable_fn = heap_fn ("__gearshift_malloc_usable_size", false, sz,
				vp, NULL_TREE);
  heap_fns.alloc_as_fn = heap_fn ("__gearshift_alloc_as", false,
				  void_type_node, cvp, NULL_TREE);
  heap_fns.alloc_done_fn = heap_fn ("__gearshift_alloc_done", false,
				    void_type_node, NULL_TREE);
  heap_fns.malloc_as_fn = heap_fn ("__gearshift_malloc_as", true, vp, sz,
				   cvp, NULL_TREE);
  heap_fns.calloc_as_fn = heap_fn ("__gearshift_calloc_as", true, vp, sz, sz,
				   cvp, NULL_TREE);
  heap_fns.realloc_as_fn = heap_fn ("__gearshift_realloc_as", false, vp, vp,
				    sz, cvp, NULL_TREE);

  auto_vec<cgraph_node *> nodes;
  gs_function_bodies (&nodes);
  for (cgraph_node *node : nodes)
    {
      push_cfun (DECL_STRUCT_FUNCTION (node->decl));
      hash_set<gimple *> returned;
      bool wrapped = false;
      if (allocator_fn_p (node->decl))
	returned_allocations (&returned, NULL);
      basic_block bb;
      FOR_EACH_BB_FN (bb, cfun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    tree fn = is_gimple_call (stmt) ? gimple_call_fndecl (stmt)
		      : NULL_TREE;
	    if (fn)
	      wrapped |= route_call (unit, &gsi, &returned);
	    walk_stmt_info wi;
	    memset (&wi, 0, sizeof wi);
	    walk_gimple_op (gsi_stmt (gsi), route_address, &wi);
	  }
      /* The calls put around allocators' calls need their memory
	 operands.  */
      if (wrapped)
	update_ssa (TODO_update_ssa_only_virtuals);
      pop_cfun ();
    }
  varpool_node *vnode;
  FOR_EACH_DEFINED_VARIABLE (vnode)
    if (DECL_INITIAL (vnode->decl)
	&& DECL_INITIAL (vnode->decl) != error_mark_node)
      walk_tree (&DECL_INITIAL (vnode->decl), route_address, NULL, NULL);
  delete pass_on_memo;
  pass_on_memo = NULL;
}
