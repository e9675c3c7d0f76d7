/* gearshift runtime: waits for events, during which a thread need not
   be waited for by an update.
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
   RTLD_NEXT).  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>

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

/* The body of the wrapper SELF: call the C library's SELF as fn ARGS,
   with the calling thread blocked meanwhile when its caller has no
   points, and its errno kept.  */
#define GS_WAIT(SELF, ARGS)						\
  static void *real;							\
  __typeof__ (SELF) *fn = gs_waits_real (&real, #SELF);			\
  int blocked = gs_threads_wait_begin (#SELF,				\
				       __builtin_return_address (0));	\
  int result = fn ARGS;							\
  if (blocked)								\
    {									\
      int saved_errno = errno;						\
									\
      gs_threads_wait_end ();						\
      errno = saved_errno;						\
    }									\
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
