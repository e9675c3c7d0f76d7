/* gearshift: parsing -fplugin-arg-gearshift-KEY[=VALUE].
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Keys:
     points=auto|loops|manual   placement policy (default auto)
     gear=dual|low              dual (default) or every call in low gear
     unwind=eh|check            after a call-site point's call, a
                                landing pad that a capture, unwinding
                                as an exception, reaches (default), or
                                a check (gs-instrument.cc)
     exclude=NAME[,NAME...]     leave these functions uninstrumented
     allocator=NAME[,NAME...]   these functions are the program's
                                allocators, as if declared with
                                __attribute__ ((malloc)): with
                                heap=typed, the objects they return
                                from malloc, calloc or realloc are
                                typed (gs-types.cc)
     short-loop=N               points=loops: an innermost call-free loop
                                known on entry to run fewer than N
                                times runs a copy without its point;
                                and a loop that turns out counted runs
                                N iterations between checks
                                (gs-chunks.cc) (default 4096; 0: every
                                loop checks on every iteration)
     heap=typed|plain           allocations of struct and union types go
                                to the runtime's typed allocator, which
                                lets an update convert the objects
                                (default), or to malloc unseen
                                (runtime/heap.c)
     program=NAME               the name of the program the unit belongs
                                to, recorded in its metadata: an update
                                object naming another program is
                                refused (runtime/rules.c)
     dump                       write the pass's dump file (*.gearshift)
     verbose                    one note per instrumented function

   Every problem is an error (never a warning): a build that silently
   ignores a misspelt option would measure or ship the wrong thing.  */

#include "gs-gcc.h"
#include "gs-options.h"

struct gs_options gs_opts = { GS_POINTS_AUTO, GS_GEAR_DUAL, NULL, NULL,
			      4096, NULL, true, true, false, false };

/* The name of policy P, for dumps and notes.  */

const char *
gs_points_policy_name (enum gs_points_policy p)
{
  switch (p)
    {
    case GS_POINTS_AUTO: return "auto";
    case GS_POINTS_LOOPS: return "loops";
    default: return "manual";
    }
}

/* Split the comma-separated LIST into the null-terminated list
   *NAMES, after those it has.  */

static void
parse_names (const char *list, char ***names)
{
  size_t n = 1;
  for (const char *c = list; *c; c++)
    n += *c == ',';
  size_t old = 0;
  if (*names)
    while ((*names)[old])
      old++;
  *names = XRESIZEVEC (char *, *names, old + n + 1);
  const char *start = list;
  for (const char *c = list;; c++)
    if (*c == ',' || *c == '\0')
      {
	if (c > start)
	  (*names)[old++] = xstrndup (start, c - start);
	if (*c == '\0')
	  break;
	start = c + 1;
      }
  (*names)[old] = NULL;
}

/* The index of VALUE, the value of option KEY, among the N (2 or 3)
   NAMES; or -1, after reporting the error.  */

static int
parse_choice (const char *key, const char *value, const char *const *names,
	      int n)
{
  for (int i = 0; i < n; i++)
    if (value && !strcmp (value, names[i]))
      return i;
  if (n == 2)
    error ("gearshift: %<-fplugin-arg-gearshift-%s=%s%>: expected %qs or "
	   "%qs", key, value ? value : "", names[0], names[1]);
  else
    error ("gearshift: %<-fplugin-arg-gearshift-%s=%s%>: expected %qs, "
	   "%qs or %qs", key, value ? value : "", names[0], names[1],
	   names[2]);
  return -1;
}

/* Parse the plugin's arguments in INFO into gs_opts.  Report every bad
   one with error () and return false if there was any.  */

bool
gs_parse_options (const struct plugin_name_args *info)
{
  bool ok = true;
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      const char *value = info->argv[i].value;
      int choice;
      if (!strcmp (key, "points"))
	{
	  static const char *const names[] = { "auto", "loops", "manual" };
	  static const gs_points_policy policies[]
	    = { GS_POINTS_AUTO, GS_POINTS_LOOPS, GS_POINTS_MANUAL };
	  if ((choice = parse_choice (key, value, names, 3)) < 0)
	    ok = false;
	  else
	    gs_opts.points = policies[choice];
	}
      else if (!strcmp (key, "gear"))
	{
	  static const char *const names[] = { "dual", "low" };
	  if ((choice = parse_choice (key, value, names, 2)) < 0)
	    ok = false;
	  else
	    gs_opts.gear = choice ? GS_GEAR_LOW : GS_GEAR_DUAL;
	}
      else if (!strcmp (key, "unwind"))
	{
	  static const char *const names[] = { "check", "eh" };
	  if ((choice = parse_choice (key, value, names, 2)) < 0)
	    ok = false;
	  else
	    gs_opts.unwind_eh = choice == 1;
	}
      else if (!strcmp (key, "heap"))
	{
	  static const char *const names[] = { "plain", "typed" };
	  if ((choice = parse_choice (key, value, names, 2)) < 0)
	    ok = false;
	  else
	    gs_opts.heap_typed = choice == 1;
	}
      else if (!strcmp (key, "exclude") || !strcmp (key, "allocator"))
	{
	  if (!value || !*value)
	    {
	      error ("gearshift: %<-fplugin-arg-gearshift-%s%> needs "
		     "a comma-separated list of function names", key);
	      ok = false;
	    }
	  else
	    parse_names (value, key[0] == 'e' ? &gs_opts.exclude
			 : &gs_opts.allocators);
	}
      else if (!strcmp (key, "short-loop"))
	{
	  char *end = NULL;
	  unsigned long n = (value && ISDIGIT (value[0])
			     ? strtoul (value, &end, 10) : 0);
	  if (!end || *end || n > (1ul << 30))
	    {
	      error ("gearshift: %<-fplugin-arg-gearshift-short-loop=%s%>: "
		     "expected a number of iterations from 0 to %lu",
		     value ? value : "", 1ul << 30);
	      ok = false;
	    }
	  else
	    gs_opts.short_loop = n;
	}
      else if (!strcmp (key, "program"))
	{
	  bool printable = value && *value;
	  for (const char *c = value; printable && *c; c++)
	    printable = !ISCNTRL (*c);
	  if (!printable)
	    {
	      error ("gearshift: %<-fplugin-arg-gearshift-program%> needs "
		     "a name (printable characters)");
	      ok = false;
	    }
	  else
	    gs_opts.program = value;
	}
      else if (!strcmp (key, "dump") || !strcmp (key, "verbose"))
	{
	  if (value)
	    {
	      error ("gearshift: %<-fplugin-arg-gearshift-%s%> takes no "
		     "value", key);
	      ok = false;
	    }
	  else if (key[0] == 'd')
	    gs_opts.dump = true;
	  else
	    gs_opts.verbose = true;
	}
      else
	{
	  error ("gearshift: unknown option %<-fplugin-arg-gearshift-%s%>; "
		 "known: points, gear, unwind, heap, exclude, allocator, "
		 "short-loop, "
		 "program, "
		 "dump, verbose", key);
	  ok = false;
	}
    }
  return ok;
}

/* Whether NAME is in the null-terminated list NAMES (null: empty).  */

static bool
named_p (char **names, const char *name)
{
  if (names)
    for (char **e = names; *e; e++)
      if (!strcmp (*e, name))
	return true;
  return false;
}

/* Whether the function called NAME was excluded by the user.  */

bool
gs_excluded_p (const char *name)
{
  return named_p (gs_opts.exclude, name);
}

/* Whether the user named the function called NAME an allocator.  */

bool
gs_allocator_named_p (const char *name)
{
  return named_p (gs_opts.allocators, name);
}
