/* gearshift runtime: the program's threads in an update.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The runtime defines pthread_create, and so takes the place of the C
   library's for the program and every library it loads.  A thread whose
   start routine is instrumented runs it under a root of its own
   (gs_thread_root_call, as main runs under root.c's), so that a capture
   can unwind its stack and a low-gear clone rebuild it: its pthread_t,
   thread id, thread-local storage, signal mask and attributes are never
   touched.  Other threads (the C library's, an uninstrumented library's
   or the runtime's own) are not known here: their points decline.

   An update in place moves each thread on its own, with nothing shared
   changing shape: a thread that reaches a point captures its stack and
   resumes it.  An update to a new version stops every known thread
   first ("all stop, then all move"): a thread whose stack is captured
   waits at its root (it is parked) until every known thread is parked,
   or waits in pthread_join, pthread_cond_wait or pthread_cond_timedwait,
   which the runtime also defines (such a thread is blocked: should its
   call return before the update is over, it waits in the wrapper until
   then, with the condition variable's mutex released).  The thread
   completing that set maps the state of every parked thread at once
   (swap.c), or refuses the update, and then every parked thread
   resumes its own stack, in the new version or in the old.

   Threads still running are kicked with a signal (SIGRTMIN+4, whose
   handler does nothing, installed without SA_RESTART unless the
   program handles that signal itself), at once and again after 0.25,
   0.5, 1 and then every 2 ms (a thread may block again just after a
   kick), so that a blocking system call returns EINTR and the program
   reaches its next point.  A thread that has not parked within
   GEARSHIFT_THREADS_WAIT milliseconds (default 2000) makes the update
   refuse: every parked thread resumes the old version, nothing lost.
   A thread waiting for events in epoll_wait, poll or select (waits.c)
   called by code without points (a library's event loop, which calls
   the program back) counts as blocked too: it need not be waited for,
   and its callbacks, once the update is over, run the new version
   through the redirected entries.  So does a thread that waits in the
   kernel for a mutex that a stopped thread holds (gs_threads_locked),
   found from /proc at no cost outside an update: it could not reach a
   point before the update is over.  A thread started meanwhile is not
   one of them: it waits until the
   update is over before its start routine runs (in the new version,
   through the redirected entry), unless the update's own code (a
   transformer of the new version) started it.

   A blocked thread's frames stay the old version's during the update,
   which names it in its outcome.  When its call returns, called by
   instrumented code, it moves late, on its own: the update flag stays
   up until it reaches a point (other threads' points return at once
   meanwhile), it captures its stack there, and its root maps the
   stack with the last update's mapping (swap.c) and resumes it in the
   new version.  Called by code without points, it keeps its frames:
   they run on, old code, and calls they make reach the new version
   through redirected entries.  */

#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "gs-internal.h"

/* Where a known thread is.  */
enum gs_thread_state
{
  GS_THREAD_RUNNING,
  GS_THREAD_PARKED,		/* Captured, waiting at its root.  */
  GS_THREAD_BLOCKED,		/* Waiting in one of the wrappers.  */
  GS_THREAD_LOCKED		/* Waiting for a mutex that a thread which
				   is not running holds (set by the
				   collection's leader: gs_threads_locked). */
};

/* A thread the runtime knows.  */
struct gs_thread
{
  struct gs_thread *next;
  gs_start_fn start;		/* Its start routine and argument.  */
  void *arg;
  pid_t tid;
  unsigned int number;		/* 1 for main, then in order of start.  */
  enum gs_thread_state state;
  const char *blocked_in;	/* The wrapper it is blocked in, and the */
  uintptr_t blocked_from;	/* return address into its caller.  */
  unsigned int updates;		/* gs_updates when it blocked.  */
  unsigned int tls_updates;	/* gs_updates when its thread-local
				   globals were last carried over.  */
  int was_late;			/* It blocked while to move late.  */
  const char *stays;		/* Blocked at a point that cannot capture
				   its stack: why (capture.c).  */
  const struct gs_fn_meta *stays_in;	/* The point's function.  */
  void (*wakeup) (void *);	/* gearshift_thread_wakeup's.  */
  void *wakeup_arg;
  struct gs_capture *cap;
  struct gs_thread *lock_owner;	/* While locked, the mutex's owner.  */
  int by_update;		/* Started by the new version's code that
				   an update runs (gs_threads_swap).  */
};

/* The known threads, under gs_threads_lock.  gs_threads_cv is broadcast
   when an update's collection ends; gs_leader_cv is signalled for the
   collection's leader (the thread that parked first, which kicks and
   keeps the time) when a thread blocks or ends during a collection.  */
static pthread_mutex_t gs_threads_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gs_threads_cv, gs_leader_cv;
static struct gs_thread *gs_threads;
static unsigned int gs_threads_started;
static struct gs_thread gs_main_thread;
static GS_TLS struct gs_thread *gs_self;

static void gs_threads_move_late (void);
static void gs_threads_collect (enum gs_thread_state state);
static void gs_threads_stay (const char *why, const struct gs_fn_meta *fn);
static void gs_threads_nudge (void);
static void gs_thread_locals (struct gs_thread *self);

/* Nonzero while an update to a new version collects the threads (and
   maps their state), and while one thread maps it; when it began; when
   the last kicks went out.  */
