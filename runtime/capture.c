/* gearshift runtime: per-thread capture stacks.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   With the update flag set, an instrumented function at an update point
   calls __gearshift_push_frame, stores its live locals into the storage
   it gets, and returns a dummy value; its caller, at the call site,
   does the same, and so on down to the root (root.c).  Only the first
   push, at a loop, entry or explicit point, decides whether a capture
   starts: it walks the stack with the unwinder and accepts only if
   every frame between it and the root is instrumented.  Otherwise it
   declines (returns null): the function goes on, the flag stays set,
   and a later point tries again.  A decline is the normal answer in
   qsort's comparator, in a signal handler (the trampoline's frame), in
   a thread the runtime did not start, or below a caller that GCC
   emitted under another address than the registered ones (an ipa-cp
   or ipa-sra clone, which the plugin keeps GCC from making).

   A capture goes IDLE -> UNWINDING (first push) -> UNWOUND (root).  The
   walk records the canonical frame address (CFA) of each frame it
   accepted; every later push must come from the frame that pushed last
   (a callee inlined into it pushed first) or from the next one in the
   walk, or from a later one when those between belong to functions that
   may pass their frames by (GS_FN_PASSES: their call was in tail
   position, so they keep nothing to save, and their callers' resume
   enters the low-gear clone of the next frame captured, whatever the
   call was).  A push from any other frame comes from a signal handler that
   interrupted the unwinding, and is answered as if no capture were in
   progress.  All memory the capture needs is reserved when it starts,
   while it can still decline; a push during the unwinding cannot fail
   without corrupting the program, so running out of memory there (only
   possible with inlined callees beyond the reserve) aborts.

   Every frame, the one that reached the point included, is looked up
   by the start of the function holding its return address.  That
   works because the plugin keeps GCC from cloning instrumented
   functions (noclone), and records where the cold part of each body
   that GCC's hot/cold partitioning split starts ("f.cold", a function
   of its own to the unwinder, holding save paths, landing pads and
   calls on paths GCC deems never taken).  It also catches an
   instrumented function inlined into an uninstrumented one, whose
   caller would go on without a check after the call.  */

#include <errno.h>
#include <sched.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unwind.h>

#include "gs-internal.h"

/* A block of frame storage.  */
struct gs_chunk
{
  struct gs_chunk *next;	/* The previous chunk.  */
  size_t size;			/* Bytes in DATA.  */
  size_t used;
  unsigned char data[];
};

/* A thread's capture.  */
struct gs_capture
{
  enum gs_capture_state state;
  uintptr_t root_cfa;		/* CFA of the root frame, or 0 when the
				   thread was not started by the runtime.  */
  jmp_buf *root_jmp;		/* Where the root resumes after a capture
				   unwound as an exception.  */
  struct gs_frame *frames;	/* Pushed frames, innermost first.  */
  size_t nframes, capacity;
  uintptr_t *cfas;		/* CFAs the walk accepted, innermost first.  */
  unsigned char *passes;	/* For each, whether its function may pass
				   its frame by (GS_FN_PASSES).  */
  size_t depth;			/* Their number.  */
  size_t at;			/* Index in CFAS of the last pusher.  */
  struct gs_chunk *chunks;	/* Frame storage, newest first.  */
  size_t restore_next;		/* Restoring: frames not yet popped.  */
  unsigned int popped_point;	/* Point of the frame popped last.  */
  struct timespec started;	/* When the capture started.  */
  struct timespec unwound;	/* When it reached the root.  */
  double last_capture_us;	/* The last update's two halves.  */
  double last_resume_us;
  int late;			/* To move late (gs_capture_want_late).  */
};

/* The captures that are to move late.  */
static int gs_late_count;

static GS_TLS struct gs_capture gs_cap;

struct gs_stats gs_stats;

/* The check of a pending update to a new version against the stack
   about to unwind, installed by the part that owns updates (swap.c,
   gs_swap_init); null: none.  */
static int (*gs_precheck) (const struct gs_fn_meta *const *fns, size_t n,
			   const char *label);

void
gs_capture_set_precheck (int (*precheck) (const struct gs_fn_meta *const *,
					  size_t, const char *))
{
  gs_precheck = precheck;
}

/* What a point that cannot capture its thread's stack does while an
   update to a new version is pending, installed by threads.c: wait
   there until the update is over (gs_capture_set_stay); null: go on.  */
