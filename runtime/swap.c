/* gearshift runtime: loading a new version and driving its update.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   gearshift_request_update ("v2.so") records the path and raises the
   update flag (request.c).  Once the stack is unwound to the root,
   gs_swap loads the new version (the whole program built with the
   plugin, -fPIC -shared) with dlopen; its units register from their
   constructors, tagged with the new version.  Then the state is mapped,
   before anything of the new version runs: the transformers of changed
   globals run first, into the new version's own variables
   (globals.c), then the frames are mapped (frames.c), and only when all
   of that succeeded do the globals change hands (globals.c).  The
   rules are rules.c's, shared with `gearshift check'; pointers to
   functions of the old version, in frames or globals, are re-pointed
   to the new version's function of the same name (map.c), and the
   entries of the old functions jump to the new ones (redirect.c).

   Before dlopen runs anything of the file, validate.c reads it: a
   truncated, corrupt or foreign file, one without gearshift metadata
   or of another program is refused there, and none of its code runs.
   If anything fails later (the file does not load, registers no
   gearshift unit, a transformer fails, or the state does not map), the
   new version is closed and forgotten, and the old one resumes from
   the captured stack: nothing is lost, and gearshift_update_status
   tells why.  What can be known before the stack unwinds is checked
   then (gs_swap_precheck, which the capture calls through the hook
   gs_swap_init installs): the file is valid and loads, the functions
   on the stack and the innermost point exist in it, the globals map;
   an update failing those is refused without a capture.  On success
   the root resumes the new version's main through its low-gear clone.
   Old versions stay loaded: the heap may still point at their
   functions, whose entries jump to the new version's.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs-map.h"

static void gs_unload (struct gs_map *m, void *handle);
static void gs_check_heap_types (struct gs_map *m);

/* Versions: the one running, and the last tag handed out.  */
static unsigned int gs_current_version;
static unsigned int gs_last_tag;

/* The mapping of the last update, for threads that move late.  */
static struct gs_map gs_last_map;
static int gs_last_map_valid;

/* The new version as gs_swap_precheck or gs_swap_prepare loaded it
   ahead (GS_LOADED_HANDLE, if any), one at a time (GS_PRE_LOCK), and
   whether a stack was checked against it yet.  */
static struct gs_map gs_pre;
static pthread_mutex_t gs_pre_lock = PTHREAD_MUTEX_INITIALIZER;
static int gs_loaded_checked;
static void *gs_loaded_handle;
static unsigned int gs_loaded_tag;
static int gs_loaded_code;

/* Load the pending version into M (unless gs_swap_precheck did) and
   check what can be checked before frames exist: its file, before any
   of it runs (validate.c); then that it registered units, and its
   globals map.  Returns the loader's handle, or null after recording
   the outcome (the pending request is then over).  */
static void *
gs_load (struct gs_map *m)
{
  const char *path = gs_request_path ();
  void *handle = gs_loaded_handle;
  const size_t max = sizeof m->old_units / sizeof *m->old_units;
  char file[4096 + 2], why[1024];
  int status;

  /* Loaded and checked ahead: what was found then holds (nothing of it
     depends on the stacks), and checking it again would lengthen the
     pause (SQLite: some 3 ms).  */
  if (handle && m != &gs_pre)
    {
      *m = gs_pre;
      gs_loaded_handle = NULL;
      return handle;
    }
  memset (m, 0, sizeof *m);
  m->old_version = gs_current_version;
  m->n_old = gs_registry_units (gs_current_version, m->old_units, max);
  if (handle)
    {
      m->version = gs_loaded_tag;
      gs_loaded_handle = NULL;
    }
  else
    {
      /* Check and load the same file: a name without a slash is a file
	 in the working directory, as for open, not a library for dlopen
	 to search for.  */
      snprintf (file, sizeof file, "%s%s", strchr (path, '/') ? "" : "./",
		path);
      status = gs_validate (file, m->old_units,
			    m->n_old < max ? m->n_old : max,
			    gs_request_forced (), why, sizeof why);
      if (status)
	{
	  gs_request_outcome (status, "update to %s refused before loading "
			      "it: %s", path, why);
	  return NULL;
	}
      m->version = ++gs_last_tag;
      gs_registry_set_loading (m->version);
      handle = dlopen (file, RTLD_NOW | RTLD_LOCAL);
      gs_registry_loaded (gs_current_version);
      if (!handle)
	{
	  const char *err = dlerror ();
	  gs_registry_drop (m->version);
	  gs_rules_forget ();
	  gs_drop_transformers (m->version);
	  gs_request_outcome (-GEARSHIFT_ELOAD, "update to %s refused: "
			      "cannot load it: %s", path, err ? err : "?");
	  return NULL;
	}
      gs_self_bind (handle);
    }
  m->n_new = gs_registry_units (m->version, m->new_units,
				sizeof m->new_units / sizeof *m->new_units);
  gs_loaded_code = -GEARSHIFT_EREFUSED;
  /* Its file holds units (validate.c), so none registered means that
     dlopen found it loaded already, and its constructors did not run
     again; or that the registry ignored them (and said why).  */
  if (m->n_new == 0)
    {
      gs_loaded_code = -GEARSHIFT_ELOAD;
      gs_refuse (m, "it registered no gearshift unit (it was loaded "
		 "before, or its units were ignored: build each version to "
		 "a new file)");
    }
  else if (m->n_new > sizeof m->new_units / sizeof *m->new_units
	   || m->n_old > max)
    gs_refuse (m, "too many units");
  else if (gs_init_live_globals (m))
    gs_refuse (m, "out of memory");
  else if (gs_map_globals (m, NULL) == 0
	   && gs_check_thread_locals (m) == 0)
    gs_check_heap_types (m);
  if (m->why[0])
    {
      gs_unload (m, handle);
      return NULL;
    }
  return handle;
}

