/* gearshift runtime: declarations shared by the runtime's files.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The runtime is compiled with -fvisibility=hidden: everything is
   private unless marked GS_EXPORT, and the linker version script
   exports only gearshift_*, __gearshift_* and main.  Internal names
   start with gs_.

   Files, each calling only files listed after it (no circle: a point's
   push reaches the loader only through the hook swap.c installs):
     root.c      the program's main, entering the renamed main through
                 the root frame that a fully unwound stack returns to;
     threads.c   the program's threads (the runtime's pthread_create,
                 their roots) and how an update stops and moves them;
     channel.c   the control channel that `gearshift update' talks to
                 (its address and waits: gs-channel.h);
     control.c   the environment's requests (GEARSHIFT_REPORT,
                 GEARSHIFT_STRESS), the capture handler;
     swap.c      loading a new version and driving its update, or
                 refusing it (gs-map.h: what the next four share);
     redirect.c  old versions' functions jump to the new version's;
     globals.c   mapping the globals onto the new version;
     frames.c    mapping the captured frames onto it;
     map.c       what both need: the refusal, code pointers re-pointed;
     transformers.c  the transformers a new version registers;
     validate.c  checking the file of a new version before it loads;
     rules.c     the mapping rules, shared with `gearshift check'
                 (gs-rules.h);
     report.c    reading and printing a captured stack, statistics;
     capture.c   the per-thread capture stack and the stack walk that
                 decides whether a point may start a capture;
     side.c      the per-thread side stack of address-taken locals;
     layout.c    printing a value from its layout descriptor;
     registry.c  the units the plugin registers, and function lookup by
                 address;
     request.c   the update flag, update requests and their outcome;
     libc.c      the C library's threads functions that threads.c's
                 take the place of, for it and the runtime's own
                 threads;
     errors.c    error messages and the per-thread error detail;
     meta-file.c, elf-image.c  reading a file's metadata without
                 running it (gs-file.h), for validate.c.

   Headers: gs-meta.h, the metadata's ABI, shared with the plugin and
   the gearshift command; gs-channel.h and gs-file.h, shared with the
   command.

   Environment, read once by main before the program starts, with
   secure_getenv: a privileged program (AT_SECURE) reads none of it:
     GEARSHIFT_STATS   when set, non-empty and not "0", print at exit
                       one line on stderr:
                         gearshift: U updates, D declined, pause mean
                         M us max X us, deepest stack N frames[, L
                         threads moved late]
                       (U completed updates, D update points that
                       declined to start a capture, M and X the mean
                       and longest pause from the capture's start to
                       the program running again, N the most frames
                       one capture held).
     GEARSHIFT_STRESS  a number of microseconds: a thread requests an
                       in-place update at that interval, for as long as
                       the program runs; 0: an update at every update
                       point any known thread reaches.  A program's
                       output must not change: this is the test of
                       capture and resume.
     GEARSHIFT_THREADS_WAIT  milliseconds an update to a new version
                       waits for every known thread to reach a point
                       (threads.c; default 2000).
     GEARSHIFT_CONTROL 0: no control channel (channel.c) for
                       `gearshift update`; thread: its thread from the
                       start, not at the first connection.
     XDG_RUNTIME_DIR   where the control channel goes, when safe
                       (channel-dir.c).
     GEARSHIFT_REPORT  when set, non-empty and not "0", the default
                       capture handler prints every captured stack on
                       stderr (gearshift_stack_print) before resuming.  */

#ifndef GEARSHIFT_GS_INTERNAL_H
#define GEARSHIFT_GS_INTERNAL_H

#include <pthread.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "gearshift.h"
#include "gs-meta.h"

/* Mark a definition as part of the library's ABI.  */
#define GS_EXPORT __attribute__ ((visibility ("default")))

/* Thread-local storage for the runtime's own state.  The runtime holds
   the program's main, so it is always loaded at startup and its TLS
   lives in the static block: initial-exec access is then valid, fast,
   and never allocates (it is safe in a signal handler, unlike the
   general-dynamic model's __tls_get_addr).  */
#define GS_TLS _Thread_local __attribute__ ((tls_model ("initial-exec")))

#define GS_PRINTF(FMT, ARGS) __attribute__ ((format (printf, FMT, ARGS)))
#define GS_NORETURN __attribute__ ((noreturn))

/* errors.c  */

/* Record the detail of error CODE (a positive enum gearshift_error) for
   this thread, formatted from FMT like printf, and return -CODE.  A FMT
   without '%' is copied as is, which is async-signal-safe.  */
extern int gs_set_error (int code, const char *fmt, ...) GS_PRINTF (2, 3);

/* End BUF, of SIZE bytes, which a message filled and was cut to fit,
   with "...", so that it says it was cut.  */