static void (*gs_stay) (const char *why, const struct gs_fn_meta *fn);

void
gs_capture_set_stay (void (*stay) (const char *, const struct gs_fn_meta *))
{
  gs_stay = stay;
}

/* What the control channel asks of a thread, installed by channel.c
   (gs_capture_set_serve); null: nothing.  */
static void (*gs_serve) (int thread);

void
gs_capture_set_serve (void (*serve) (int thread))
{
  gs_serve = serve;
}

/* State of a stack walk.

   The unwinder calls back once per frame, innermost first, with a
   context whose IP is in that frame's function, but whose
   _Unwind_GetCFA is the CFA of the frame it called (the frame's stack
   pointer at the call).  A frame's own CFA, constant while it lives, is
   what the next context reports.  So the walk keeps each frame pending
   until the next callback, which tells whether it was the root.  */
struct gs_walk
{
  uintptr_t self_cfa;		/* CFA of __gearshift_push_frame.  */
  uintptr_t root_cfa;		/* CFA of the root.  */
  int started;			/* The pusher's frame was reached.  */
  int reached_root;
  const char *why;		/* Why the walk failed.  */
  uintptr_t pending;		/* Function start of the pending frame, or
				   0 for the pusher's.  */
  const struct gs_fn_meta *pusher; /* The pusher's function.  */
  size_t depth;			/* Frames accepted so far.  */
  size_t bytes;			/* Frame storage their functions need.  */
  uintptr_t *cfas;		/* Where to record their CFAs, or null.  */
  const struct gs_fn_meta **fns; /* And their functions, or null.  */
  unsigned char *passes;	/* And whether those may pass, or null.  */
  size_t max;			/* Room in CFAS and FNS.  */
};

/* The function of a frame starting at START, or null after setting
   W->why: to UNREGISTERED if no instrumented function starts there, or
   because the function may have been entered from a call without a
   check after it (gs_registry_unchecked).  */
static const struct gs_fn_meta *
gs_walk_accept (struct gs_walk *w, uintptr_t start, const char *unregistered)
{
  const struct gs_fn_meta *fn = gs_registry_lookup (start);

  if (!fn || (fn->flags & GS_FN_BARE))
    {
      w->why = unregistered;
      fn = NULL;
    }
  else if (gs_registry_unchecked (fn))
    {
      w->why = "a function on the stack may be called without a check (a"
	       " unit calls a function of its name that a system header"
	       " declares)";
      fn = NULL;
    }
  return fn;
}

/* FN, the function of a caller on the stack of walk W, if a capture
   that W's pusher starts can unwind through its frame; else null, after
   setting W->why.  Both must unwind the same way (unwind=check returns
   to a check after each call; unwind=eh throws to a landing pad at each
   call), and with unwind=eh each call site of FN must have its landing
   pad, or the unwinding would pass its frame by.  */
static const struct gs_fn_meta *
gs_walk_same_unwind (struct gs_walk *w, const struct gs_fn_meta *fn)
{
  if ((fn->flags ^ w->pusher->flags) & GS_FN_EH)
    w->why = "a caller on the stack unwinds another way (units built with"
	     " unwind=check and unwind=eh)";
  else if (fn->flags & GS_FN_EH && fn->flags & GS_FN_NO_PAD)
    w->why = "a caller on the stack has a call site without a landing pad"
	     " (unwind=eh)";
  else
    return fn;
  return NULL;
}

/* The alignment of frames of function FN: 16, or more if it asks.  */
static size_t
gs_frame_align (const struct gs_fn_meta *fn)
{
  size_t align = fn->frame_align;

  return align > 16 && (align & (align - 1)) == 0 ? align : 16;
}

/* The storage a frame of function FN may take, padding included.  */
static size_t
gs_frame_room (const struct gs_fn_meta *fn)
{
  return fn->frame_size + gs_frame_align (fn);
}

/* The unwinder's callback for frame CTX of walk ARG: skip the runtime's
   frames up to __gearshift_push_frame's, then accept frames until the
   root, or stop at one that is not instrumented.  The plugin keeps GCC
   from cloning instrumented functions, and records where each body's
   cold part starts, so every frame, the pusher's included (its save
   path is cold), starts at a registered address.  */
