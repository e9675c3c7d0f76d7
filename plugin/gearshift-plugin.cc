/* gearshift: a GCC plugin that makes C programs live-updatable.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Usage:
     gcc -fplugin=gearshift [-fplugin-arg-gearshift-points=auto|loops|manual]
	 [-fplugin-arg-gearshift-exclude=f,g] [-fplugin-arg-gearshift-dump]
	 [-fplugin-arg-gearshift-program=NAME]
	 [-fplugin-arg-gearshift-verbose] -c prog.c
     gcc -o prog prog.o -lgearshift

   Every function gets update points (gs-points.cc says where).  At each
   one, on a cold path, the function checks the runtime's update flag;
   when it is set, it pushes a frame holding the source-level variables
   live at the point and returns, and its caller does the same at the
   call site, down to the runtime's root:

     before                          after (sketch)
     int sum (int *a, int n)         int sum (int *a, int n)
     {                               {
       int s = 0;                      int s = 0;
       for (int i = 0; i < n; i++)     for (int i = 0; i < n; i++)
	 s += a[i];                      {
       return s;                           if (__builtin_expect (__gearshift_flag, 0)
     }                                         && (f = __gearshift_push_frame
						      (&meta_sum, 0, 24)))
					     {
					       asm volatile ("" ::: "memory");
					       f->a = a; f->n = n;
					       f->s = s; f->i = i;
					       return 0;
					     }
					   s += a[i];
					 }
				       return s;
				     }

   This file only checks versions and options and registers the pass
   (gs-pass.cc); the work is in the other gs-*.cc files.  */

#include "gs-plugin.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

/* Set by plugin/Makefile.am from configure's version; "gcc -v" prints
   it.  */
#ifndef GEARSHIFT_VERSION
#error "GEARSHIFT_VERSION is not defined: build the plugin with its Makefile"
#endif

/* Until the port to GCC 13 and 14, GCC 12's plugin API only (configure
   refuses others too).  */
#if GCCPLUGIN_VERSION_MAJOR != 12
#error "gearshift supports GCC 12's plugin API only"
#endif

extern opt_pass *gs_make_pass (gcc::context *);
extern opt_pass *gs_make_chunks_pass (gcc::context *, bool);
extern opt_pass *gs_make_empty_loops_pass (gcc::context *);

static struct plugin_info gs_plugin_info =
{
  GEARSHIFT_VERSION,
  "Make C programs live-updatable: update points, frames, metadata.\n"
  "  -fplugin-arg-gearshift-points=auto|loops|manual  point placement\n"
  "  -fplugin-arg-gearshift-gear=dual|low             clones to call\n"
  "  -fplugin-arg-gearshift-unwind=eh|check           how captures unwind\n"
  "  -fplugin-arg-gearshift-exclude=NAME[,NAME...]    leave uninstrumented\n"
  "  -fplugin-arg-gearshift-program=NAME              name the program\n"
  "  -fplugin-arg-gearshift-dump                      write *.gearshift dumps\n"
  "  -fplugin-arg-gearshift-verbose                   a note per function"
};

/* PLUGIN_ALL_PASSES_START: the current function is about to be
   compiled and output.  */

static void
all_passes_start (void *, void *)
{
  gs_fill_body_address (current_function_decl);
}

/* PLUGIN_PASS_EXECUTION: PASS_DATA is about to run on the current
   function.  When it is final and the function is in two parts (hot/cold
   partitioning), the metadata gets the cold one's address.  */

static void
pass_execution (void *pass_data, void *)
{
  opt_pass *pass = (opt_pass *) pass_data;
  if (pass->type == RTL_PASS && crtl->has_bb_partition
      && strcmp (pass->name, "final") == 0)
    gs_fill_cold_address (current_function_decl);
}

/* PLUGIN_ALL_IPA_PASSES_END: the global table takes the addresses of
   the variables still there.  */

static void
all_ipa_passes_end (void *, void *)
{
  gs_fill_global_addresses ();
}

/* Have PLUGIN's PASS run right after the first instance of the pass
   named REFERENCE.  */

static void
register_pass_after (const char *plugin, opt_pass *pass,
		     const char *reference)
{
  struct register_pass_info info;
  info.pass = pass;
  info.reference_pass_name = reference;
  info.ref_pass_instance_number = 1;
  info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (plugin, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

/* Entry point: check that we run inside the GCC we were built for, that
   the input is C and the options make sense, then register our pass
   after build_ssa_passes (see gs-pass.cc for why there).  */

int
plugin_init (struct plugin_name_args *info,
	     struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("gearshift: plugin built for GCC %s (%s), but this is GCC %s "
	     "(%s); rebuild gearshift against this compiler",
	     gcc_version.basever, gcc_version.datestamp,
	     version->basever, version->datestamp);
      return 1;
    }

  register_callback (info->base_name, PLUGIN_INFO, NULL, &gs_plugin_info);

  if (!gs_parse_options (info))
    return 0;

  /* Link-time optimisation would move our pass's input to lto1, where
     the front end's view of source variables is gone; refuse it rather
     than produce a half-instrumented program.  */
  if (in_lto_p || flag_lto)
    {
      error ("gearshift: %<-flto%> is not supported; compile and link "
	     "without it");
      return 0;
    }
  /* "GNU C17", "GNU C89"...; not "GNU C++17" or "GNU Objective-C".  */
  if (!startswith (lang_hooks.name, "GNU C")
      || startswith (lang_hooks.name, "GNU C++"))
    {
      error ("gearshift: only C is instrumented; this compiler is the "
	     "%s front end", lang_hooks.name);
      return 0;
    }

  /* With unwind=eh, calls may throw: a capture unwinds the stack as an
     exception, and the landing pads at the call-site points save the
     frames (gs-instrument.cc).  The C library's functions, declared
     nothrow, get none.  */
  if (gs_opts.unwind_eh)
    flag_exceptions = 1;

  /* The pass, where every function is in SSA and nothing is inlined
     yet; and the one that moves checks out of the loops that turn out
     counted, at the start of GCC's loop optimisations (gs-chunks.cc).  */
  register_pass_after (info->base_name, gs_make_pass (g),
		       "build_ssa_passes");
  register_pass_after (info->base_name, gs_make_chunks_pass (g, false),
		       "loopinit");
  /* Again after complete unrolling, for the loops whose inner loops it
     unrolled: their checks came with the copies.  */
  register_pass_after (info->base_name, gs_make_chunks_pass (g, true),
		       "cunroll");
  /* And, after them, one that helps GCC delete the loops they leave
     empty.  */
  register_pass_after (info->base_name, gs_make_empty_loops_pass (g),
		       "loopdone");

  /* The metadata takes a body's address only once GCC outputs it.  */
  register_callback (info->base_name, PLUGIN_ALL_PASSES_START,
		     all_passes_start, NULL);
  /* And its cold part's, if GCC splits one off, once its final pass
     runs: save paths and landing pads go there, out of the hot text.  */
  register_callback (info->base_name, PLUGIN_PASS_EXECUTION,
		     pass_execution, NULL);
  /* And a variable's only once GCC's interprocedural passes are over.  */
  register_callback (info->base_name, PLUGIN_ALL_IPA_PASSES_END,
		     all_ipa_passes_end, NULL);

  /* Dump options are parsed before plugins load, so -fdump-ipa-gearshift
     is rejected; our own switch turns the dump on instead.  */
  if (gs_opts.dump)
    g->get_dumps ()->dump_switch_p ("ipa-gearshift");
  return 0;
}
