/* gearshift runtime: the control channel that `gearshift update` uses.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Every program linked with the runtime listens on a Unix stream
   socket DIR/PID.sock, DIR being
   $XDG_RUNTIME_DIR/gearshift or /tmp/gearshift-UID (channel-dir.c), UID
   the process's effective user.  Only that user and root can reach it:
   the directory is created with mode 0700 and must belong to the user
   and be closed to others (otherwise the channel stays off, and a line
   on stderr says why), the socket's mode is set to 0600 whatever the
   umask, and every connection's peer credentials are checked as well.
   GEARSHIFT_CONTROL=0 turns the channel off.

   The channel is served by a thread of its own, started only when it
   is needed: a process with a second thread makes the C library take
   locks in malloc, free and stdio that a single-threaded one skips
   (twice the time of a small malloc and free), and a program must pay
   nothing until an update.  So a single-threaded program listens with
   O_ASYNC: a client's connection raises SIGURG (F_SETSIG; its default
   action is to ignore it, so a program that resets it loses only the
   wake-up), whose handler records that the channel is wanted and raises
   the update flag.  The program's next update point (capture.c), or
   the next wait or sleep of its thread in the runtime's wrappers
   (waits.c), starts the thread, which accepts that client and the
   next.  A program that starts a thread, or has one already, has the
   channel's thread started at once, as has one whose SIGURG is not the
   default or that asks for it with GEARSHIFT_CONTROL=thread.  The
   signal is installed with SA_RESTART; the calls the kernel does not
   restart return EINTR, as for any signal the program catches, except
   sleeps, which the wrappers resume (waits.c).  A single-threaded
   program that blocks SIGURG, or stays in another blocking call, is
   served once it reaches a point.

   A privileged program (setuid, setgid or with file capabilities: the
   kernel's AT_SECURE) offers no channel unless it was built to
   (GEARSHIFT_PRIVILEGED_CHANNEL, gearshift.h), and then only in its
   effective user's /tmp directory; like the rest of the runtime, it
   reads no GEARSHIFT_* variable from the environment of whoever runs
   it (secure_getenv).

   Protocol, one line each way; a request is at most
   GS_CHANNEL_MAX_REQUEST bytes, ends with a newline, holds no NUL, and
   must arrive within GS_CHANNEL_REQUEST_WAIT seconds.  Clients are
   served concurrently (up to GS_CHANNEL_MAX_CLIENTS), so that "status"
   answers while an update waits for its point:
     update /absolute/path.so   ->  ok PAUSE-US PREPARE-US MESSAGE
     update --force /path.so         error CODE MESSAGE
     status                     ->  ok MESSAGE
   The reply to "update" comes once the update is done or refused
   (swap.c); a refused update leaves the program running its old version,
   and the reply says why.  --force skips the check that the file is a
   version of this program (not the checks of the file itself).  */

#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/auxv.h>
#include <sys/single_threaded.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "gs-internal.h"
#include "gs-channel.h"

/* The socket's path, for removal at exit, and the process that made
   it (a forked child must not remove its parent's).  */
static char gs_socket_path[sizeof ((struct sockaddr_un *) 0)->sun_path];
static pid_t gs_socket_owner;

/* The user the channel serves, besides root: the process's effective
   user when it opened the channel.  */
static uid_t gs_channel_uid;

/* Defined (to 1) by a privileged program built to offer a channel
   (GEARSHIFT_PRIVILEGED_CHANNEL, gearshift.h).  */
extern const int __gearshift_privileged_channel __attribute__ ((weak));

/* Remove the socket (atexit).  */
static void
gs_channel_cleanup (void)
{
  if (gs_socket_path[0] && getpid () == gs_socket_owner)
    unlink (gs_socket_path);
}