static _Unwind_Reason_Code
gs_walk_frame (struct _Unwind_Context *ctx, void *arg)
{
  struct gs_walk *w = arg;
  uintptr_t cfa = _Unwind_GetCFA (ctx);

  if (!w->started)
    {
      /* CTX is the pusher's when the frame it called is push_frame's.
	 Its code must be instrumented code too: an instrumented function
	 inlined into an uninstrumented one would unwind into code with
	 no check after the call.  */
      w->started = cfa == w->self_cfa;
      w->pending = 0;
      if (w->started
	  && !(w->pusher
	       = gs_walk_accept (w, _Unwind_GetRegionStart (ctx),
				 "the point is inlined into an"
				 " uninstrumented function")))
	return _URC_NORMAL_STOP;
      return _URC_NO_REASON;
    }

  /* CFA is the pending frame's own.  */
  if (cfa == w->root_cfa)
    {
      w->reached_root = 1;
      return _URC_NORMAL_STOP;
    }
  if (w->pending)
    {
      const struct gs_fn_meta *fn
	= gs_walk_accept (w, w->pending,
			  "a caller on the stack is not instrumented");

      if (!fn || !gs_walk_same_unwind (w, fn))
	return _URC_NORMAL_STOP;
      w->bytes += gs_frame_room (fn);
      if (w->fns && w->depth < w->max)
	w->fns[w->depth] = fn;
      if (w->passes && w->depth < w->max)
	w->passes[w->depth] = (fn->flags & GS_FN_PASSES) != 0;
    }
  if (w->cfas)
    {
      if (w->depth == w->max)
	{
	  w->why = "the stack changed during the walk";
	  return _URC_NORMAL_STOP;
	}
      w->cfas[w->depth] = cfa;
    }
  w->depth++;
  w->pending = _Unwind_GetRegionStart (ctx);
  if (!w->pending)
    {
      w->why = "a caller on the stack has no unwind information";
      return _URC_NORMAL_STOP;
    }
  return _URC_NO_REASON;
}

/* The unwinder's callback for frame CTX of walk ARG: find the CFA of
   the frame that called __gearshift_push_frame, store it in
   ARG->pending, and stop.  */
static _Unwind_Reason_Code
gs_probe_frame (struct _Unwind_Context *ctx, void *arg)
{
  struct gs_walk *w = arg;
  uintptr_t cfa = _Unwind_GetCFA (ctx);

  if (!w->started)
    {
      w->started = cfa == w->self_cfa;
      return _URC_NO_REASON;
    }
  w->pending = cfa;
  return _URC_NORMAL_STOP;
}

/* The unwinder's callback: stop at the root whose CFA *ARG holds, or at
   a signal frame, and then make *ARG zero.  */
static _Unwind_Reason_Code
gs_signal_frame (struct _Unwind_Context *ctx, void *arg)
{
  uintptr_t *root = arg;
  int before = 0;

  if (_Unwind_GetCFA (ctx) == *root)
    return _URC_NORMAL_STOP;
  _Unwind_GetIPInfo (ctx, &before);
  if (before)
    {
      *root = 0;
      return _URC_NORMAL_STOP;
    }
  return _URC_NO_REASON;
}

/* Whether the calling thread, whose capture is C, runs a signal handler
   (a signal frame lies between it and its root).  */
static int
gs_in_signal_handler (const struct gs_capture *c)
{
  uintptr_t root = c->root_cfa;

  _Unwind_Backtrace (gs_signal_frame, &root);
  return root == 0;
}

/* Count a point that declines to capture, because WHY (a literal
   without '%'), and return null.  Async-signal-safe.  */
static void *
gs_decline (const char *why)
{
  __atomic_fetch_add (&gs_stats.declines, 1, __ATOMIC_RELAXED);
  gs_set_error (GEARSHIFT_EDECLINED, why);
  return NULL;
}

/* Return SIZE bytes aligned to ALIGN (a power of two) from the frame
   storage of capture C, adding a chunk of at least MIN bytes if the
   newest has no room; null when out of memory.  */
static void *
gs_alloc (struct gs_capture *c, size_t size, size_t align, size_t min)
{
  struct gs_chunk *chunk = c->chunks;

  if (chunk)
    {
      uintptr_t base = (uintptr_t) chunk->data;
      uintptr_t p = (base + chunk->used + align - 1) & -(uintptr_t) align;

      if (p + size <= base + chunk->size)
	{
	  chunk->used = p + size - base;
	  return (void *) p;
	}
    }
  if (min < size + align)
    min = size + align;
  chunk = malloc (sizeof *chunk + min);
  if (!chunk)
    return NULL;
  chunk->next = c->chunks;
  chunk->size = min;
  chunk->used = 0;
  c->chunks = chunk;
  return gs_alloc (c, size, align, min);
}