/* Whether a version before the running one, whose objects may still be
   alive, allocated objects of heap type NT where the runtime does not
   see them; if so, say why in WHY (SIZE bytes).  The running version's
   own allocations are the rules' to judge.  */
static int
gs_untracked_before (const struct gs_type_meta *nt, char *why, size_t size)
{
  static const struct gs_unit_meta *units[256];

  for (unsigned int v = 0; v < gs_current_version; v++)
    {
      size_t n = gs_registry_units (v, units, sizeof units / sizeof *units);

      if (n > sizeof units / sizeof *units)
	n = sizeof units / sizeof *units;
      for (size_t u = 0; u < n; u++)
	for (unsigned int i = 0; i < units[u]->ntypes; i++)
	  if ((units[u]->types[i].flags & GS_TYPE_UNTRACKED)
	      && strcmp (units[u]->types[i].name, nt->name) == 0)
	    {
	      gs_rules_heap_type_why (units, n, &units[u]->types[i], nt, why,
				      size);
	      return 1;
	    }
    }
  return 0;
}

/* Refuse the update of M if it changes the layout of a type whose
   objects may be in the heap (rules.c), or one whose objects an earlier
   version allocated unseen.  */
static void
gs_check_heap_types (struct gs_map *m)
{
  struct gs_rules_transformers tr = { gs_has_transformer, &m->version };
  const struct gs_type_meta *ot;
  char why[sizeof m->why];

  for (size_t u = 0; u < m->n_new; u++)
    for (unsigned int i = 0; i < m->new_units[u]->ntypes; i++)
      {
	const struct gs_type_meta *nt = &m->new_units[u]->types[i];

	switch (gs_rules_heap_type (m->old_units, m->n_old, m->new_units[u],
				    nt, &tr, &ot))
	  {
	  case GS_TYPE_REFUSED:
	    gs_rules_heap_type_why (m->old_units, m->n_old, ot, nt, why,
				    sizeof why);
	    gs_refuse (m, "%s", why);
	    return;

	  case GS_TYPE_CONVERTED:
	    if (gs_untracked_before (nt, why, sizeof why))
	      {
		gs_refuse (m, "%s (an earlier version)", why);
		return;
	      }
	    if (gs_heap_escaped (nt, why, sizeof why))
	      {
		gs_refuse (m, "%s", why);
		return;
	      }
	    break;

	  default:
	    break;
	  }
      }
}

/* Close the new version of M, loaded as HANDLE, and record why it is
   refused.  */
static void
gs_unload (struct gs_map *m, void *handle)
{
  gs_redirect_forget ();
  dlclose (handle);
  gs_registry_drop (m->version);
  gs_rules_forget ();
  gs_drop_transformers (m->version);
  gs_request_outcome (gs_loaded_code, "update to %s refused: %s",
		      gs_request_path (), m->why);
}