/* Write the line formatted from FMT to FD.  */
static void GS_PRINTF (2, 3)
gs_reply (int fd, const char *fmt, ...)
{
  char line[1400];
  va_list ap;
  int n;

  va_start (ap, fmt);
  n = vsnprintf (line, sizeof line - 1, fmt, ap);
  va_end (ap);
  if (n < 0)
    return;
  if ((size_t) n > sizeof line - 2)
    n = sizeof line - 2;
  line[n++] = '\n';
  for (int off = 0; off < n;)
    {
      ssize_t w = write (fd, line + off, n - off);
      if (w <= 0)
	return;
      off += w;
    }
}

/* Sleep a millisecond.  */
static void
gs_nap (void)
{
  struct timespec ms = { 0, 1000000 };

  nanosleep (&ms, NULL);
}

/* What kicks the program's threads while an update request waits for
   its point (threads.c's, gs_channel_set_nudge).  */
static void (*gs_channel_nudge) (void);

void
gs_channel_set_nudge (void (*nudge) (void))
{
  gs_channel_nudge = nudge;
}

/* Held while a client's request is recorded.  */
static pthread_mutex_t gs_channel_request_lock = PTHREAD_MUTEX_INITIALIZER;

/* Carry out "update PATH" for the client on FD.  */
static void
gs_channel_update_1 (int fd, const char *path, int force)
{
  char message[1024];
  unsigned long before = __atomic_load_n (&gs_stats.updates,
					  __ATOMIC_RELAXED);
  int status;

  /* Clients are served concurrently: one request at a time.  This
     thread checks and loads the file before the program stops for the
     update: how long that took is part of the reply.  */
  struct timespec asked, prepared;
  pthread_mutex_lock (&gs_channel_request_lock);
  clock_gettime (CLOCK_MONOTONIC, &asked);
  status = gs_request_update (path, force, 1);
  clock_gettime (CLOCK_MONOTONIC, &prepared);
  pthread_mutex_unlock (&gs_channel_request_lock);

  if (status != 0)
    {
      gs_reply (fd, "error %d %s", -status, gearshift_error_detail ());
      return;
    }
  /* Wait for the outcome: as long as GS_CHANNEL_UPDATE_WAIT for the
     program to reach an update point.  */
  struct timespec now, end;
  clock_gettime (CLOCK_MONOTONIC, &end);
  end.tv_sec += GS_CHANNEL_UPDATE_WAIT;
  for (unsigned int ms = 0;; ms++)
    {
      status = gearshift_update_status (message, sizeof message);
      if (status != -GEARSHIFT_EBUSY)
	break;
      clock_gettime (CLOCK_MONOTONIC, &now);
      if (now.tv_sec > end.tv_sec
	  || (now.tv_sec == end.tv_sec && now.tv_nsec >= end.tv_nsec))
	break;
      /* Threads blocked in system calls reach no point: kick them, as
	 an update kicks the threads it waits for, after 20 and 100 ms
	 and then every 250 (one may block again just after a kick).  A
	 program that runs reaches a point before the first: its calls
	 are not interrupted for nothing.  */
      if ((ms == 20 || ms == 100 || (ms > 0 && ms % 250 == 0))
	  && gs_channel_nudge)
	gs_channel_nudge ();
      gs_nap ();
    }
  if (status == -GEARSHIFT_EBUSY)
    {
      gs_reply (fd, "error %d the program reached no update point within "
		"%d s; the update is still pending", GEARSHIFT_EBUSY,
		GS_CHANNEL_UPDATE_WAIT);
      return;
    }
  if (status != 0)
    {
      gs_reply (fd, "error %d %s", -status, message);
      return;
    }
  /* The pause ends when the new version runs again.  */
  for (int i = 0; i < 5000 && __atomic_load_n (&gs_stats.updates,
					       __ATOMIC_RELAXED) == before; i++)
    gs_nap ();
  gs_reply (fd, "ok %.1f %.1f %s", gs_last_pause_us (),
	    gs_ms (&asked, &prepared) * 1e3, message);
}

/* Clients whose update request is being carried out or answered.  */
static int gs_channel_pending;

/* At exit (atexit, after the program's own handlers): a program that
   ends just after an update must not take the reply with it, so wait,
   at most a second, for the replies to updates that are over.  */