/* Release everything capture C holds and make it idle.  */
static void
gs_reset (struct gs_capture *c)
{
  while (c->chunks)
    {
      struct gs_chunk *next = c->chunks->next;

      free (c->chunks);
      c->chunks = next;
    }
  free (c->frames);
  free (c->cfas);
  free (c->passes);
  c->frames = NULL;
  c->cfas = NULL;
  c->passes = NULL;
  c->nframes = c->capacity = c->depth = c->at = 0;
  c->state = GS_IDLE;
}

/* Push a frame for point POINT of function FN on capture C and return
   its storage.  Aborts when out of memory: callees already unwound.  */
static void *
gs_push (struct gs_capture *c, const struct gs_fn_meta *fn,
	 unsigned int point)
{
  void *data;

  if (c->nframes == c->capacity)
    {
      size_t capacity = 2 * c->capacity + 16;
      struct gs_frame *frames = realloc (c->frames,
					 capacity * sizeof *frames);

      if (!frames)
	gs_fatal ("out of memory while unwinding the stack");
      c->frames = frames;
      c->capacity = capacity;
    }
  data = gs_alloc (c, fn->frame_size, gs_frame_align (fn), 4096);
  if (!data)
    gs_fatal ("out of memory while unwinding the stack");
  memset (data, 0, fn->frame_size);
  c->frames[c->nframes].fn = fn;
  c->frames[c->nframes].point = point;
  c->frames[c->nframes].data = data;
  c->nframes++;
  return data;
}

/* Start a capture on C at point POINT of function FN, whose
   __gearshift_push_frame frame has CFA SELF_CFA, if the stack allows;
   return the frame's storage, or null after counting a decline.  */
static void *
gs_start (struct gs_capture *c, const struct gs_fn_meta *fn,
	  unsigned int point, uintptr_t self_cfa)
{
  struct gs_walk count = { .self_cfa = self_cfa, .root_cfa = c->root_cfa };
  struct gs_walk fill = count;
  struct timespec started;

  /* The pause counts from here: the walks are part of it.  */
  clock_gettime (CLOCK_MONOTONIC, &started);

  if (!c->root_cfa)
    return gs_decline ("this thread was not started by the runtime");
  /* The flag is up for another thread's late move only.  */
  if (!c->late && !gs_request_wanted ())
    return NULL;
  /* The previous capture's frames stayed readable until now.  */
  if (c->frames || c->chunks)
    gs_reset (c);
  /* Threads capturing at once read it together; a writer is rare (a
     unit registering, or being checked), and waited for a little: this
     may be a signal handler that interrupted it.  */
  for (int tries = 0; !gs_registry_read_trylock (); tries++)
    {
      if (tries == 200)
	return gs_decline ("the function registry is busy");
      sched_yield ();
    }

  /* First walk: decide, without allocating (this may be a signal
     handler, until the walk reaches the root).  */
  _Unwind_Backtrace (gs_walk_frame, &count);
  if (!count.reached_root || count.depth == 0)
    {
      gs_registry_read_unlock ();
      /* A late move that cannot capture this stack waits for no other
	 point: the thread keeps its frames.  */
      if (c->late)
	gs_capture_want_late (c, 0);
      /* An update to a new version waits for this thread here, unless
	 this is a signal handler, which must not wait.  */
      if (count.why && gs_stay && gs_request_pending ()
	  && !gs_in_signal_handler (c))
	gs_stay (count.why, fn);
      return gs_decline (count.why ? count.why
			 : "the stack walk did not reach the root");
    }

  /* Second walk: record the frames, in storage reserved now, and, when
     an update to a new version is pending, their functions.  Units
     registered since the last capture get their tables checked first:
     one that fails is forgotten, and the walk then fails at its
     frames.  */
  if (gs_registry_changed ())
    {
      /* Not a signal handler: the walk reached the root.  */
      gs_registry_read_unlock ();
      gs_registry_catch_up ();
      gs_registry_read_lock ();
    }
  c->cfas = malloc (count.depth * sizeof *c->cfas);
  /* The pusher's entry stays 0: it pushes.  */
  c->passes = calloc (count.depth, 1);
  c->capacity = count.depth + 8;
  c->frames = malloc (c->capacity * sizeof *c->frames);
  const struct gs_fn_meta **fns = (gs_request_pending () && gs_precheck
				   ? calloc (count.depth, sizeof *fns) : NULL);
  fill.cfas = c->cfas;
  fill.passes = c->passes;
  fill.fns = fns;
  fill.max = count.depth;
  if (c->cfas && c->passes && c->frames
      && gs_alloc (c, 0, 1, count.bytes + gs_frame_room (fn)))
    _Unwind_Backtrace (gs_walk_frame, &fill);
  gs_registry_read_unlock ();
  if (!fill.reached_root || fill.depth != count.depth)
    {
      free (fns);
      gs_reset (c);
      return gs_decline (fill.why ? fill.why
			 : "no memory to capture the stack");
    }

  /* An update to a new version that cannot take this stack is refused
     now, before anything unwinds.  */
  if (fns)
    {
      int refused;

      fns[0] = fn;
      refused = gs_precheck (fns, count.depth, fn->points[point].label);
      free (fns);
      if (refused)
	{
	  gs_reset (c);
	  gs_capture_flag_down ();
	  return NULL;
	}
    }

  c->depth = count.depth;
  c->at = 0;
  c->state = GS_UNWINDING;
  c->started = started;
  return gs_push (c, fn, point);
}