extern void gs_mark_cut (char *buf, size_t size);

/* Print "gearshift: " and the message formatted from FMT on stderr,
   then abort.  For broken invariants: a plugin/runtime mismatch.  */
extern void gs_fatal (const char *fmt, ...) GS_PRINTF (1, 2) GS_NORETURN;

/* request.c  */

/* gearshift_request_update (PATH), and with FORCE nonzero, an update
   that skips the check that PATH is a version of this program
   (`gearshift update --force'); whether the pending one does.  With
   PREPARE nonzero (not async-signal-safe), the calling thread first
   prepares an update to a new version with the function set by
   gs_request_set_prepare (swap.c's: it checks and loads the file while
   the program runs), which returns nonzero when it refused the update
   (the outcome says why, and 0 is returned: the request is over).  */
extern int gs_request_update (const char *path, int force, int prepare);
extern void gs_request_set_prepare (int (*prepare) (void));
extern int gs_request_forced (void);

/* The path of a requested update to a new version, or null (none, or an
   in-place one); the same, or of one being prepared.  */
extern const char *gs_request_pending (void);
extern const char *gs_request_path (void);

/* Milliseconds from A to B; since the pending update to a new version
   was requested.  */
extern double gs_ms (const struct timespec *a, const struct timespec *b);
extern double gs_request_age_ms (void);

/* Whether an update is requested (to a new version, in place, or at
   every point); whether one was asked for (not counting every point);
   a capture served the request in place.  */
extern int gs_request_wanted (void);
extern int gs_request_asked (void);
extern void gs_request_served (void);

/* Record the outcome STATUS of the pending update, with the message
   formatted from FMT (printed on stderr with GEARSHIFT_REPORT); the
   request is over.  */
extern void gs_request_outcome (int status, const char *fmt, ...)
  GS_PRINTF (2, 3);

/* The control channel asks something of the program's threads, WHAT
   (nonzero, channel.c's code), and raises the flag, so that the next
   point, wait or sleep does it (capture.c's gs_capture_serve_channel);
   what it asks, or 0; take the request (return it, and ask nothing
   more).  Async-signal-safe.  */
extern void gs_request_channel (int what);
extern int gs_request_channel_asked (void);
extern int gs_request_channel_take (void);

/* Whether outcomes and captured stacks are printed on stderr; set it.  */
extern int gs_reporting (void);
extern void gs_request_set_report (int on);

/* GEARSHIFT_STRESS=0: request an update at every point reached from now
   on; and, once an update has completed, the next one.  */
extern void gs_request_every_point (void);
extern void gs_request_rearm (void);

/* control.c  */

/* Read GEARSHIFT_REPORT and GEARSHIFT_STRESS; start the stress thread.  */
extern void gs_control_init (void);

/* The handler to call at the root once a stack is captured.  */
extern void (*gs_capture_handler (void)) (void);

/* registry.c  */

/* Lock the registry for writing (registering, checking, rebuilding,
   dropping units), or for reading (lookups; trying, which returns
   nonzero on success, never waits); whether units changed since the
   last check and rebuild.  */
extern void gs_registry_lock (void);
extern void gs_registry_unlock (void);
extern int gs_registry_read_trylock (void);
extern void gs_registry_read_lock (void);
extern void gs_registry_read_unlock (void);
extern int gs_registry_changed (void);

/* The instrumented function whose high- or low-gear body starts at
   ADDR, or null.  Does not allocate (safe in a signal handler).  */
extern const struct gs_fn_meta *gs_registry_lookup (uintptr_t addr);
extern int gs_registry_unchecked (const struct gs_fn_meta *fn);

/* Rebuild the sorted lookup table if units were registered since it was
   last built.  Allocates; until it succeeds, lookups scan every unit.
   Returns 0 or a negative error code.  */
extern int gs_registry_refresh (void);

/* Check the frame and point tables of units not checked yet, and forget
   those that fail (printing why).  Not in a signal handler.  */
extern void gs_registry_check (void);

/* Both of the above for units registered since, under the lock, which
   the caller does not hold.  Not in a signal handler.  */
extern void gs_registry_catch_up (void);

/* Make units that the calling thread registers from now on belong to
   version VERSION (0: the program as started); end that, with units
   that any thread registers from now on belonging to VERSION; list a
   version's units; forget them; the version of units that the calling
   thread registers now.  */
extern void gs_registry_set_loading (unsigned int version);
extern void gs_registry_loaded (unsigned int version);
extern size_t gs_registry_units (unsigned int version,
				 const struct gs_unit_meta **units,
				 size_t max);
extern void gs_registry_drop (unsigned int version);
extern unsigned int gs_registry_loading (void);

/* capture.c  */