static void
gs_channel_drain (void)
{
  char message[8];

  for (int i = 0; i < 1000
       && __atomic_load_n (&gs_channel_pending, __ATOMIC_SEQ_CST) > 0
       && gearshift_update_status (message, sizeof message)
	  != -GEARSHIFT_EBUSY; i++)
    gs_nap ();
}

static void
gs_channel_update (int fd, const char *path, int force)
{
  struct pollfd p = { fd, 0, 0 };

  /* A client that hung up before its request was read (it can wait a
     while for a thread to read it, see above) is not acted on: nobody
     would learn the outcome.  */
  if (poll (&p, 1, 0) > 0 && (p.revents & POLLHUP))
    return;
  __atomic_add_fetch (&gs_channel_pending, 1, __ATOMIC_SEQ_CST);
  gs_channel_update_1 (fd, path, force);
  __atomic_sub_fetch (&gs_channel_pending, 1, __ATOMIC_SEQ_CST);
}

#define GS_CHANNEL_TEXT_(X) #X
#define GS_CHANNEL_TEXT(X) GS_CHANNEL_TEXT_(X)

/* Read the request of the client on FD into LINE of SIZE bytes, without
   its newline.  Returns null, or why the request is refused.  */
static const char *
gs_channel_read (int fd, char *line, size_t size)
{
  struct timespec now, end;
  size_t n = 0;

  clock_gettime (CLOCK_MONOTONIC, &end);
  end.tv_sec += GS_CHANNEL_REQUEST_WAIT;
  for (;;)
    {
      struct pollfd p = { fd, POLLIN, 0 };
      long ms;
      ssize_t r;
      int ready;

      clock_gettime (CLOCK_MONOTONIC, &now);
      ms = (end.tv_sec - now.tv_sec) * 1000
	   + (end.tv_nsec - now.tv_nsec) / 1000000;
      ready = ms > 0 ? poll (&p, 1, (int) ms) : 0;
      if (ready < 0 && errno == EINTR)
	continue;
      if (ready <= 0)
	return "no complete request within " GS_CHANNEL_TEXT
	  (GS_CHANNEL_REQUEST_WAIT) " s";
      r = read (fd, line + n, 1);
      if (r < 0 && (errno == EINTR || errno == EAGAIN))
	continue;
      if (r <= 0)
	return "the request does not end with a newline";
      if (line[n] == '\n')
	break;
      if (line[n] == '\0')
	return "the request holds a NUL byte";
      if (++n == size - 1)
	return "the request is too long";
    }
  line[n] = '\0';
  return NULL;
}