static int gs_collecting, gs_swapping;

/* The thread that maps the state while gs_swapping.  */
static struct gs_thread *gs_swapper;

/* Updates to a new version done.  */
static unsigned int gs_updates;

/* gs_updates when the collection began.  */
static unsigned int gs_collect_updates;
static struct timespec gs_collect_start, gs_last_kick;

/* Milliseconds from one kick to the next: 0.25 at first (a thread may
   block again just after a kick), doubling up to 2.  */
static double gs_kick_ms;

/* The kick, or 0 when the program handles that signal itself; and how
   long to wait for every thread, in milliseconds.  */
static int gs_kick_signal;
static unsigned long gs_wait_ms = 2000;

/* The kick's handler: nothing; its delivery interrupts a blocking
   call.  */
static void
gs_kick_handler (int sig)
{
  (void) sig;
}

/* Around a fork: hold the registry (for writing, so that no other
   thread's stack walk holds it) and the threads' lock, so that the
   child does not inherit them held by threads it does not have.  */
static void
gs_fork_prepare (void)
{
  gs_registry_lock ();
  pthread_mutex_lock (&gs_threads_lock);
}

static void
gs_fork_parent (void)
{
  pthread_mutex_unlock (&gs_threads_lock);
  gs_registry_unlock ();
}

/* In the child of a fork: forget every thread but the calling one.  */
static void
gs_fork_child (void)
{
  pthread_mutex_init (&gs_threads_lock, NULL);
  gs_threads = gs_self;
  if (gs_self)
    {
      gs_self->next = NULL;
      gs_self->tid = (pid_t) syscall (SYS_gettid);
    }
  gs_collecting = gs_swapping = 0;
  gs_registry_unlock ();
  /* An update to a new version that the parent was asked for is not
     this process's: nobody asked it, and nobody waits for its outcome
     here.  */
  if (gs_request_pending ())
    gs_request_outcome (-GEARSHIFT_EREFUSED, "update to %s not done in "
			"this process: it was requested of process %ld, "
			"which forked this one first", gs_request_pending (),
			(long) getppid ());
}

/* Know the main thread (its root is root.c's), read
   GEARSHIFT_THREADS_WAIT and install the kick.  Runs before main.  */
