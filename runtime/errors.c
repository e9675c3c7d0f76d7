/* gearshift runtime: error messages and the per-thread error detail.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Functions return negated enum gearshift_error codes, and
   gearshift_strerror names them (as libunwind's unw_strerror does).
   What a code cannot say, such as which frame declined or which unit
   was ignored, goes into a per-thread detail string that
   gearshift_error_detail returns, as musl's dlerror does.  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs-internal.h"

/* Messages, indexed by error code.  */
static const char *const gs_messages[] =
{
  [GEARSHIFT_OK] = "no error",
  [GEARSHIFT_EINVAL] = "invalid argument",
  [GEARSHIFT_EBUSY] = "an update is already in progress",
  [GEARSHIFT_ENOTSUP] = "not supported",
  [GEARSHIFT_ENOMEM] = "out of memory",
  [GEARSHIFT_ENOENT] = "no such frame, variable or capture",
  [GEARSHIFT_EDECLINED] = "the stack holds uninstrumented frames",
  [GEARSHIFT_ELOAD] = "the new version could not be loaded",
  [GEARSHIFT_EREFUSED] = "the update was refused: the state does not map"
};

/* The detail of this thread's last error, and whether there is one.  */
static GS_TLS char gs_detail[256];
static GS_TLS int gs_have_detail;

/* Return the message for error code ERR, negative or positive.  */
GS_EXPORT const char *
gearshift_strerror (int err)
{
  /* Negate in unsigned arithmetic: -INT_MIN overflows.  */
  unsigned int code = err < 0 ? 0u - (unsigned int) err : (unsigned int) err;

  if (code < sizeof gs_messages / sizeof gs_messages[0] && gs_messages[code])
    return gs_messages[code];
  return "unknown gearshift error";
}

/* Return the detail of the last error reported to this thread, or null
   when there was none.  The string stays valid until the thread's next
   error.  */
GS_EXPORT const char *
gearshift_error_detail (void)
{
  return gs_have_detail ? gs_detail : NULL;
}

void
gs_mark_cut (char *buf, size_t size)
{
  if (size >= 4)
    memcpy (buf + size - 4, "...", 4);
}

/* Record the detail of error CODE for this thread, formatted from FMT
   and the arguments that follow, and return -CODE.  A FMT without '%'
   is copied without vsnprintf, so that callers that must stay
   async-signal-safe (gearshift_request_update, declining points) can
   report errors too.  */
int
gs_set_error (int code, const char *fmt, ...)
{
  if (!strchr (fmt, '%'))
    {
      size_t len = strlen (fmt);

      if (len >= sizeof gs_detail)
	len = sizeof gs_detail - 1;
      memcpy (gs_detail, fmt, len);
      gs_detail[len] = '\0';
    }
  else
    {
      va_list ap;

      va_start (ap, fmt);
      vsnprintf (gs_detail, sizeof gs_detail, fmt, ap);
      va_end (ap);
    }
  gs_have_detail = 1;
  return -code;
}

/* Print "gearshift: " and the message formatted from FMT and the
   arguments that follow on stderr, then abort.  Used when the plugin's
   code and the runtime disagree: going on would corrupt the program.  */
void
gs_fatal (const char *fmt, ...)
{
  va_list ap;

  fputs ("gearshift: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}