/* Load the pending version into GS_PRE, and keep it for gs_swap.
   Returns 0, or nonzero after recording why it is refused.  */
static int
gs_swap_load (void)
{
  void *handle = gs_load (&gs_pre);

  if (!handle)
    return 1;
  if (gs_redirect_plan (&gs_pre))
    {
      gs_unload (&gs_pre, handle);
      return 1;
    }
  gs_loaded_handle = handle;
  gs_loaded_tag = gs_pre.version;
  gs_loaded_checked = 0;
  return 0;
}

/* Before a capture starts at point LABEL of FNS[0], with FNS[1..N-1] the
   functions of its callers (from the stack walk): when an update to a
   new version is pending, load it and refuse it right away, before
   anything is unwound, if it cannot take this stack (a function or the
   point gone, no low-gear clone) or its globals do not map.  Returns 0
   to go on with the capture, nonzero when the update was refused (the
   request is then over, and the program goes on untouched).  Call-site
   points of the callers are known only once they unwind: gs_swap checks
   those.  */
static int
gs_swap_precheck_1 (const struct gs_fn_meta *const *fns, size_t n,
		    const char *label)
{
  if (!gs_request_pending () || gs_loaded_checked)
    return 0;
  if (!gs_loaded_handle && gs_swap_load ())
    return 1;
  /* The first stack to unwind is checked here; the others, and the
     call sites of this one, by gs_swap.  */
  gs_loaded_checked = 1;
  for (size_t i = 0; i < n && !gs_pre.why[0]; i++)
    {
      const struct gs_fn_meta *nf = gs_rules_find_fn (gs_pre.new_units,
						      gs_pre.n_new,
						      fns[i]->name,
						      fns[i]->file);
      if (!nf)
	gs_refuse_target (&gs_pre, GS_TARGET_NO_FUNCTION, fns[i], label, nf);
      else if (!nf->low)
	gs_refuse_target (&gs_pre, GS_TARGET_NO_LOW, fns[i], label, nf);
      else if (i == 0 && gs_rules_find_point (nf, label) < 0)
	gs_refuse_target (&gs_pre, GS_TARGET_NO_POINT, fns[i], label, nf);
    }
  if (gs_pre.why[0])
    {
      gs_unload (&gs_pre, gs_loaded_handle);
      gs_loaded_handle = NULL;
      return 1;
    }
  return 0;
}

/* gs_swap_precheck_1, for one thread at a time: captures may start in
   several threads at once.  */
static int
gs_swap_precheck (const struct gs_fn_meta *const *fns, size_t n,
		  const char *label)
{
  int refused;

  pthread_mutex_lock (&gs_pre_lock);
  refused = gs_swap_precheck_1 (fns, n, label);
  pthread_mutex_unlock (&gs_pre_lock);
  return refused;
}

/* gs_request_update's preparation of an update to a new version, in
   the thread that asks for it (the control channel's) before any
   thread stops: check the file, load it and check that its globals
   map, while the program runs on.  The update point then has only the
   rest to do; the pause no longer counts the loading.  Returns 0, or
   nonzero when the update is refused (the request is then over, and
   no thread ever stopped for it).  */
static int
gs_swap_prepare (void)
{
  int refused = 0;

  pthread_mutex_lock (&gs_pre_lock);
  if (!gs_loaded_handle)
    refused = gs_swap_load ();
  pthread_mutex_unlock (&gs_pre_lock);
  /* The new units' tables checked, and the table of functions by
     address rebuilt, now rather than at the first capture, in the
     pause.  */
  if (!refused)
    gs_registry_catch_up ();
  return refused;
}

/* Make the capture ask gs_swap_precheck before a stack unwinds for an
   update to a new version: a point's push reaches the loader through
   this hook only.  */
void
gs_swap_init (void)
{
  gs_capture_set_precheck (gs_swap_precheck);
  gs_request_set_prepare (gs_swap_prepare);
}

/* Load the pending version (or take the one gs_swap_precheck loaded) and
   map the unwound stacks of the N captures CAPS onto it (one per
   thread, each waiting at its root, threads.c); on failure leave
   everything as it was.  NOTE, if not null, ends the outcome.  */
