/* gearshift runtime: the update flag, update requests and the capture
   handler.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Every update point the plugin places loads __gearshift_flag and, when
   it is set, asks the runtime to push a frame (capture.c).  Requesting
   an update is therefore nothing but a store to the flag, which makes
   gearshift_request_update safe to call from a signal handler.  The
   root (root.c) clears the flag once a stack is captured.  */

#include "gs-internal.h"

/* Nonzero while an update is requested or in progress.  The runtime
   always refers to it by this default-visibility name, never through a
   hidden alias: a non-PIC executable that reads it gets a copy
   relocation, and then only the executable's copy is the flag.  */
GS_EXPORT volatile int __gearshift_flag;

/* The handler installed by gearshift_set_capture_handler, or null for
   the default.  */
static void (*volatile gs_handler) (void);

/* An explicit update point named LABEL.  The plugin replaces calls to
   this function with a point; in code compiled without the plugin it
   does nothing.  */
GS_EXPORT void
gearshift_update_point (const char *label)
{
  (void) label;
}

/* Ask for an update at the next update point reached by the main
   thread.  PATH null means capture the stack and resume the same
   version; loading PATH as a new version does not exist yet.  Returns 0
   or a negative error code.  Async-signal-safe: a request only stores
   to the flag, and a second request while one is pending is the same
   request.  */
GS_EXPORT int
gearshift_request_update (const char *path)
{
  if (path)
    return gs_set_error (GEARSHIFT_ENOTSUP,
			 "loading a new version is not implemented yet");
  __gearshift_flag = 1;
  return 0;
}

/* The default capture handler: print the captured stack to stderr.  */
static void
gs_default_handler (void)
{
  gearshift_stack_print (stderr);
}

/* Make HANDLER the function the root calls once a stack is captured;
   null restores the default, which prints the stack to stderr.  */
GS_EXPORT void
gearshift_set_capture_handler (void (*handler) (void))
{
  gs_handler = handler;
}

/* Return the capture handler to call.  */
void
(*gs_capture_handler (void)) (void)
{
  void (*handler) (void) = gs_handler;

  return handler ? handler : gs_default_handler;
}