void
gs_threads_init (void)
{
  const char *wait = secure_getenv ("GEARSHIFT_THREADS_WAIT");
  pthread_condattr_t attr;
  struct sigaction sa;

  pthread_condattr_init (&attr);
  pthread_condattr_setclock (&attr, CLOCK_MONOTONIC);
  pthread_cond_init (&gs_threads_cv, &attr);
  pthread_cond_init (&gs_leader_cv, &attr);
  pthread_condattr_destroy (&attr);
  if (wait && *wait)
    {
      char *end;

      gs_wait_ms = strtoul (wait, &end, 10);
      if (*end || *wait == '-' || gs_wait_ms == 0)
	{
	  fprintf (stderr, "gearshift: GEARSHIFT_THREADS_WAIT=%s: expected "
		   "a positive number of milliseconds\n", wait);
	  exit (2);
	}
    }
  gs_main_thread.tid = (pid_t) syscall (SYS_gettid);
  gs_main_thread.cap = gs_capture_self ();
  gs_self = &gs_main_thread;
  /* Threads the program's constructors started are known already.  */
  pthread_mutex_lock (&gs_threads_lock);
  gs_main_thread.number = ++gs_threads_started;
  gs_main_thread.next = gs_threads;
  gs_threads = &gs_main_thread;
  pthread_mutex_unlock (&gs_threads_lock);
  gs_capture_set_stay (gs_threads_stay);
  gs_channel_set_nudge (gs_threads_nudge);
  pthread_atfork (gs_fork_prepare, gs_fork_parent, gs_fork_child);

  if (sigaction (SIGRTMIN + 4, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL)
    {
      memset (&sa, 0, sizeof sa);
      sa.sa_handler = gs_kick_handler;
      sigemptyset (&sa.sa_mask);
      sa.sa_flags = 0;		/* No SA_RESTART: calls return EINTR.  */
      if (sigaction (SIGRTMIN + 4, &sa, NULL) == 0)
	gs_kick_signal = SIGRTMIN + 4;
    }
}

/* Called by a thread's root (root.c's for main, or gs_thread_root_call)
   when its outermost function returned because its stack was captured:
   let the handler see the stack, take part in an update to a new
   version, and return the low-gear clone of the outermost function,
   which the root calls with that function's arguments to rebuild the
   stack from there, so that the root stays the root of later
   captures.  */
void *
gs_root_arrived (void)
{
  void *resume;
  /* The program's errno, which the handler, loading a new version and
     mapping the state must not change.  */
  int saved_errno = errno;

  gs_capture_handler () ();
  if (gs_request_pending ())
    gs_threads_update ();
  else if (gs_capture_late ())
    gs_threads_move_late ();
  resume = gs_resume_begin ();
  if (!resume)
    {
      fprintf (stderr, "gearshift: cannot resume the captured stack: %s\n",
	       gearshift_error_detail ());
      fflush (NULL);
      exit (GEARSHIFT_EXIT_CAPTURED);
    }
  errno = saved_errno;
  return resume;
}

/* At the root of the calling thread, captured to move late: map its
   stack onto the version running now, or, when an update is under way,
   take part in it.  */
static void
gs_threads_move_late (void)
{
  pthread_mutex_lock (&gs_threads_lock);
  if (gs_collecting)
    {
      /* It takes part in that update instead.  */
      pthread_mutex_unlock (&gs_threads_lock);
      gs_threads_update ();
      gs_capture_want_late (gs_self->cap, 0);
      return;
    }
  /* A thread that waited for a mutex through the update gets here with
     no wrapper having carried its thread-local globals over.  */
  gs_thread_locals (gs_self);
  if (gs_swap_late (gs_self->cap) == 0)
    __atomic_fetch_add (&gs_stats.late_moves, 1, __ATOMIC_RELAXED);
  gs_capture_want_late (gs_self->cap, 0);
  pthread_mutex_unlock (&gs_threads_lock);
}

/* Forget thread T, which ends.  */
static void
gs_thread_forget (void *arg)
{
  struct gs_thread *t = arg, **p;

  pthread_mutex_lock (&gs_threads_lock);
  for (p = &gs_threads; *p; p = &(*p)->next)
    if (*p == t)
      {
	*p = t->next;
	break;
      }
  pthread_cond_signal (&gs_leader_cv);
  pthread_mutex_unlock (&gs_threads_lock);
  gs_capture_want_late (t->cap, 0);
  gs_self = NULL;
  free (t);
}

/* The root of thread T: call its start routine, and, each time the
   routine returns because the thread's stack was captured, rebuild the
   stack through the low-gear clones, from here, as root.c does for
   main.  Never inlined, cloned or tail-called.  */
static void *__attribute__ ((noinline, noipa))
gs_thread_root_call (struct gs_thread *t)
{
  void *volatile result = NULL;
  jmp_buf unwound;

  gs_capture_set_root ((uintptr_t) __builtin_dwarf_cfa (), &unwound);
  if (!setjmp (unwound))
    result = t->start (t->arg);
  while (gs_capture_finish ())
    {
      gs_start_fn resume = (gs_start_fn) gs_root_arrived ();

      if (!setjmp (unwound))
	result = resume (t->arg);
    }
  return result;
}

/* The start routine of every thread the program starts with an
   instrumented start routine: know thread ARG, run it under its root,
   and forget it when it ends, returns or exits.  */
static void *
gs_thread_main (void *arg)
{
  struct gs_thread *t = arg;
  void *result;

  t->tid = (pid_t) syscall (SYS_gettid);
  t->cap = gs_capture_self ();
  t->tls_updates = __atomic_load_n (&gs_updates, __ATOMIC_SEQ_CST);
  gs_self = t;
  pthread_mutex_lock (&gs_threads_lock);
  /* Started while an update collects the threads (or maps their state,
     the lock released): not one of them; it runs once the update is
     over, so that its start routine's entry is redirected by then, and
     it meets no object half converted; but not one that the update
     itself started (the new version's code, which may join it).  */
  while (gs_collecting && !t->by_update)
    gs_libc_pthread_cond_wait (&gs_threads_cv, &gs_threads_lock);
  t->number = ++gs_threads_started;
  t->next = gs_threads;
  gs_threads = t;
  pthread_mutex_unlock (&gs_threads_lock);
  pthread_cleanup_push (gs_thread_forget, t);
  result = gs_thread_root_call (t);
  pthread_cleanup_pop (1);
  return result;
}

/* The runtime's pthread_create: a thread whose start routine START is
   instrumented starts under a root (gs_thread_main); any other as the C
   library starts it.  */
GS_EXPORT int
pthread_create (pthread_t *thread, const pthread_attr_t *attr,
		gs_start_fn start, void *arg)
{
  struct gs_thread *t;
  int known, err;

  /* The process is multithreaded from now on: the control channel's
     thread costs nothing more (channel.c).  */
  gs_channel_start (1);
  gs_registry_read_lock ();
  /* A start routine without points of its own (GS_FN_BARE) may still
     reach instrumented code through a callback (a qsort comparator):
     its thread takes part in updates too.  */
  known = gs_registry_lookup ((uintptr_t) start) != NULL;
  gs_registry_read_unlock ();
  if (!known || !(t = calloc (1, sizeof *t)))
    return gs_libc_pthread_create (thread, attr, start, arg);
  t->start = start;
  t->arg = arg;
  t->by_update = (__atomic_load_n (&gs_swapping, __ATOMIC_SEQ_CST)
		  && gs_self && gs_self == gs_swapper);
  err = gs_libc_pthread_create (thread, attr, gs_thread_main, t);
  if (err)
    free (t);
  return err;
}

/* The instrumented function whose code holds address PC, or null.  */
static const struct gs_fn_meta *
gs_function_at (uintptr_t pc)
{
  struct { void *tbase, *dbase, *func; } bases;
  extern const void *_Unwind_Find_FDE (void *, void *);
  const struct gs_fn_meta *fn = NULL;

  if (pc && _Unwind_Find_FDE ((void *) (pc - 1), &bases))
    {
      gs_registry_read_lock ();
      fn = gs_registry_lookup ((uintptr_t) bases.func);
      gs_registry_read_unlock ();
    }
  return fn && !(fn->flags & GS_FN_BARE) ? fn : NULL;
}

/* Carry SELF's thread-local globals over to the version running now, if
   the update that loaded it came after they were last carried over
   (after two, its values are in a version whose mapping is gone: they
   stay there).  */
static void
gs_thread_locals (struct gs_thread *self)
{
  unsigned int now = __atomic_load_n (&gs_updates, __ATOMIC_SEQ_CST);

  if (now == self->tls_updates + 1)
    gs_swap_thread_locals ();
  self->tls_updates = now;
}

/* The calling thread, SELF, returns from a wrapper: if an update to a
   new version came while it was blocked there, or it was to move late
   before, its frames below may be the old version's: it moves late, at
   its next point, on its own (gs_threads_move_late).  Until then the
   update flag stays up, and other threads' points return at once.  Not
   when its caller is not instrumented: no point of that caller would
   come soon, and the flag would stay up.  */
static void
gs_thread_late (struct gs_thread *self)
{
  gs_thread_locals (self);
  if ((self->was_late
       || self->updates != __atomic_load_n (&gs_updates, __ATOMIC_SEQ_CST))
      && gs_function_at (self->blocked_from))
    gs_capture_want_late (self->cap, 1);
}

/* The calling thread enters wrapper NAME, called from FROM: it is
   blocked.  Without a lock: a program's waits do not contend for the
   runtime's, except while an update collects the threads.  */
static void
gs_thread_block (struct gs_thread *self, const char *name, void *from)
{
  self->blocked_in = name;
  self->blocked_from = (uintptr_t) from;
  self->updates = __atomic_load_n (&gs_updates, __ATOMIC_SEQ_CST);
  /* While it waits, a late move would keep the flag up for nothing.  */
  self->was_late = gs_capture_late ();
  gs_capture_want_late (self->cap, 0);
  __atomic_store_n (&self->state, GS_THREAD_BLOCKED, __ATOMIC_SEQ_CST);
  if (__atomic_load_n (&gs_collecting, __ATOMIC_SEQ_CST))
    {
      pthread_mutex_lock (&gs_threads_lock);
      pthread_cond_signal (&gs_leader_cv);
      pthread_mutex_unlock (&gs_threads_lock);
    }
}

/* The calling thread's call in a wrapper returned: run again, unless an
   update collects the threads; then wait, blocked still, until it is
   over, with MUTEX (if not null) released meanwhile.  The thread says
   it runs before it looks for an update, and the update looks at the
   threads only once it is known (both sequentially consistent): either
   the thread sees the update, or the update sees it running.  */
static void
gs_thread_unblock (struct gs_thread *self, pthread_mutex_t *mutex)
{
  int cancel;

  __atomic_store_n (&self->state, GS_THREAD_RUNNING, __ATOMIC_SEQ_CST);
  if (!__atomic_load_n (&gs_collecting, __ATOMIC_SEQ_CST))
    {
      gs_thread_late (self);
      return;
    }
  /* Its callers must not keep a mutex that parked threads or the update
     may need.  The wait is not the program's: no cancellation in it.  */
  pthread_setcancelstate (PTHREAD_CANCEL_DISABLE, &cancel);
  if (mutex)
    pthread_mutex_unlock (mutex);
  pthread_mutex_lock (&gs_threads_lock);
  self->state = GS_THREAD_BLOCKED;
  pthread_cond_signal (&gs_leader_cv);
  while (gs_collecting)
    gs_libc_pthread_cond_wait (&gs_threads_cv, &gs_threads_lock);
  self->state = GS_THREAD_RUNNING;
  pthread_mutex_unlock (&gs_threads_lock);
  if (mutex)
    pthread_mutex_lock (mutex);
  pthread_setcancelstate (cancel, NULL);
  gs_thread_late (self);
}

/* The runtime's pthread_join: a blocking call during which an update
   need not wait for the calling thread.  */
GS_EXPORT int
pthread_join (pthread_t thread, void **retval)
{
  struct gs_thread *self = gs_self;
  int err;

  if (!self)
    return gs_libc_pthread_join (thread, retval);
  gs_thread_block (self, "pthread_join", __builtin_return_address (0));
  err = gs_libc_pthread_join (thread, retval);
  gs_thread_unblock (self, NULL);
  return err;
}

/* The runtime's pthread_cond_wait; see pthread_join.  */
GS_EXPORT int
pthread_cond_wait (pthread_cond_t *cond, pthread_mutex_t *mutex)
{
  struct gs_thread *self = gs_self;
  int err;

  if (!self)
    return gs_libc_pthread_cond_wait (cond, mutex);
  gs_thread_block (self, "pthread_cond_wait", __builtin_return_address (0));
  err = gs_libc_pthread_cond_wait (cond, mutex);
  gs_thread_unblock (self, mutex);
  return err;
}

/* The runtime's pthread_cond_timedwait; see pthread_join.  */
GS_EXPORT int
pthread_cond_timedwait (pthread_cond_t *cond, pthread_mutex_t *mutex,
			const struct timespec *abstime)
{
  struct gs_thread *self = gs_self;
  int err;

  if (!self)
    return gs_libc_pthread_cond_timedwait (cond, mutex, abstime);
  gs_thread_block (self, "pthread_cond_timedwait",
		   __builtin_return_address (0));
  err = gs_libc_pthread_cond_timedwait (cond, mutex, abstime);
  gs_thread_unblock (self, mutex);
  return err;
}

/* The call site whose caller gs_threads_wait_begin judged last in this
   thread, and whether that caller is instrumented.  */
static GS_TLS uintptr_t gs_wait_site;
static GS_TLS int gs_wait_site_instrumented;

int
gs_threads_wait_begin (const char *name, void *from)
{
  struct gs_thread *self = gs_self;

  /* A thread with a wake-up function (gearshift_thread_wakeup) is woken
     out of its loop instead, to move with the others.  */
  if (!self || self->wakeup)
    return 0;
  if ((uintptr_t) from != gs_wait_site)
    {
      gs_wait_site_instrumented = gs_function_at ((uintptr_t) from) != NULL;
      gs_wait_site = (uintptr_t) from;
    }
  /* Instrumented code reaches a point soon after the kick interrupts the
     call, and its stack can then be captured: it is waited for.  */
  if (gs_wait_site_instrumented)
    return 0;
  gs_thread_block (self, name, from);
  return 1;
}

void
gs_threads_wait_end (void)
{
  gs_thread_unblock (gs_self, NULL);
}

/* A running known thread, or null when every one is parked or blocked.
   The caller holds the lock.  */
static struct gs_thread *
gs_threads_running (void)
{
  for (struct gs_thread *t = gs_threads; t; t = t->next)
    if (__atomic_load_n (&t->state, __ATOMIC_SEQ_CST) == GS_THREAD_RUNNING)
      return t;
  return NULL;
}

/* The known thread whose thread id is TID, or null.  The caller holds
   the lock.  */
static struct gs_thread *
gs_thread_by_tid (pid_t tid)
{
  for (struct gs_thread *t = gs_threads; t; t = t->next)
    if (t->tid == tid)
      return t;
  return NULL;
}

/* The thread id of the owner of the mutex that thread TID waits for in
   the kernel, or 0 when it does not wait so.  /proc/self/task/TID/syscall
   gives the system call a thread is blocked in and its arguments; a
   contended lock of the C library's mutexes waits in futex (FUTEX_WAIT
   or FUTEX_WAIT_BITSET for the lock word set to 2, whose mutex holds the
   owner's thread id two words further on; FUTEX_LOCK_PI, for a
   priority-inheriting mutex, whose lock word holds it).  */
static pid_t
gs_thread_lock_wait (pid_t tid)
{
  char path[64], buf[256];
  unsigned long arg[4];
  char *p = buf, *end;
  ssize_t n;
  int fd, i;

  snprintf (path, sizeof path, "/proc/self/task/%ld/syscall", (long) tid);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  n = read (fd, buf, sizeof buf - 1);
  close (fd);
  if (n <= 0)
    return 0;
  buf[n] = 0;
  for (i = 0; i < 4; i++, p = end)
    {
      arg[i] = strtoul (p, &end, 0);
      if (end == p)
	return 0;
    }
  /* Not the runtime's own lock, which the leader holds while it runs
     this, parked as it is, and which threads that come to park wait
     for.  */
  if (arg[0] != SYS_futex || (arg[1] & 3) != 0
      || arg[1] == (uintptr_t) &gs_threads_lock)
    return 0;
  const int *word = (const int *) arg[1];
  switch (arg[2] & FUTEX_CMD_MASK)
    {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET:
      /* The owner's word must be on the lock word's page (it is, but for
	 a mutex across two pages, which is left alone).  */
      if (arg[3] != 2 || (arg[1] & 4095) > 4096 - 3 * sizeof (int))
	return 0;
      return __atomic_load_n (word + 2, __ATOMIC_RELAXED);
    case FUTEX_LOCK_PI:
#ifdef FUTEX_LOCK_PI2
    case FUTEX_LOCK_PI2:
#endif
      return __atomic_load_n (word, __ATOMIC_RELAXED) & FUTEX_TID_MASK;
    default:
      return 0;
    }
}

/* Whether the known thread T, not running, keeps every mutex it holds
   until the collection ends: parked, locked, staying at a point, or
   blocked in a wrapper that releases none.  Not one blocked in a
   condition variable's wait, which holds the mutex before its wait
   releases it and after the wait takes it again, and then releases it
   (gs_thread_unblock).  The caller holds the lock.  */
static int
gs_thread_keeps_mutexes (const struct gs_thread *t)
{
  switch (__atomic_load_n (&t->state, __ATOMIC_SEQ_CST))
    {
    case GS_THREAD_PARKED:
    case GS_THREAD_LOCKED:
      return 1;
    case GS_THREAD_BLOCKED:
      return t->stays || !t->blocked_in
	     || strncmp (t->blocked_in, "pthread_cond_", 13) != 0;
    default:
      return 0;
    }
}

/* Mark locked each running known thread that waits for a mutex whose
   owner is a known thread that keeps it (gs_thread_keeps_mutexes), and
   so cannot get it before the update is over: a
   worker of a pool that waits for the queue's mutex, which a worker
   parked at a point holds.  The update need not wait for it; once over,
   the owner resumes and unlocks, and the thread returns to its frames,
   which are the old version's, and moves late (gs_threads_collected).
   The owner is one until the collection ends, as it does not run, and
   so is the thread's wait.  Only once the kicks have had their time: a
   thread that waits for a running one gets its mutex soon.  The caller,
   the collection's leader, holds the lock.  */
static void
gs_threads_locked (void)
{
  int changed;

  do
    {
      changed = 0;
      for (struct gs_thread *t = gs_threads; t; t = t->next)
	{
	  struct gs_thread *owner;
	  pid_t tid;

	  if (__atomic_load_n (&t->state, __ATOMIC_SEQ_CST) != GS_THREAD_RUNNING
	      || !(tid = gs_thread_lock_wait (t->tid))
	      || !(owner = gs_thread_by_tid (tid)) || owner == t
	      || !gs_thread_keeps_mutexes (owner))
	    continue;
	  t->lock_owner = owner;
	  t->blocked_in = "pthread_mutex_lock";
	  t->blocked_from = 0;
	  __atomic_store_n (&t->state, GS_THREAD_LOCKED, __ATOMIC_SEQ_CST);
	  changed = 1;
	}
    }
  while (changed);
}

/* Kick every running known thread: send it the kick, and call its
   wake-up function, if it has one (gearshift_thread_wakeup), with the
   lock released, as the function may wait on the program's locks and
   condition variables.  The caller holds the lock.  */
static void
gs_threads_kick (void)
{
  pid_t pid = getpid ();
  struct { void (*fn) (void *); void *arg; } wake[64];
  size_t n = 0;

  for (struct gs_thread *t = gs_threads; t; t = t->next)
    if (__atomic_load_n (&t->state, __ATOMIC_SEQ_CST) == GS_THREAD_RUNNING)
      {
	if (gs_kick_signal)
	  syscall (SYS_tgkill, pid, t->tid, gs_kick_signal);
	if (t->wakeup && n < sizeof wake / sizeof *wake)
	  {
	    wake[n].fn = t->wakeup;
	    wake[n++].arg = t->wakeup_arg;
	  }
      }
  if (!n)
    return;
  pthread_mutex_unlock (&gs_threads_lock);
  for (size_t i = 0; i < n; i++)
    wake[i].fn (wake[i].arg);
  pthread_mutex_lock (&gs_threads_lock);
}

/* Kick every running known thread, unless an update collects them
   already (and kicks them itself): a request from the control channel
   must not wait for a thread blocked in a system call, whichever
   number of threads the program has (installed by gs_threads_init).  */
static void
gs_threads_nudge (void)
{
  pthread_mutex_lock (&gs_threads_lock);
  if (!gs_collecting)
    gs_threads_kick ();
  pthread_mutex_unlock (&gs_threads_lock);
}

/* Whether the threads A and B, neither parked, whose callers of their
   waits are the functions FA and FB (gs_function_at, or null), are
   left alike by the update: the same note describes both.  */
static int
gs_thread_alike (const struct gs_thread *a, const struct gs_fn_meta *fa,
		 const struct gs_thread *b, const struct gs_fn_meta *fb)
{
  if (!a->stays != !b->stays
      || (a->state == GS_THREAD_LOCKED) != (b->state == GS_THREAD_LOCKED))
    return 0;
  if (a->state == GS_THREAD_LOCKED)
    return a->lock_owner == b->lock_owner;
  if (a->stays)
    return (a->stays_in == b->stays_in && !strcmp (a->stays, b->stays));
  return (fa == fb && !strcmp (a->blocked_in ? a->blocked_in : "?",
			       b->blocked_in ? b->blocked_in : "?"));
}

static int
gs_uint_cmp (const void *a, const void *b)
{
  unsigned int x = *(const unsigned int *) a, y = *(const unsigned int *) b;
  return x < y ? -1 : x > y;
}

/* Append to NOTE, of SIZE bytes and USED so far, what the update leaves
   to the thread T and every later thread alike (gs_thread_alike), in one
   phrase: "thread 3 waits in epoll_wait, called by code without update
   points, and keeps its frames", "threads 3, 4 and 5 wait in ...".
   CALLERS holds the function that called each thread's wait and DONE
   marks the threads described, both by their place in the list from T;
   NUMBERS has room for the number of each.  Returns the new length.  */
static size_t
gs_thread_note (char *note, size_t size, size_t used, struct gs_thread *t,
		const struct gs_fn_meta **callers, unsigned char *done,
		unsigned int *numbers)
{
  size_t alike = 0, i = 0;
  for (struct gs_thread *u = t; u; u = u->next, i++)
    if (u->state != GS_THREAD_PARKED && !done[i]
	&& gs_thread_alike (t, callers[0], u, callers[i]))
      {
	done[i] = 1;
	numbers[alike++] = u->number;
      }
  qsort (numbers, alike, sizeof *numbers, gs_uint_cmp);
  int one = alike == 1;
  used += snprintf (note + used, used < size ? size - used : 0, "%s%s ",
		    used ? ", " : "; ", one ? "thread" : "threads");
  for (i = 0; i < alike; i++)
    used += snprintf (note + used, used < size ? size - used : 0, "%s%u",
		      i == 0 ? "" : i + 1 == alike ? " and " : ", ",
		      numbers[i]);
  if (t->stays)
    return used + snprintf (note + used, used < size ? size - used : 0,
			    " %s in the old version's frames (at a point of "
			    "%s: %s)", one ? "stays" : "stay",
			    t->stays_in ? t->stays_in->name : "?", t->stays);
  if (t->state == GS_THREAD_LOCKED)
    return used + snprintf (note + used, used < size ? size - used : 0,
			    " %s in pthread_mutex_lock for a mutex that "
			    "thread %u holds, and %s at %s first point once "
			    "it returns", one ? "waits" : "wait",
			    t->lock_owner->number, one ? "moves" : "move",
			    one ? "its" : "their");
  const struct gs_fn_meta *fn = callers[0];
  if (fn)
    return used + snprintf (note + used, used < size ? size - used : 0,
			    " %s in %s, called by %s, and %s at %s first "
			    "point once it returns", one ? "waits" : "wait",
			    t->blocked_in ? t->blocked_in : "?", fn->name,
			    one ? "moves" : "move", one ? "its" : "their");
  return used + snprintf (note + used, used < size ? size - used : 0,
			  " %s in %s, called by code without update points, "
			  "and %s", one ? "waits" : "wait",
			  t->blocked_in ? t->blocked_in : "?",
			  one ? "keeps its frames" : "keep their frames");
}

/* Map every parked thread's stack onto the pending version (swap.c),
   naming in the outcome the blocked threads, which keep their frames,
   threads left alike in one phrase.
   The caller holds the lock, which is released meanwhile: the update
   may run the new version's code, which may start or join threads.  */
static void
gs_threads_swap (void)
{
  struct gs_capture **caps;
  size_t n = 0, max = 0;
  char note[1024] = "", old_frames[256] = "";
  size_t used = 0;
  struct timespec now;
  unsigned char *done;
  unsigned int *numbers;
  const struct gs_fn_meta **callers;

  for (struct gs_thread *t = gs_threads; t; t = t->next)
    max++;
  caps = calloc (max ? max : 1, sizeof *caps);
  done = calloc (max ? max : 1, 1);
  numbers = calloc (max ? max : 1, sizeof *numbers);
  /* Each blocked thread's caller looked up once (an unwinder's search),
     not once per pair of threads compared.  */
  callers = calloc (max ? max : 1, sizeof *callers);
  size_t j = 0;
  for (struct gs_thread *t = gs_threads; t && callers; t = t->next, j++)
    if (t->state != GS_THREAD_PARKED && !t->stays)
      callers[j] = gs_function_at (t->blocked_from);
  clock_gettime (CLOCK_MONOTONIC, &now);
  if (max > 1)
    used = snprintf (note, sizeof note, "; %zu threads reached in %.3f ms",
		     max, gs_ms (&gs_collect_start, &now));
  size_t i = 0;
  for (struct gs_thread *t = gs_threads; t; t = t->next, i++)
    {
      /* Its piece of the note, after "; " or ", ".  */
      size_t start = used + 2;

      if (t->state == GS_THREAD_PARKED)
	{
	  if (caps)
	    caps[n++] = t->cap;
	  continue;
	}
      /* Not parked: blocked, or just out of its wait and about to wait
	 for the update's end in gs_thread_unblock.  */
      if (!done || !numbers || !callers || done[i] || used >= sizeof note)
	continue;
      used = gs_thread_note (note, sizeof note, used, t, callers + i,
			     done + i, numbers);
      /* The first that keeps old frames, for gs_swap.  */
      if (!old_frames[0] && start < sizeof note)
	snprintf (old_frames, sizeof old_frames, "%s", note + start);
    }
  free (done);
  free (numbers);
  free (callers);
  /* Cut, it says so.  */
  if (used >= sizeof note)
    gs_mark_cut (note, sizeof note);
  gs_swapping = 1;
  gs_swapper = gs_self;
  pthread_mutex_unlock (&gs_threads_lock);
  if (!caps)
    gs_swap_refuse ("out of memory");
  else if (gs_swap (caps, n, note, old_frames[0] ? old_frames : NULL) == 0)
    __atomic_add_fetch (&gs_updates, 1, __ATOMIC_SEQ_CST);
  free (caps);
  pthread_mutex_lock (&gs_threads_lock);
  gs_swapping = 0;
  gs_swapper = NULL;
}

/* End the collection of the threads: the update is over.  The caller
   holds the lock.  */
static void
gs_threads_collected (void)
{
  /* The locked threads run again once their mutexes' owners do: to
     move late after an update, for their frames are the old version's
     (or to keep them, when no capture can unwind them).  */
  int moved = gs_updates != gs_collect_updates;
  for (struct gs_thread *t = gs_threads; t; t = t->next)
    if (t->state == GS_THREAD_LOCKED)
      {
	if (moved)
	  gs_capture_want_late (t->cap, 1);
	t->lock_owner = NULL;
	t->blocked_in = NULL;
	__atomic_store_n (&t->state, GS_THREAD_RUNNING, __ATOMIC_SEQ_CST);
      }
  gs_collecting = 0;
  /* Up still for threads to move late, and for GEARSHIFT_STRESS=0.  */
  gs_capture_flag_down ();
  gs_request_rearm ();
  pthread_cond_broadcast (&gs_threads_cv);
  pthread_cond_broadcast (&gs_leader_cv);
}

/* At the root of the calling thread, whose stack is captured, with an
   update to a new version pending: wait until every known thread is
   parked or blocked, then update them all, or refuse; return when the
   update is over, to resume the stack in whichever version runs.  */
void
gs_threads_update (void)
{
  gs_threads_collect (GS_THREAD_PARKED);
}

/* Milliseconds from an update request during which a thread at a point
   that cannot capture its stack runs on instead of staying there: one
   in a callback of a library's event loop then returns to the loop and
   waits in epoll_wait or poll (waits.c) with the callback's frames,
   which are the old version's, gone.  */
#define GS_STAY_GRACE_MS 50

/* A point of FN that cannot capture the calling thread's stack, because
   WHY, with an update to a new version pending (capture.c): unless the
   request is younger than GS_STAY_GRACE_MS (the thread then goes on),
   the thread waits there, blocked, until the update is over, and then
   goes on in the frames it has.  */
static void
gs_threads_stay (const char *why, const struct gs_fn_meta *fn)
{
  struct gs_thread *self = gs_self;

  if (!self || gs_request_age_ms () < GS_STAY_GRACE_MS)
    return;
  self->stays = why;
  self->stays_in = fn;
  gs_threads_collect (GS_THREAD_BLOCKED);
  self->stays = NULL;
}

GS_EXPORT int
gearshift_thread_wakeup (void (*fn) (void *), void *arg)
{
  struct gs_thread *self = gs_self;

  if (!self)
    return gs_set_error (GEARSHIFT_ENOENT, "this thread was not started by "
			 "the runtime");
  pthread_mutex_lock (&gs_threads_lock);
  self->wakeup = fn;
  self->wakeup_arg = arg;
  pthread_mutex_unlock (&gs_threads_lock);
  return 0;
}

/* Take part in the collection of the threads for an update to a new
   version, in STATE: parked (the calling thread's stack is captured)
   or blocked (it waits at a point that cannot capture it); when every
   known thread is parked or blocked, the last to arrive maps the state
   of the parked ones.  Returns when the update is over.  */
static void
gs_threads_collect (enum gs_thread_state state)
{
  struct gs_thread *self = gs_self, *late;
  struct timespec now, until;
  int leader = 0, cancel;

  /* Its waits here are not the program's: no cancellation in them.  */
  pthread_setcancelstate (PTHREAD_CANCEL_DISABLE, &cancel);
  pthread_mutex_lock (&gs_threads_lock);
  self->state = state;
  if (!gs_collecting)
    {
      leader = 1;
      __atomic_store_n (&gs_collecting, 1, __ATOMIC_SEQ_CST);
      gs_collect_updates = gs_updates;
      clock_gettime (CLOCK_MONOTONIC, &gs_collect_start);
      gs_last_kick = gs_collect_start;
      gs_kick_ms = 0.25;
      gs_threads_kick ();
    }
  while (gs_collecting)
    {
      clock_gettime (CLOCK_MONOTONIC, &now);
      if (gs_swapping)
	/* Another thread maps the state, the lock released meanwhile.  */
	gs_libc_pthread_cond_wait (&gs_threads_cv, &gs_threads_lock);
      else if (!gs_request_pending ())
	/* Refused, by another thread's check before its capture.  */
	gs_threads_collected ();
      else if (!(late = gs_threads_running ()))
	{
	  gs_threads_swap ();
	  gs_threads_collected ();
	}
      else if (gs_ms (&gs_collect_start, &now) >= gs_wait_ms)
	{
	  char why[256];

	  snprintf (why, sizeof why, "thread %u (%ld) reached no update "
		    "point within %lu ms (GEARSHIFT_THREADS_WAIT); every "
		    "thread resumes the old version", late->number,
		    (long) late->tid, gs_wait_ms);
	  gs_swap_refuse (why);
	  gs_threads_collected ();
	}
      else if (!leader)
	/* The last thread to park, or the leader, goes on.  */
	gs_libc_pthread_cond_wait (&gs_threads_cv, &gs_threads_lock);
      else
	{
	  if (gs_ms (&gs_last_kick, &now) >= gs_kick_ms)
	    {
	      /* From the second kick on.  */
	      if (gs_kick_ms > 0.25)
		gs_threads_locked ();
	      gs_threads_kick ();
	      gs_last_kick = now;
	      if (gs_kick_ms < 2)
		gs_kick_ms *= 2;
	    }
	  until = now;
	  until.tv_nsec += 250000;
	  if (until.tv_nsec >= 1000000000)
	    {
	      until.tv_sec++;
	      until.tv_nsec -= 1000000000;
	    }
	  gs_libc_pthread_cond_timedwait (&gs_leader_cv, &gs_threads_lock,
					  &until);
	}
    }
  self->state = GS_THREAD_RUNNING;
  pthread_mutex_unlock (&gs_threads_lock);
  pthread_setcancelstate (cancel, NULL);
  gs_thread_locals (self);
}