/* Continue the capture on C, unwinding, with point POINT of function FN
   (a call site when IS_CALL), whose __gearshift_push_frame frame has
   CFA SELF_CFA: return the frame's storage, or null.  */
static void *
gs_continue (struct gs_capture *c, const struct gs_fn_meta *fn,
	     unsigned int point, int is_call, uintptr_t self_cfa)
{
  struct gs_walk probe = { .self_cfa = self_cfa };
  const struct gs_point_meta *p = &fn->points[point];

  _Unwind_Backtrace (gs_probe_frame, &probe);
  /* The next frame of the walk, or one after frames that passed: their
     call was in tail position, with no unwind point (GS_FN_PASSES).  */
  size_t next = c->at + 1;
  while (next < c->depth && probe.pending != c->cfas[next]
	 && c->passes[next])
    next++;
  if (next < c->depth && probe.pending == c->cfas[next])
    c->at = next;
  else if (probe.pending != c->cfas[c->at])
    /* A signal handler's frame, below the unwinding ones: its red zone
       and signal frame keep it from reusing the CFA of a frame that
       already unwound.  */
    return is_call ? NULL : gs_decline ("a capture is unwinding");
  if (!is_call)
    gs_fatal ("%s (%s:%u) reached point %u \"%s\" after its callee "
	      "unwound: a call site lacks its unwind point",
	      fn->name, fn->file, fn->line, point, p->label);
  return gs_push (c, fn, point);
}

/* At point POINT of function FN, with the update flag set: return
   storage for a frame of SIZE bytes, or null when the point declines.
   Called by the plugin's code; see gs-meta.h.  */
GS_EXPORT void *
__gearshift_push_frame (const struct gs_fn_meta *fn, unsigned int point,
			unsigned int size)
{
  struct gs_capture *c = &gs_cap;
  uintptr_t self_cfa = (uintptr_t) __builtin_dwarf_cfa ();
  int is_call, saved_errno;
  void *frame;

  if (!fn || point >= fn->npoints)
    gs_fatal ("update point %u of %s does not exist: the plugin and the "
	      "runtime disagree", point, fn && fn->name ? fn->name : "?");
  if (size != fn->frame_size)
    gs_fatal ("a frame of %s has %u bytes, its metadata says %u: the "
	      "plugin and the runtime disagree", fn->name, size,
	      fn->frame_size);
  is_call = fn->points[point].kind == GS_POINT_CALL;
  /* The plugin tells GCC that this call leaves errno alone.  */
  saved_errno = errno;
  /* The flag may be up for the control channel only (channel.c).  */
  if (__builtin_expect (gs_request_channel_asked (), 0))
    gs_capture_serve_channel ();
  switch (c->state)
    {
    case GS_IDLE:
      /* A call site only continues an unwinding: here its callee
	 returned normally.  */
      frame = is_call ? NULL : gs_start (c, fn, point, self_cfa);
      break;
    case GS_UNWINDING:
      frame = gs_continue (c, fn, point, is_call, self_cfa);
      break;
    default:
      /* Unwound: the capture handler runs, and may reach points; or
	 restoring: a signal handler interrupted the reconstruction.  */
      frame = is_call ? NULL : gs_decline ("a capture is being handled");
      break;
    }
  errno = saved_errno;
  return frame;
}