int
gs_swap (struct gs_capture *const *caps, size_t n, const char *note,
	 const char *old_frames)
{
  static struct gs_map m;
  const char *path = gs_request_pending ();
  size_t nframes = 0;
  char transformed[64], threads[64];
  struct gs_frame **mapped;
  void *handle = gs_load (&m);

  if (!handle)
    return -1;
  mapped = calloc (n ? n : 1, sizeof *mapped);
  if (!mapped)
    {
      gs_refuse (&m, "out of memory");
      gs_unload (&m, handle);
      return -1;
    }
  if (gs_transform_globals (&m) || gs_heap_prepare (&m))
    {
      free (mapped);
      gs_unload (&m, handle);
      return -1;
    }
  if (gs_heap_changing () && old_frames)
    {
      /* Old code would go on reading them with the old layout.  */
      gs_refuse (&m, "objects in the heap would convert (%s) while %s, "
		 "whose code may read them with the old layout",
		 m.heap_converted, old_frames);
      gs_heap_cancel ();
      free (mapped);
      gs_unload (&m, handle);
      return -1;
    }
  if (gs_redirect (&m))
    {
      gs_heap_cancel ();
      free (mapped);
      gs_unload (&m, handle);
      return -1;
    }
  /* Every thread's frames map, or none is touched.  */
  for (size_t t = 0; t < n; t++)
    {
      size_t k;
      struct gs_frame *frames = gs_capture_frames_for_swap (caps[t], &k);

      if (gs_map_frames (&m, caps[t], frames, k, &mapped[t]))
	{
	  while (t--)
	    free (mapped[t]);
	  free (mapped);
	  gs_redirect_undo ();
	  gs_heap_cancel ();
	  gs_unload (&m, handle);
	  return -1;
	}
    }
  for (size_t t = 0; t < n; t++)
    {
      size_t k;
      struct gs_frame *frames = gs_capture_frames_for_swap (caps[t], &k);

      memcpy (frames, mapped[t], k * sizeof *frames);
      free (mapped[t]);
      nframes += k;
    }
  free (mapped);
  gs_heap_commit ();
  gs_map_globals (&m, handle);
  gs_heap_cancel ();
  gs_redirect_commit (&m, handle);
  gs_share_constants (&m);
  gs_current_version = m.version;
  gs_run_on_update (m.version);
  snprintf (transformed, sizeof transformed, ", %u values transformed",
	    m.transformed);
  snprintf (threads, sizeof threads, " of %zu threads", n);
  gs_request_outcome (0, "updated to %s: %zu frames%s, %u globals mapped%s, "
		      "%u functions redirected%s%s%s%s", path, nframes,
		      n > 1 ? threads : "",
		      m.globals, m.transformed ? transformed : "",
		      m.redirected, m.notes,
		      m.kept[0] ? "; old code still reachable: " : "",
		      m.kept, note ? note : "");
  gs_last_map = m;
  gs_last_map_valid = 1;
  return 0;
}

/* Carry the calling thread's thread-local globals over to the version
   the last update loaded (globals.c).  */
void
gs_swap_thread_locals (void)
{
  if (gs_last_map_valid)
    gs_map_thread_locals (&gs_last_map);
}

/* Map the unwound stack of CAP, a thread whose frames stayed in the
   version before the last update (it was blocked, threads.c), onto the
   version running now, as the last update mapped the others.  */
int
gs_swap_late (struct gs_capture *cap)
{
  size_t k;
  struct gs_frame *frames = gs_capture_frames_for_swap (cap, &k), *mapped;

  if (!gs_last_map_valid || !frames
      || gs_map_frames (&gs_last_map, cap, frames, k, &mapped))
    {
      gs_last_map.why[0] = '\0';
      return -1;
    }
  memcpy (frames, mapped, k * sizeof *frames);
  free (mapped);
  return 0;
}

/* Refuse the pending update, because WHY, before its state is mapped;
   close the version gs_swap_precheck loaded ahead, if any.  */
void
gs_swap_refuse (const char *why)
{
  const char *path = gs_request_pending ();

  if (!path)
    return;
  if (gs_loaded_handle)
    {
      dlclose (gs_loaded_handle);
      gs_registry_drop (gs_loaded_tag);
      gs_rules_forget ();
      gs_drop_transformers (gs_loaded_tag);
      gs_loaded_handle = NULL;
    }
  gs_request_outcome (-GEARSHIFT_EREFUSED, "update to %s refused: %s", path,
		      why);
}