/* Serve the client on FD: one request, one reply.  */
static void
gs_channel_serve (int fd)
{
  char line[GS_CHANNEL_MAX_REQUEST];
  struct ucred cred;
  socklen_t len = sizeof cred;
  const char *why;

  if (getsockopt (fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0
      || (cred.uid != gs_channel_uid && cred.uid != 0))
    {
      gs_reply (fd, "error %d permission denied: not the process's owner",
		GEARSHIFT_EINVAL);
      return;
    }
  why = gs_channel_read (fd, line, sizeof line);
  if (why)
    gs_reply (fd, "error %d %s", GEARSHIFT_EINVAL, why);
  else if (strncmp (line, "update ", 7) == 0 && line[7] == '/')
    gs_channel_update (fd, line + 7, 0);
  else if (strncmp (line, "update --force ", 15) == 0 && line[15] == '/')
    gs_channel_update (fd, line + 15, 1);
  else if (strcmp (line, "status") == 0)
    {
      char message[1024];
      gearshift_update_status (message, sizeof message);
      gs_reply (fd, "ok %s", message);
    }
  else
    gs_reply (fd, "error %d unknown request (expected \"update "
	      "/absolute/path\" or \"status\")", GEARSHIFT_EINVAL);
}

/* The clients being served, each by a thread of its own, so that one
   waiting for its update to reach a point keeps no other waiting; at
   most GS_CHANNEL_MAX_CLIENTS.  */
#define GS_CHANNEL_MAX_CLIENTS 8
static int gs_channel_clients;

/* Serve the client on the socket ARG, then close it.  */
static void *
gs_channel_client (void *arg)
{
  int fd = (int) (intptr_t) arg;

  gs_channel_serve (fd);
  close (fd);
  __atomic_sub_fetch (&gs_channel_clients, 1, __ATOMIC_RELAXED);
  return NULL;
}

/* The channel's thread: accept clients on the socket LISTENER, and
   start a thread for each (with every signal blocked, as here).  */
static void *
gs_channel_thread (void *arg)
{
  int listener = (int) (intptr_t) arg;
  pthread_attr_t attr;

  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize (&attr, 256 * 1024);
  for (;;)
    {
      pthread_t thread;
      int fd = accept4 (listener, NULL, NULL, SOCK_CLOEXEC);
      if (fd < 0)
	{
	  if (errno == EINTR || errno == ECONNABORTED)
	    continue;
	  pthread_attr_destroy (&attr);
	  return NULL;
	}
      if (__atomic_add_fetch (&gs_channel_clients, 1, __ATOMIC_RELAXED)
	  > GS_CHANNEL_MAX_CLIENTS)
	{
	  gs_reply (fd, "error %d busy: %d clients are being served",
		    GEARSHIFT_EBUSY, GS_CHANNEL_MAX_CLIENTS);
	  close (fd);
	  __atomic_sub_fetch (&gs_channel_clients, 1, __ATOMIC_RELAXED);
	}
      else if (gs_libc_pthread_create (&thread, &attr, gs_channel_client,
			       (void *) (intptr_t) fd) != 0)
	gs_channel_client ((void *) (intptr_t) fd);
    }
}

/* Make DIR, the channel directory of the user gs_channel_uid, unless it
   exists.  Returns 0 if it is safe to use, else -1 after saying why on
   stderr if SAY.  */
static int
gs_channel_private_dir (const char *dir, int say)
{
  char why[128];

  if (mkdir (dir, 0700) != 0 && errno != EEXIST)
    {
      if (say)
	fprintf (stderr, "gearshift: no control channel: cannot create "
		 "%s: %s\n", dir, strerror (errno));
      return -1;
    }
  if (gs_channel_dir_problem (dir, gs_channel_uid, why, sizeof why))
    {
      if (say)
	fprintf (stderr, "gearshift: no control channel: %s%s\n", dir, why);
      return -1;
    }
  return 0;
}

/* Remove the socket NAME in DIR if no process listens on it any more:
   if it belongs to a process that ended without removing it (killed by
   a signal, or replaced by exec).  A socket is stale when connecting to
   it is refused, whatever its name says of the pid (another pid
   namespace may share the directory), and it is older than a few
   seconds (a process starting now refuses connections between its bind
   and its listen).  */
static void
gs_channel_sweep_one (const char *dir, const char *name)
{
  struct sockaddr_un addr;
  size_t len = strlen (name);
  struct stat st;
  int fd;

  if (len < 6 || strcmp (name + len - 5, ".sock") != 0
      || strspn (name, "0123456789") != len - 5)
    return;
  memset (&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  if (snprintf (addr.sun_path, sizeof addr.sun_path, "%s/%s", dir, name)
      >= (int) sizeof addr.sun_path
      || lstat (addr.sun_path, &st) != 0 || !S_ISSOCK (st.st_mode)
      || st.st_mtime > time (NULL) - 5)
    return;
  /* Not blocking: a live process that does not accept (it has not
     reached a point since) may have its queue full, and a blocking
     connect would wait for it, before main, for ever (EAGAIN then).  */
  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0)
    return;
  if (connect (fd, (struct sockaddr *) &addr, sizeof addr) != 0
      && errno == ECONNREFUSED)
    unlink (addr.sun_path);
  close (fd);
}

/* Remove the stale sockets in DIR.  Its entries are read with
   getdents64 into a buffer on the stack, not with opendir: the runtime
   leaves the heap as it found it before main, so that a program reading
   memory malloc did not clear (gcc.c-torture's 941014-2) finds what it
   would without the runtime.  */
static void
gs_channel_sweep (const char *dir)
{
  char buf[4096] __attribute__ ((aligned (8)));
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  ssize_t n;

  if (fd < 0)
    return;
  while ((n = getdents64 (fd, buf, sizeof buf)) > 0)
    for (ssize_t at = 0; at < n;)
      {
	struct dirent64 *e = (struct dirent64 *) (buf + at);

	gs_channel_sweep_one (dir, e->d_name);
	at += e->d_reclen;
      }
  close (fd);
}

/* The listening socket while it has no thread (-1 once it has one),
   and its descriptor for the signal handler.  */
static int gs_channel_idle = -1, gs_channel_fd = -1;

/* What the channel asks of the program's threads (gs_request_channel,
   done by gs_channel_start): its thread (a connection came), or to be
   opened (in a process forked from one with a channel); and how many
   times the channel's signal came.  */
enum { GS_CHANNEL_QUIET, GS_CHANNEL_CONNECTED, GS_CHANNEL_FORKED };
static volatile unsigned int gs_channel_signals;

/* SIGURG's handler while the channel has no thread: a connection to
   the listening socket (si_fd) asks for one.  Async-signal-safe.  */
static void
gs_channel_signalled (int sig, siginfo_t *info, void *context)
{
  (void) sig;
  (void) context;
  if (info->si_fd != gs_channel_fd)
    return;
  __atomic_add_fetch (&gs_channel_signals, 1, __ATOMIC_SEQ_CST);
  gs_request_channel (GS_CHANNEL_CONNECTED);
}

unsigned int
gs_channel_signal_count (void)
{
  return __atomic_load_n (&gs_channel_signals, __ATOMIC_SEQ_CST);
}

/* Listen on FD without a thread: a connection raises SIGURG.  Returns
   0, or -1 when the program's SIGURG is not the default, or the socket
   cannot signal.  */
static int
gs_channel_listen_async (int fd)
{
  struct f_owner_ex owner = { F_OWNER_PID, getpid () };
  struct sigaction sa, old;
  struct pollfd p = { fd, POLLIN, 0 };
  int flags = fcntl (fd, F_GETFL);

  if (flags < 0 || sigaction (SIGURG, NULL, &old) != 0
      || ((old.sa_flags & SA_SIGINFO)
	  ? old.sa_sigaction != gs_channel_signalled
	  : old.sa_handler != SIG_DFL))
    return -1;
  memset (&sa, 0, sizeof sa);
  sa.sa_sigaction = gs_channel_signalled;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  if (sigaction (SIGURG, &sa, NULL) != 0)
    return -1;
  if (fcntl (fd, F_SETOWN_EX, &owner) != 0
      || fcntl (fd, F_SETSIG, SIGURG) != 0
      || fcntl (fd, F_SETFL, flags | O_ASYNC) != 0)
    {
      sigaction (SIGURG, &old, NULL);
      return -1;
    }
  gs_channel_idle = fd;
  /* A client that connected before O_ASYNC raised no signal.  */
  if (poll (&p, 1, 0) > 0)
    gs_request_channel (GS_CHANNEL_CONNECTED);
  return 0;
}

/* Start the thread that serves the listening socket FD, with every
   signal blocked in it; if it cannot start, close the channel.  */
static void
gs_channel_thread_start (int fd)
{
  if (gs_libc_start_own (gs_channel_thread, (void *) (intptr_t) fd) != 0)
    {
      close (fd);
      gs_channel_cleanup ();
      gs_socket_path[0] = '\0';
    }
}

static void gs_channel_open (int first);

/* Do what the channel asks of the calling thread (not a signal
   handler): open the channel of a forked process, or start the
   channel's thread, which a connection asked for, or which THREAD asks
   for (the program starts a thread of its own), if it has none yet.  */
void
gs_channel_start (int thread)
{
  int asked = gs_request_channel_take ();
  int fd;

  if (asked == GS_CHANNEL_FORKED)
    {
      gs_channel_open (0);
      gs_control_forked ();
    }
  else if (asked == GS_CHANNEL_CONNECTED)
    thread = 1;
  if (!thread || __atomic_load_n (&gs_channel_idle, __ATOMIC_SEQ_CST) < 0
      || getpid () != gs_socket_owner
      || (fd = __atomic_exchange_n (&gs_channel_idle, -1,
				    __ATOMIC_SEQ_CST)) < 0)
    return;
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_ASYNC);
  gs_channel_thread_start (fd);
}