/* State of a thread's capture.  */
enum gs_capture_state
{
  GS_IDLE,			/* No capture.  */
  GS_UNWINDING,			/* Frames are being pushed.  */
  GS_UNWOUND,			/* The stack returned to the root.  */
  GS_RESTORING			/* Low-gear clones are popping frames.  */
};

/* The type of the program's main (and of its low-gear clone), and of
   a thread's start routine.  */
typedef int (*gs_main_fn) (int, char **, char **);
typedef void *(*gs_start_fn) (void *);

/* A thread's capture (capture.c).  */
struct gs_capture;

/* Make PRECHECK the check a capture asks, once the stack walk knows the
   functions FNS on the stack (N of them, innermost first, stopped at
   LABEL), before anything unwinds for an update to a new version; a
   nonzero answer refuses that update and the program goes on.  */
extern void gs_capture_set_precheck (int (*precheck)
				     (const struct gs_fn_meta *const *fns,
				      size_t n, const char *label));

/* Make STAY what a point that cannot capture its thread's stack (WHY,
   at a point of FN) calls while an update to a new version is pending,
   outside signal handlers (threads.c: it waits for the update).  */
extern void gs_capture_set_stay (void (*stay)
				 (const char *why,
				  const struct gs_fn_meta *fn));

/* Start rebuilding the calling thread's unwound stack: the low-gear
   clone of its outermost function to call; see capture.c.  */
extern void *gs_resume_begin (void);

/* The calling thread's capture; a capture's unwound frames, to replace
   (swap.c), and storage for new ones, freed with the capture.  */
extern struct gs_capture *gs_capture_self (void);
extern struct gs_frame *gs_capture_frames_for_swap (struct gs_capture *c,
						    size_t *count);
extern void *gs_capture_alloc (struct gs_capture *c, size_t size,
			       size_t align);

/* Whether capture C is to move its thread late, onto the version that
   runs now (its frames may be an older version's), at its next point;
   make it so, or not; whether the calling thread's is.  */
extern void gs_capture_want_late (struct gs_capture *c, int on);
extern int gs_capture_late (void);

/* Lower the update flag, unless an update is asked for or a late move
   waits (GEARSHIFT_STRESS=0 raises it again after each update).  */
extern void gs_capture_flag_down (void);

/* Do what the control channel asks (gs_request_channel) through the
   function SERVE installed (channel.c's gs_channel_start), if the
   calling thread is known and runs no signal handler; then lower the
   flag, unless something else wants it up.  */
extern void gs_capture_set_serve (void (*serve) (int thread));
extern void gs_capture_serve_channel (void);

/* threads.c  */

/* At a thread's root, its stack captured: take part in the update and
   return the low-gear clone of its outermost function to call.  */
extern void *gs_root_arrived (void);

/* Know the main thread, read GEARSHIFT_THREADS_WAIT, install the kick.  */
extern void gs_threads_init (void);

/* At the calling thread's root, its stack captured, with an update to a
   new version pending: wait for every thread, update, return.  */
extern void gs_threads_update (void);

/* Around a blocking wait for events NAME (waits.c), called from FROM:
   if the caller has no points (a library's event loop), the calling
   thread, if known, counts as blocked meanwhile, as in pthread_join,
   and gs_threads_wait_begin returns nonzero; the caller then calls
   gs_threads_wait_end once the wait returned.  */
extern int gs_threads_wait_begin (const char *name, void *from);
extern void gs_threads_wait_end (void);

/* libc.c: the C library's pthread_create, pthread_join,
   pthread_cond_wait and pthread_cond_timedwait.  */
extern int gs_libc_pthread_create (pthread_t *thread,
				   const pthread_attr_t *attr,
				   gs_start_fn start, void *arg);
extern int gs_libc_pthread_join (pthread_t thread, void **retval);
extern int gs_libc_pthread_cond_wait (pthread_cond_t *cond,
				      pthread_mutex_t *mutex);
extern int gs_libc_pthread_cond_timedwait (pthread_cond_t *cond,
					   pthread_mutex_t *mutex,
					   const struct timespec *abstime);

/* Start a thread of the runtime's own (the stress thread, the control
   channel's), detached, running START (ARG) with every signal blocked:
   it must not take the program's signals.  Returns 0 or an error
   number.  */
extern int gs_libc_start_own (gs_start_fn start, void *arg);

/* In the child of a fork, at its first point, wait or thread: start
   its stress thread again, if GEARSHIFT_STRESS asked for one.  */
extern void gs_control_forked (void);

/* channel.c  */

/* Open the control channel of `gearshift update`, unless
   GEARSHIFT_CONTROL=0.  */
extern void gs_channel_init (void);

/* Do what the channel asks (gs_request_channel): start its thread (a
   connection came) or, in a forked process, open it; with THREAD,
   start the channel's thread anyway, unless it has one.  Not in a
   signal handler.  */
