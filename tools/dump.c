/* gearshift command: "gearshift dump FILE", the metadata of a file.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   One line per unit, function, point, frame field, global and
   transformer, in the order the file holds them.  The format is stable
   and documented in gearshift.1; scripts and the test suite match it:

     file prog.exe: PIE executable, 1 unit, 0 transformers
     unit prog.c (metadata version 6, program demo): 3 functions, 2 globals
     unit calls without a check: fclose fopen
     function main (prog.c:9): int (void), frame 24 bytes, low-gear clone,
       redirectable (one line)
       point 0 "loop1" loop at 12:3: total i
       field total: long int [i8] offset 0 size 8
     global counter: int [i4] size 4
     global static scale (prog.c): int [i4] size 4
     transformer global config  */

#include "tool.h"
#include "gearshift.h"

#include <string.h>

static const char dump_help[] =
  "Usage: gearshift dump FILE...\n"
  "List the gearshift metadata of each FILE, an executable or a shared\n"
  "object built with the gearshift plugin, without running it: its units,\n"
  "functions (source location, type, frame size, low-gear clone, whether\n"
  "an update can redirect it, whether its address is taken), update points\n"
  "(number, label, kind, line:column, saved variables), frame fields (name,\n"
  "type, layout, offset, size, flags), globals, the types used through\n"
  "pointers (heap types), and transformers.\n"
  "\n"
  "Exit status: 0 if every FILE was read, 2 otherwise.\n";

/* "s" unless N is 1.  */
static const char *
plural (size_t n)
{
  return n == 1 ? "" : "s";
}

/* Print the flags FLAGS of a frame field, if any.  */
static void
dump_field_flags (uint32_t flags)
{
  static const struct { uint32_t bit; const char *name; } names[] = {
    { GS_FIELD_PARM, "parameter" }, { GS_FIELD_MEMORY, "memory" },
    { GS_FIELD_TEMP, "temporary" }, { GS_FIELD_INDIRECT, "indirect" },
    { GS_FIELD_CONSTANT, "constant" }, { GS_FIELD_ARGUMENT, "argument" }
  };
  const uint32_t named = (GS_FIELD_PARM | GS_FIELD_MEMORY | GS_FIELD_TEMP
			  | GS_FIELD_INDIRECT | GS_FIELD_CONSTANT
			  | GS_FIELD_ARGUMENT);
  const char *sep = " (";

  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (flags & names[i].bit)
      {
	printf ("%s%s", sep, names[i].name);
	sep = ", ";
      }
  if (flags & ~named)
    {
      printf ("%sflags 0x%x", sep, flags & ~named);
      sep = ", ";
    }
  if (sep[0] == ',')
    printf (")");
}

/* Print function FN.  */
static void
dump_fn (const struct gs_fn_meta *fn)
{
  printf ("function %s (%s:%u): %s, frame %u bytes, %s%s%s\n", fn->name,
	  gs_rules_basename (fn->file), fn->line, fn->type, fn->frame_size,
	  fn->flags & GS_FN_BARE ? "not instrumented (its entry only)"
	  : fn->low ? "low-gear clone" : "no low-gear clone",
	  fn->flags & GS_FN_REDIRECTABLE ? ", redirectable" : "",
	  fn->flags & GS_FN_ESCAPES ? ", address taken" : "");
  for (uint32_t i = 0; i < fn->npoints; i++)
    {
      const struct gs_point_meta *p = &fn->points[i];

      printf ("  point %u \"%s\" %s at %u:%u:", i, p->label,
	      gs_point_kind_name (p->kind), p->line, p->column);
      if (p->nlive == 0)
	printf (" nothing saved");
      for (uint32_t j = 0; j < p->nlive; j++)
	printf (" %s", fn->fields[p->live[j]].name);
      printf ("\n");
    }
  for (uint32_t i = 0; i < fn->nfields; i++)
    {
      const struct gs_field_meta *f = &fn->fields[i];

      printf ("  field %s: %s [%s] offset %u size %u", f->name, f->type,
	      f->layout, f->offset, f->size);
      dump_field_flags (f->flags);
      printf ("\n");
    }
}