/* In the child of a fork (pthread_atfork): the parent's channel, its
   thread and its clients are not this process's.  Close the listening
   socket it inherited (the parent's stays open), and have the child's
   first update point, wait or thread open a channel of its own, and
   start its stress thread (control.c): a child that only execs another
   program leaves no socket behind.  */
static void
gs_channel_forked (void)
{
  if (gs_channel_fd >= 0)
    close (gs_channel_fd);
  gs_channel_fd = gs_channel_idle = -1;
  gs_channel_clients = 0;
  gs_channel_pending = 0;
  gs_request_channel (GS_CHANNEL_FORKED);
}

/* Open the control channel, unless GEARSHIFT_CONTROL=0 or the program is
   privileged and was not built to.  Failing to is not an error: the
   program runs, without `gearshift update'.  */
void
gs_channel_init (void)
{
  gs_capture_set_serve (gs_channel_start);
  pthread_atfork (NULL, NULL, gs_channel_forked);
  gs_channel_open (1);
}

/* Open the process's channel: FIRST at its start, else in the child of
   a fork (quietly: the parent said what went wrong).  */
static void
gs_channel_open (int first)
{
  const char *env = secure_getenv ("GEARSHIFT_CONTROL");
  const char *xdg = secure_getenv ("XDG_RUNTIME_DIR");
  char dir[sizeof gs_socket_path], why[128];
  struct sockaddr_un addr;
  int fd, status;

  if (env && strcmp (env, "0") == 0)
    return;
  if (getauxval (AT_SECURE)
      && !(&__gearshift_privileged_channel && __gearshift_privileged_channel))
    return;
  gs_channel_uid = geteuid ();
  if (xdg && !*xdg)
    xdg = NULL;
  memset (&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  status = gs_channel_dir (dir, sizeof dir, gs_channel_uid, xdg, why,
			  sizeof why);
  if (status == 1)
    {
      if (first)
	fprintf (stderr, "gearshift: XDG_RUNTIME_DIR %s%s; the control "
	       "channel goes to /tmp\n", xdg, why);
      xdg = NULL;
    }
  if (status < 0
      || snprintf (addr.sun_path, sizeof addr.sun_path,
		   GS_CHANNEL_SOCKET_FORMAT, dir, (long) getpid ())
	 >= (int) sizeof addr.sun_path)
    {
      if (first)
	fprintf (stderr, "gearshift: no control channel: the path of its "
		 "socket in %s/gearshift is too long\n", xdg ? xdg : "/tmp");
      return;
    }
  if (gs_channel_private_dir (dir, first))
    return;
  if (first)
    gs_channel_sweep (dir);
  unlink (addr.sun_path);
  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0)
    return;
  /* The directory keeps others out already; the socket's mode does too,
     whatever the umask.  */
  if (bind (fd, (struct sockaddr *) &addr, sizeof addr) != 0
      || chmod (addr.sun_path, 0600) != 0
      || listen (fd, 16) != 0)
    {
      close (fd);
      unlink (addr.sun_path);
      return;
    }
  memcpy (gs_socket_path, addr.sun_path, sizeof gs_socket_path);
  gs_socket_owner = getpid ();
  gs_channel_fd = fd;
  if (first)
    {
      atexit (gs_channel_cleanup);
      atexit (gs_channel_drain);
    }
  /* A thread at once when the process has another already (the stress
     thread, or one that a constructor started), or when asked for.  */
  if ((env && strcmp (env, "thread") == 0) || !__libc_single_threaded
      || gs_channel_listen_async (fd) != 0)
    gs_channel_thread_start (fd);
}
