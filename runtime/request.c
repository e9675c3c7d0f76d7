/* gearshift runtime: the update flag, update requests and their outcome.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Every update point the plugin places compares __gearshift_flag with
   zero and, when it is set, asks the runtime to push a frame
   (capture.c).  Requesting an update is therefore a store to the flag
   (and, for a new version, a copy of its path), which makes
   gearshift_request_update safe to call from a signal handler.  The
   root (root.c) clears the flag once a stack is captured; the update
   (swap.c) records its outcome here, for gearshift_update_status.  This
   file calls nothing of the runtime's but errors.c.  */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "gs-internal.h"

/* Nonzero while an update is requested or in progress.  The runtime
   always refers to it by this default-visibility name, never through a
   hidden alias: a non-PIC executable that reads it gets a copy
   relocation, and then only the executable's copy is the flag.  */
GS_EXPORT volatile int __gearshift_flag;

/* The requested path of a new version, and whether a request for one
   is pending.  */
static char gs_pending_path[4096];
static volatile int gs_pending;
/* An update to a new version being prepared (gs_request_update): its
   path is known (gs_request_path), but it is not pending yet.  */
static volatile int gs_preparing;

/* When the pending update to a new version was requested.  */
static struct timespec gs_pending_since;

/* Whether the pending update skips the check that the new version is a
   version of this program (gearshift update --force).  */
static volatile int gs_pending_forced;

/* Whether an update in place is requested and no capture served it.  */
static volatile int gs_in_place;

/* The outcome of the last update: 0, a negative error code, or
   -GEARSHIFT_EBUSY while one is pending; and its message.  */
static volatile int gs_status = -GEARSHIFT_ENOENT;
static char gs_message[1024] = "no update was requested";

/* What the control channel asks of the program's threads (channel.c):
   0, or its own code for it.  */
static volatile int gs_channel_ask;

/* Whether outcomes are printed on stderr (GEARSHIFT_REPORT), and
   whether every point reached is to update (GEARSHIFT_STRESS=0).  */
static int gs_report;
static int gs_every_point;

/* An explicit update point named LABEL.  The plugin replaces calls to
   this function with a point; in code compiled without the plugin it
   does nothing.  */
GS_EXPORT void
gearshift_update_point (const char *label)
{
  (void) label;
}

/* Ask for an update at the next update point a known thread reaches.
   PATH null means capture that thread's stack and resume the same
   version, in place; otherwise load PATH as the new version (swap.c)
   and move every known thread there (threads.c).
   Returns 0 or a negative error code.  Async-signal-safe: a request
   copies the path and stores to the flag, and a second in-place
   request while one is pending is the same request.  */
GS_EXPORT int
gearshift_request_update (const char *path)
{
  return gs_request_update (path, 0, 0);
}

/* The preparation of an update to a new version (swap.c's), for
   gs_request_update's PREPARE.  */
static int (*gs_prepare) (void);

void
gs_request_set_prepare (int (*prepare) (void))
{
  gs_prepare = prepare;
}

int
gs_request_update (const char *path, int force, int prepare)
{
  if (path)
    {
      size_t n = 0;

      if (gs_pending || gs_preparing)
	return gs_set_error (GEARSHIFT_EBUSY, "an update is already pending");
      while (path[n] && n < sizeof gs_pending_path - 1)
	n++;
      if (path[n] || n == 0)
	return gs_set_error (GEARSHIFT_EINVAL, "bad path of a new version");
      memcpy (gs_pending_path, path, n + 1);
      gs_pending_forced = force;
      clock_gettime (CLOCK_MONOTONIC, &gs_pending_since);
      /* Before any thread stops for it, and before the program sees it
	 pending (gearshift_update_status): whoever asked may wait for
	 that, as the test suite's requests through the command do, and
	 then expect the update at the next point.  Refused, the request
	 is over, and no thread ever stopped.  */
      if (prepare && gs_prepare)
	{
	  gs_preparing = 1;
	  int refused = gs_prepare ();
	  gs_preparing = 0;
	  if (refused)
	    return 0;
	}
      gs_status = -GEARSHIFT_EBUSY;
      gs_pending = 1;
    }
  else
    gs_in_place = 1;
  /* After the request is recorded: gs_capture_flag_down, which lowers
     the flag, then looks for one.  */
  __atomic_store_n (&__gearshift_flag, 1, __ATOMIC_SEQ_CST);
  return 0;
}

int
gs_request_asked (void)
{
  return (__atomic_load_n (&gs_pending, __ATOMIC_SEQ_CST)
	  || __atomic_load_n (&gs_in_place, __ATOMIC_SEQ_CST));
}

int
gs_request_wanted (void)
{
  return gs_request_asked () || gs_every_point;
}

void
gs_request_served (void)
{
  gs_in_place = 0;
}

const char *
gs_request_pending (void)
{
  return gs_pending ? gs_pending_path : NULL;
}

const char *
gs_request_path (void)
{
  return gs_pending || gs_preparing ? gs_pending_path : NULL;
}

double
gs_ms (const struct timespec *a, const struct timespec *b)
{
  return (b->tv_sec - a->tv_sec) * 1e3 + (b->tv_nsec - a->tv_nsec) / 1e6;
}

double
gs_request_age_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);
  return gs_ms (&gs_pending_since, &now);
}

int
gs_request_forced (void)
{
  return (gs_pending || gs_preparing) && gs_pending_forced;
}

void
gs_request_outcome (int status, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  int n = vsnprintf (gs_message, sizeof gs_message, fmt, ap);
  va_end (ap);
  /* Cut, it says so.  */
  if (n >= (int) sizeof gs_message)
    gs_mark_cut (gs_message, sizeof gs_message);
  gs_status = status;
  gs_pending = 0;
  if (gs_report)
    fprintf (stderr, "gearshift: %s\n", gs_message);
}

/* The outcome of the last update: 0 when it succeeded, or a negative
   error code (-GEARSHIFT_EBUSY while one is pending, -GEARSHIFT_ENOENT
   before any); its message is copied into BUF of SIZE bytes.  */
GS_EXPORT int
gearshift_update_status (char *buf, size_t size)
{
  if (buf && size)
    {
      strncpy (buf, gs_pending && gs_status == -GEARSHIFT_EBUSY
	       ? "an update is pending" : gs_message, size - 1);
      buf[size - 1] = '\0';
    }
  return gs_status;
}

void
gs_request_channel (int what)
{
  __atomic_store_n (&gs_channel_ask, what, __ATOMIC_SEQ_CST);
  __atomic_store_n (&__gearshift_flag, 1, __ATOMIC_SEQ_CST);
}

int
gs_request_channel_asked (void)
{
  return __atomic_load_n (&gs_channel_ask, __ATOMIC_RELAXED);
}

int
gs_request_channel_take (void)
{
  return __atomic_exchange_n (&gs_channel_ask, 0, __ATOMIC_SEQ_CST);
}

void
gs_request_set_report (int on)
{
  gs_report = on;
}

int
gs_reporting (void)
{
  return gs_report;
}

void
gs_request_every_point (void)
{
  gs_every_point = 1;
  __atomic_store_n (&__gearshift_flag, 1, __ATOMIC_SEQ_CST);
}

void
gs_request_rearm (void)
{
  if (gs_every_point)
    __atomic_store_n (&__gearshift_flag, 1, __ATOMIC_SEQ_CST);
}