/* Make the calling thread's frame with CFA the root of its captures;
   with unwind=eh, a capture ends with a jump to ROOT.  */
void
gs_capture_set_root (uintptr_t cfa, jmp_buf *root)
{
  gs_cap.root_cfa = cfa;
  gs_cap.root_jmp = root;
}

/* The stop function of a capture's forced unwinding: frames above the
   root run their landing pads (their cleanups), which save them and
   resume the unwinding; at the root's frame, jump back into it.  */
static _Unwind_Reason_Code
gs_unwind_stop (int version, _Unwind_Action actions,
		_Unwind_Exception_Class cls, struct _Unwind_Exception *exc,
		struct _Unwind_Context *ctx, void *arg)
{
  (void) version;
  (void) cls;
  (void) exc;
  (void) arg;
  if (actions & _UA_END_OF_STACK)
    gs_fatal ("a capture unwound past the root frame");
  if (_Unwind_GetCFA (ctx) == gs_cap.root_cfa)
    longjmp (*gs_cap.root_jmp, 1);
  return _URC_NO_REASON;
}

/* With unwind=eh, called by the point that started a capture, once it
   saved its frame: unwind the stack as an exception, through the landing
   pads of the callers' call-site points, each of which saves its frame,
   to the root.  Never returns.  */
GS_EXPORT void
__gearshift_unwind (void)
{
  static __thread struct _Unwind_Exception exc;

  exc.exception_class = 0x4753484946540000ull;	/* "GSHIFT\0\0" */
  exc.exception_cleanup = NULL;
  _Unwind_ForcedUnwind (&exc, gs_unwind_stop, NULL);
  gs_fatal ("a capture could not unwind the stack");
}

/* Called by the root when the program's main returned.  If the capture
   was unwinding, it is complete: mark it unwound, clear the update flag,
   count it and return nonzero; otherwise return zero.  */
int
gs_capture_finish (void)
{
  struct gs_capture *c = &gs_cap;
  unsigned long deepest;

  if (c->state != GS_UNWINDING)
    return 0;
  /* The outermost frames may have passed (a main that returns what a
     call returns): the root then enters the low-gear clone of the
     outermost frame captured, which returns what main would have.  */
  while (c->at + 1 < c->depth && c->passes[c->at + 1])
    c->at++;
  if (c->at + 1 != c->depth)
    gs_fatal ("the program's main returned after %zu of the %zu frames "
	      "of its stack unwound: a call site lacks its unwind point",
	      c->at + 1, c->depth);
  c->state = GS_UNWOUND;
  clock_gettime (CLOCK_MONOTONIC, &c->unwound);
  /* An update to a new version waits for every thread (threads.c),
     which clears the flag when it is over; late moves keep it up.  */
  if (!gs_request_pending ())
    {
      gs_request_served ();
      gs_capture_flag_down ();
    }
  __atomic_fetch_add (&gs_stats.captures, 1, __ATOMIC_RELAXED);
  deepest = __atomic_load_n (&gs_stats.deepest, __ATOMIC_RELAXED);
  while (c->nframes > deepest
	 && !__atomic_compare_exchange_n (&gs_stats.deepest, &deepest,
					  c->nframes, 0, __ATOMIC_RELAXED,
					  __ATOMIC_RELAXED))
    ;
  return 1;
}

/* Return the calling thread's last captured frames, innermost first,
   and store their number in *COUNT; null while none is complete.  They
   stay readable after the program resumed, until the next capture.  */
const struct gs_frame *
gs_capture_frames (size_t *count)
{
  if (gs_cap.state == GS_UNWINDING || !gs_cap.nframes)
    {
      *count = 0;
      return NULL;
    }
  *count = gs_cap.nframes;
  return gs_cap.frames;
}

/* The number of threads rebuilding their captured stacks: the entry of
   every low-gear clone loads it, and asks for a frame when it is not
   zero (a thread that is not restoring gets none).  A count, not a
   flag: threads resume at once after an update, and the first to end
   its reconstruction must not make the others' low-gear clones run
   from their start.  */
