/* gearshift runtime: waits for events, during which a thread need not
   be waited for by an update; sleeps and pauses; and where a thread
   serves the control channel.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   An event loop of a library (libevent's, libev's, GLib's) waits in
   epoll_wait, poll or select and calls the program back.  Its thread's
   stack cannot be captured (the library's frames are in it), and when
   the kick interrupts the wait the library waits again, so the thread
   reaches no point until an event or a timer comes (memcached's main
   thread: up to a second).  The runtime defines these calls, as it
   defines pthread_join: called by code without points, the thread
   counts as blocked while it waits (threads.c), so an update to a new
   version goes on without it, and a wait that returns during the update
   waits in the wrapper until the update is over; the callbacks that
   follow reach the new version through the redirected entries.  Called
   by the program's own instrumented code, they are the C library's
   calls, as before: the kick interrupts them and the program reaches
   its next point.  The C library's are found the first time (dlsym
   RTLD_NEXT).

   A single-threaded program's control channel has no thread until a
   client connects, or, in a forked child, no socket until the child
   runs (channel.c): each wait, sleep and pause here first does what
   the channel asks, as an update point does, so that a program that
   waits is served too.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "gs-internal.h"

/* The C library's function NAME, found once into *SLOT.  */
static void *
gs_waits_real (void **slot, const char *name)
{
  void *fn = __atomic_load_n (slot, __ATOMIC_ACQUIRE);

  if (!fn)
    {
      fn = dlsym (RTLD_NEXT, name);
      if (!fn)
	gs_fatal ("cannot find the C library's %s", name);
      __atomic_store_n (slot, fn, __ATOMIC_RELEASE);
    }
  return fn;
}

/* Do what the control channel asks, if anything (start its thread,
   or open a forked child's channel), errno kept.  */
static void
gs_waits_serve (void)
{
  if (gs_request_channel_asked ())
    {
      int saved_errno = errno;

      gs_capture_serve_channel ();
      errno = saved_errno;
    }
}

/* The body of the wrapper SELF: call the C library's SELF as fn ARGS,
   with the calling thread blocked meanwhile when its caller has no
   points, and its errno kept; serve the channel if it asks, before
   (a forked child opens its own before it waits) and after (a
   connection may be what interrupted the call: it returns EINTR, as
   for any signal the program catches).  */
#define GS_WAIT(SELF, ARGS)						\
  static void *real;							\
  __typeof__ (SELF) *fn = gs_waits_real (&real, #SELF);			\
  int blocked, result;							\
									\
  gs_waits_serve ();							\
  blocked = gs_threads_wait_begin (#SELF, __builtin_return_address (0)); \
  result = fn ARGS;							\
  if (blocked)								\
    {									\
      int saved_errno = errno;						\
									\
      gs_threads_wait_end ();						\
      errno = saved_errno;						\
    }									\
  gs_waits_serve ();							\
  return result

GS_EXPORT int
epoll_wait (int epfd, struct epoll_event *events, int maxevents, int timeout)
{
  GS_WAIT (epoll_wait, (epfd, events, maxevents, timeout));
}

GS_EXPORT int
epoll_pwait (int epfd, struct epoll_event *events, int maxevents,
	     int timeout, const sigset_t *sigmask)
{
  GS_WAIT (epoll_pwait, (epfd, events, maxevents, timeout, sigmask));
}

GS_EXPORT int
poll (struct pollfd *fds, nfds_t nfds, int timeout)
{
  GS_WAIT (poll, (fds, nfds, timeout));
}

GS_EXPORT int
ppoll (struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
       const sigset_t *sigmask)
{
  GS_WAIT (ppoll, (fds, nfds, timeout, sigmask));
}

GS_EXPORT int
select (int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	struct timeval *timeout)
{
  GS_WAIT (select, (nfds, readfds, writefds, exceptfds, timeout));
}

GS_EXPORT int
pselect (int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	 const struct timespec *timeout, const sigset_t *sigmask)
{
  GS_WAIT (pselect, (nfds, readfds, writefds, exceptfds, timeout, sigmask));
}

/* Sleeps and pauses: a connection to the control channel of a
   single-threaded program interrupts them (its signal, channel.c);
   they serve the channel and go on, for the time left, so that the
   program sleeps as long as it asked and a pause ends for its own
   signals only.  Another signal caught in the same call is not told
   apart: it then ends the call only if the time is up.  */

/* The C library's clock_nanosleep with CLOCK, FLAGS and REQ, resumed
   after the channel's signal; the time left in *REM (if not null) when
   another signal ends it.  Returns 0 or an error number.  */
static int
gs_sleep (clockid_t clock, int flags, const struct timespec *req,
	  struct timespec *rem)
{
  static void *real;
  __typeof__ (clock_nanosleep) *fn = gs_waits_real (&real,
						   "clock_nanosleep");
  struct timespec left, again;
  unsigned int seen;
  int err;

  gs_waits_serve ();
  seen = gs_channel_signal_count ();
  err = fn (clock, flags, req, &left);

  while (err == EINTR && gs_channel_signal_count () != seen)
    {
      gs_waits_serve ();
      seen = gs_channel_signal_count ();
      again = left;
      err = fn (clock, flags, flags & TIMER_ABSTIME ? req : &again, &left);
    }
  if (err == EINTR && rem && !(flags & TIMER_ABSTIME))
    *rem = left;
  return err;
}

GS_EXPORT int
clock_nanosleep (clockid_t clock, int flags, const struct timespec *req,
		 struct timespec *rem)
{
  return gs_sleep (clock, flags, req, rem);
}

GS_EXPORT int
nanosleep (const struct timespec *req, struct timespec *rem)
{
  int err = gs_sleep (CLOCK_REALTIME, 0, req, rem);

  if (err)
    {
      errno = err;
      return -1;
    }
  return 0;
}

GS_EXPORT int
usleep (useconds_t usec)
{
  struct timespec t = { usec / 1000000, (long) (usec % 1000000) * 1000 };

  return nanosleep (&t, NULL);
}

GS_EXPORT unsigned int
sleep (unsigned int seconds)
{
  struct timespec t = { seconds, 0 }, left;

  if (gs_sleep (CLOCK_REALTIME, 0, &t, &left) != EINTR)
    return 0;
  return left.tv_sec + (left.tv_nsec >= 500000000);
}

/* The body of the wrapper SELF of a pause: call the C library's SELF as
   fn ARGS again while the channel's signal is what ended it.  */
#define GS_PAUSE(SELF, ARGS)						\
  static void *real;							\
  __typeof__ (SELF) *fn = gs_waits_real (&real, #SELF);			\
  unsigned int seen;							\
  int result;								\
									\
  do									\
    {									\
      gs_waits_serve ();						\
      seen = gs_channel_signal_count ();				\
      result = fn ARGS;							\
      gs_waits_serve ();						\
    }									\
  while (result < 0 && errno == EINTR					\
	 && gs_channel_signal_count () != seen);			\
  return result

GS_EXPORT int
pause (void)
{
  GS_PAUSE (pause, ());
}

GS_EXPORT int
sigsuspend (const sigset_t *mask)
{
  GS_PAUSE (sigsuspend, (mask));
}
