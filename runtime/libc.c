/* gearshift runtime: the C library's threads functions that the
   runtime's take the place of.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The runtime defines pthread_create, pthread_join, pthread_cond_wait
   and pthread_cond_timedwait (threads.c), so a call to one of those
   names, from the runtime itself too, reaches threads.c.  The C
   library's are found here, the next definitions after the runtime's
   (dlsym RTLD_NEXT), for threads.c's wrappers and for the runtime's
   own threads (the stress thread, the control channel's), which the
   update must not wait for.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <signal.h>

#include "gs-internal.h"

static int (*gs_real_create) (pthread_t *, const pthread_attr_t *,
			      gs_start_fn, void *);
static int (*gs_real_join) (pthread_t, void **);
static int (*gs_real_cond_wait) (pthread_cond_t *, pthread_mutex_t *);
static int (*gs_real_cond_timedwait) (pthread_cond_t *, pthread_mutex_t *,
				      const struct timespec *);

/* Find them, once: in the program's constructors or at the runtime's
   start, whichever calls first (a race of two would store the same
   values).  */
static void
gs_libc_resolve (void)
{
  if (__atomic_load_n (&gs_real_create, __ATOMIC_ACQUIRE))
    return;
  gs_real_join = dlsym (RTLD_NEXT, "pthread_join");
  gs_real_cond_wait = dlsym (RTLD_NEXT, "pthread_cond_wait");
  gs_real_cond_timedwait = dlsym (RTLD_NEXT, "pthread_cond_timedwait");
  if (!gs_real_join || !gs_real_cond_wait || !gs_real_cond_timedwait)
    gs_fatal ("cannot find the C library's threads functions");
  __atomic_store_n (&gs_real_create, dlsym (RTLD_NEXT, "pthread_create"),
		    __ATOMIC_RELEASE);
  if (!gs_real_create)
    gs_fatal ("cannot find the C library's pthread_create");
}

int
gs_libc_pthread_create (pthread_t *thread, const pthread_attr_t *attr,
			gs_start_fn start, void *arg)
{
  gs_libc_resolve ();
  return gs_real_create (thread, attr, start, arg);
}

int
gs_libc_start_own (gs_start_fn start, void *arg)
{
  pthread_t thread;
  pthread_attr_t attr;
  sigset_t all, old;
  int err;

  sigfillset (&all);
  pthread_sigmask (SIG_SETMASK, &all, &old);
  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  err = gs_libc_pthread_create (&thread, &attr, start, arg);
  pthread_attr_destroy (&attr);
  pthread_sigmask (SIG_SETMASK, &old, NULL);
  return err;
}

int
gs_libc_pthread_join (pthread_t thread, void **retval)
{
  gs_libc_resolve ();
  return gs_real_join (thread, retval);
}

int
gs_libc_pthread_cond_wait (pthread_cond_t *cond, pthread_mutex_t *mutex)
{
  gs_libc_resolve ();
  return gs_real_cond_wait (cond, mutex);
}

int
gs_libc_pthread_cond_timedwait (pthread_cond_t *cond, pthread_mutex_t *mutex,
				const struct timespec *abstime)
{
  gs_libc_resolve ();
  return gs_real_cond_timedwait (cond, mutex, abstime);
}