extern void gs_channel_start (int thread);

/* Make NUDGE what the channel calls while an update request waits for
   its point (threads.c: kick the threads).  */
extern void gs_channel_set_nudge (void (*nudge) (void));

/* How many times a connection signalled the program (the waits'
   wrappers compare it around a call).  */
extern unsigned int gs_channel_signal_count (void);

/* swap.c  */

/* Load the pending version and map the unwound stacks of the N
   captures CAPS (one per thread, each waiting at its root) onto it; on
   any failure leave every stack as it was (the threads resume in place)
   and record why.  NOTE, if not null, ends the outcome's message.
   OLD_FRAMES, if not null, says which known thread keeps frames of the
   running version (blocked, or at a point that cannot capture it): no
   object in the heap may then convert.  Returns 0 when the update is
   done.  */
extern int gs_swap (struct gs_capture *const *caps, size_t n,
		    const char *note, const char *old_frames);

/* Map the unwound stack of CAP, a thread that kept frames of the
   version before the last update while that update ran, onto the
   version running now; nonzero, leaving the stack, when it cannot.  */
extern int gs_swap_late (struct gs_capture *cap);

/* Carry the calling thread's copies of the thread-local globals over to
   the version the last update loaded: once per thread, before it runs
   that version.  */
extern void gs_swap_thread_locals (void);

/* Refuse the pending update, because WHY, before its state is mapped:
   close the new version if it was loaded ahead, and record the
   outcome.  */
extern void gs_swap_refuse (const char *why);

/* Install the check that refuses, before a capture, a pending update
   that cannot take the stack (gs_capture_set_precheck).  */
extern void gs_swap_init (void);

/* validate.c  */

/* Check the file PATH as a new version of the program whose running
   version has the units RUNNING (N_RUNNING of them), before anything of
   it runs: a regular ELF shared object for x86-64, whole, with
   gearshift metadata of this runtime's version, and (unless FORCE) a
   version of this program.  Returns 0, or -GEARSHIFT_ELOAD with WHY
   (SIZE bytes) saying why not.  */
extern int gs_validate (const char *path,
			const struct gs_unit_meta *const *running,
			size_t n_running, int force, char *why, size_t size);

/* One captured frame.  */
struct gs_frame
{
  const struct gs_fn_meta *fn;	/* The function that pushed it.  */
  unsigned int point;		/* Index of its point in FN->points.  */
  void *data;			/* FN->frame_size bytes, aligned to 16 or
				   FN->frame_align if larger.  */
};

/* Make the calling thread's frame with canonical frame address CFA the
   root that captures unwind to.  */
extern void gs_capture_set_root (uintptr_t cfa, jmp_buf *root);

/* Called by the root when the program's main has returned: if the
   thread's capture was unwinding, mark it unwound, clear the update
   flag, count it and return nonzero.  */
extern int gs_capture_finish (void);

/* The calling thread's captured frames, innermost first, and their
   number; null unless its capture is unwound.  */
extern const struct gs_frame *gs_capture_frames (size_t *count);

/* Statistics, updated atomically.  */
struct gs_stats
{
  unsigned long captures;	/* Completed captures.  */
  unsigned long declines;	/* Points that declined to capture.  */
  unsigned long deepest;	/* Most frames in one capture.  */
  unsigned long updates;	/* Completed resumes.  */
  unsigned long pause_total_ns;	/* Capture start to resumed, summed.  */
  unsigned long pause_max_ns;
  unsigned long last_pause_ns;	/* The last update's pause.  */
  unsigned long late_moves;	/* Threads that moved late (threads.c).  */
};

/* The pause of the last update, of any thread, in microseconds.  */
extern double gs_last_pause_us (void);

extern struct gs_stats gs_stats;

/* layout.c  */

/* Format the value of SIZE bytes at VALUE, described by layout
   descriptor LAYOUT (gs-meta.h), into BUF of BUFSIZE bytes like
   snprintf, and return the length it needed.  Never reads outside the
   value; a bad descriptor formats as "?".  */
extern size_t gs_format_value (const char *layout, const void *value,
			       size_t size, char *buf, size_t bufsize);

/* Call FN (SLOT, KIND, ARG) for every pointer inside the value V of
   SIZE bytes described by LAYOUT whose descriptor is one of KINDS: "P"
   (code), "p" (data).  */
extern void gs_layout_slots (const char *layout, void *v, size_t size,
			     const char *kinds,
			     void (*fn) (void *slot, char kind, void *arg),
			     void *arg);

/* report.c  */

/* Print the statistics line on stderr (an atexit handler).  */
extern void gs_stats_print (void);

#endif /* GEARSHIFT_GS_INTERNAL_H */