GS_EXPORT volatile int __gearshift_restoring;

/* Start rebuilding the calling thread's unwound stack: return the
   low-gear clone of its outermost function (the program's main, or a
   thread's start routine), which the root calls with that function's
   arguments; or null, with the error detail set, when some captured
   function has no low-gear clone.  */
void *
gs_resume_begin (void)
{
  struct gs_capture *c = &gs_cap;

  if (c->state != GS_UNWOUND || !c->nframes)
    return NULL;
  for (size_t i = 0; i < c->nframes; i++)
    if (!c->frames[i].fn->low)
      {
	gs_set_error (GEARSHIFT_ENOTSUP, "%s has no low-gear clone, so its "
		      "frame cannot be restored", c->frames[i].fn->name);
	return NULL;
      }
  c->restore_next = c->nframes;
  c->state = GS_RESTORING;
  __atomic_add_fetch (&__gearshift_restoring, 1, __ATOMIC_SEQ_CST);
  return c->frames[c->nframes - 1].fn->low;
}

/* Nanoseconds from A to B.  */
static unsigned long
gs_ns (const struct timespec *a, const struct timespec *b)
{
  return (unsigned long) ((b->tv_sec - a->tv_sec) * 1000000000L
			  + (b->tv_nsec - a->tv_nsec));
}

/* Record the pause of capture C's update, which ends now.  */
static void
gs_count_pause (struct gs_capture *c)
{
  struct timespec now;
  unsigned long ns, max;

  clock_gettime (CLOCK_MONOTONIC, &now);
  ns = gs_ns (&c->started, &now);
  c->last_capture_us = gs_ns (&c->started, &c->unwound) / 1e3;
  c->last_resume_us = gs_ns (&c->unwound, &now) / 1e3;
  __atomic_store_n (&gs_stats.last_pause_ns, ns, __ATOMIC_RELAXED);
  __atomic_fetch_add (&gs_stats.updates, 1, __ATOMIC_RELAXED);
  __atomic_fetch_add (&gs_stats.pause_total_ns, ns, __ATOMIC_RELAXED);
  max = __atomic_load_n (&gs_stats.pause_max_ns, __ATOMIC_RELAXED);
  while (ns > max
	 && !__atomic_compare_exchange_n (&gs_stats.pause_max_ns, &max, ns, 0,
					  __ATOMIC_RELAXED, __ATOMIC_RELAXED))
    ;
}

/* At the entry of FN's low-gear clone, while restoring: pop the
   outermost frame not yet restored, which must be FN's, and return its
   data.  The last pop ends the reconstruction.  In a thread that is not
   restoring, return null (and __gearshift_popped_point no point).
   Called by the plugin's code; see gs-meta.h.  */
GS_EXPORT void *
__gearshift_pop_frame (const struct gs_fn_meta *fn)
{
  struct gs_capture *c = &gs_cap;
  const struct gs_frame *f;

  if (c->state != GS_RESTORING)
    {
      c->popped_point = -1u;
      return NULL;
    }
  f = &c->frames[--c->restore_next];
  if (f->fn != fn)
    gs_fatal ("rebuilding the stack entered %s where %s's frame comes "
	      "next: the plugin and the runtime disagree", fn->name,
	      f->fn->name);
  c->popped_point = f->point;
  if (c->restore_next == 0)
    {
      __atomic_sub_fetch (&__gearshift_restoring, 1, __ATOMIC_SEQ_CST);
      c->state = GS_IDLE;
      gs_count_pause (c);
      gs_request_rearm ();
    }
  return f->data;
}

/* The point of the frame __gearshift_pop_frame returned last, or -1u.  */
GS_EXPORT unsigned int
__gearshift_popped_point (void)
{
  return gs_cap.popped_point;
}

/* At a call-site point being restored: the low-gear clone of the
   function whose frame comes next, which the caller calls in place of
   its callee.  */
GS_EXPORT void *
__gearshift_next_low (void)
{
  struct gs_capture *c = &gs_cap;

  if (c->state != GS_RESTORING || c->restore_next == 0)
    gs_fatal ("a call site was restored with no frame left to enter");
  return (void *) c->frames[c->restore_next - 1].fn->low;
}