/* Print the metadata of MF.  */
static void
dump_file (const struct gs_meta_file *mf)
{
  printf ("file %s: %s, %zu unit%s, %zu transformer%s\n", mf->elf.path,
	  gs_elf_kind (&mf->elf), mf->nunits, plural (mf->nunits),
	  mf->ntransformers, plural (mf->ntransformers));
  for (size_t i = 0; i < mf->nunits; i++)
    {
      const struct gs_unit_meta *u = &mf->units[i];

      printf ("unit %s (metadata version %u", u->file, u->version);
      if (u->program)
	printf (", program %s", u->program);
      printf ("): %u function%s, %u global%s, %u heap type%s\n", u->nfns,
	      plural (u->nfns), u->nglobals, plural (u->nglobals), u->ntypes,
	      plural (u->ntypes));
      if (u->nunchecked)
	{
	  printf ("unit calls without a check:");
	  for (uint32_t j = 0; j < u->nunchecked; j++)
	    printf (" %s", u->unchecked[j]);
	  putchar ('\n');
	}
      if (u->ntaken)
	{
	  printf ("unit takes the address of:");
	  for (uint32_t j = 0; j < u->ntaken; j++)
	    printf (" %s", u->taken[j]);
	  putchar ('\n');
	}
      for (uint32_t j = 0; j < u->nfns; j++)
	dump_fn (&u->fns[j]);
      for (uint32_t j = 0; j < u->nglobals; j++)
	{
	  const struct gs_global_meta *g = &u->globals[j];

	  printf ("global %s%s%s%s", (g->flags & GS_GLOBAL_STATIC
					   ? "static " : ""),
		  g->flags & GS_GLOBAL_READONLY ? "readonly " : "",
		  g->flags & GS_GLOBAL_THREAD_LOCAL ? "thread-local " : "",
		  g->name);
	  if (g->flags & GS_GLOBAL_STATIC)
	    printf (" (%s)", gs_rules_basename (u->file));
	  printf (": %s [%s] size %u%s\n", g->type, g->layout, g->size,
		  g->addr || g->flags & GS_GLOBAL_THREAD_LOCAL ? ""
		  : " (absent: not kept by GCC)");
	}
      for (uint32_t j = 0; j < u->ntypes; j++)
	{
	  const struct gs_type_meta *t = &u->types[j];

	  printf ("type %s [%s]: used through a pointer at %s:%u", t->name,
		  t->layout, t->file, t->line);
	  if (t->alloc_file[0])
	    printf (", allocated at %s:%u%s", t->alloc_file, t->alloc_line,
		    t->flags & GS_TYPE_UNTRACKED ? " (untracked)"
		    : t->flags & GS_TYPE_TRACKED ? " (tracked)" : "");
	  printf ("\n");
	}
    }
  for (size_t i = 0; i < mf->ntransformers; i++)
    {
      const struct gs_meta_transformer *t = &mf->transformers[i];

      switch (t->kind)
	{
	case 1:
	  printf ("transformer global %s\n", t->name);
	  break;
	case 2:
	  printf ("transformer local %s of %s\n", t->name, t->function);
	  break;
	case GEARSHIFT_TYPE_NOT_IN_HEAP_KIND:
	  printf ("type %s: not in the heap\n", t->name);
	  break;
	case GEARSHIFT_CONVERT_BY_NAME_KIND:
	  printf ("type %s: converted field by field\n", t->name);
	  break;
	case GEARSHIFT_TRANSFORM_TYPE_KIND:
	  printf ("transformer type %s\n", t->name);
	  break;
	case GEARSHIFT_FIELD_RENAMED_KIND:
	  printf ("type %s: field renamed: %s\n", t->function, t->name);
	  break;
	case GEARSHIFT_ON_UPDATE_KIND:
	  printf ("on update: %s\n", t->name);
	  break;
	default:
	  printf ("transformer frame of %s\n", t->function);
	  break;
	}
    }
}

/* gearshift dump FILE...: print the metadata of each FILE.  ARGV[0] is
   "dump".  */
int
tool_dump (int argc, char **argv)
{
  int status = TOOL_EXIT_OK;

  if (tool_wants_help (argc, argv, dump_help))
    return TOOL_EXIT_OK;
  if (argc < 2)
    {
      tool_error ("dump: no file given (try 'gearshift dump --help')");
      return TOOL_EXIT_TROUBLE;
    }
  for (int i = 1; i < argc; i++)
    {
      struct gs_meta_file mf;

      if (gs_meta_load (&mf, argv[i]) == 0)
	dump_file (&mf);
      else
	{
	  fflush (stdout);
	  tool_error ("%s: %s", argv[i], mf.elf.error);
	  status = TOOL_EXIT_TROUBLE;
	}
      gs_meta_free (&mf);
    }
  return status;
}