/* The unwinder's callback: count in *ARG the frames running a
   low-gear clone, up to the root.  */
static _Unwind_Reason_Code
gs_count_low_frame (struct _Unwind_Context *ctx, void *arg)
{
  int *n = arg;
  uintptr_t start = _Unwind_GetRegionStart (ctx);
  const struct gs_fn_meta *fn = start ? gs_registry_lookup (start) : NULL;

  if (_Unwind_GetCFA (ctx) == gs_cap.root_cfa)
    return _URC_NORMAL_STOP;
  if (fn && ((uintptr_t) fn->low == start
	     || (uintptr_t) fn->low_cold == start))
    ++*n;
  return _URC_NO_REASON;
}

/* The number of frames of the calling thread still running in low gear:
   functions that were on the stack at the last update and have not
   returned yet.  */
GS_EXPORT int
gearshift_low_frames (void)
{
  int n = 0;

  gs_registry_read_lock ();
  _Unwind_Backtrace (gs_count_low_frame, &n);
  gs_registry_read_unlock ();
  return n;
}

/* Store the two halves of the calling thread's last update, in
   microseconds: from the first update point to the stack unwound at the
   root, and from there to the program running again.  */
GS_EXPORT int
gearshift_last_pause (double *capture_us, double *resume_us)
{
  if (gs_cap.last_capture_us == 0 && gs_cap.last_resume_us == 0)
    return gs_set_error (GEARSHIFT_ENOENT, "no update has completed");
  if (capture_us)
    *capture_us = gs_cap.last_capture_us;
  if (resume_us)
    *resume_us = gs_cap.last_resume_us;
  return 0;
}

void
gs_capture_want_late (struct gs_capture *c, int on)
{
  if (!c->late == !on)
    return;
  c->late = on;
  if (on)
    {
      __atomic_add_fetch (&gs_late_count, 1, __ATOMIC_SEQ_CST);
      __atomic_store_n (&__gearshift_flag, 1, __ATOMIC_SEQ_CST);
    }
  else if (__atomic_sub_fetch (&gs_late_count, 1, __ATOMIC_SEQ_CST) == 0
	   && !gs_request_wanted ())
    gs_capture_flag_down ();
}

/* Lower the flag; raise it again if a request or a late move came
   meanwhile, so that none is lost.  The store is sequentially
   consistent, and so a full barrier before the loads that follow: a
   plain store could wait in this processor's store buffer while they
   miss a request that another thread makes meanwhile, and then land
   after that request raised the flag, lowering it for good.  */
void
gs_capture_flag_down (void)
{
  __atomic_store_n (&__gearshift_flag, 0, __ATOMIC_SEQ_CST);
  if (gs_request_asked () || __atomic_load_n (&gs_late_count,
					      __ATOMIC_SEQ_CST))
    __atomic_store_n (&__gearshift_flag, 1, __ATOMIC_SEQ_CST);
}

void
gs_capture_serve_channel (void)
{
  struct gs_capture *c = &gs_cap;

  if (!c->root_cfa || c->state != GS_IDLE || !gs_serve
      || gs_in_signal_handler (c))
    return;
  gs_serve (0);
  if (!c->late && !gs_request_wanted ())
    gs_capture_flag_down ();
}

int
gs_capture_late (void)
{
  return gs_cap.late;
}

/* The calling thread's capture, for threads.c to hand to swap.c while
   the thread waits at its root.  */
struct gs_capture *
gs_capture_self (void)
{
  return &gs_cap;
}

/* The unwound frames of capture C, innermost first, for swap.c to
   replace, and their number in *COUNT; null unless C is unwound.  */
struct gs_frame *
gs_capture_frames_for_swap (struct gs_capture *c, size_t *count)
{
  *count = c->state == GS_UNWOUND ? c->nframes : 0;
  return *count ? c->frames : NULL;
}

/* SIZE bytes aligned to ALIGN (a power of two) from the storage of
   capture C, freed with it; null when out of memory.  */
void *
gs_capture_alloc (struct gs_capture *c, size_t size, size_t align)
{
  void *p = gs_alloc (c, size, align, 4096);

  if (p)
    memset (p, 0, size);
  return p;
}

/* The pause of the last update, of any thread, in microseconds.  */
double
gs_last_pause_us (void)
{
  return __atomic_load_n (&gs_stats.last_pause_ns, __ATOMIC_RELAXED) / 1e3;
}
