/* gearshift runtime: the control channel that `gearshift update` uses.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Every program linked with the runtime listens, from a thread of its
   own, on a Unix stream socket /tmp/gearshift-UID/PID.sock.  Only the
   process's owner can reach it: the directory is created with mode 0700
   and must be owned by the user and closed to others (otherwise the
   channel stays off), and every connection's peer credentials are
   checked as well.  GEARSHIFT_CONTROL=0 turns the channel off.

   Protocol, one line each way:
     update /absolute/path.so   ->  ok PAUSE-US MESSAGE
				     error CODE MESSAGE
     status                     ->  ok MESSAGE
   The reply to "update" comes once the update is done or refused
   (swap.c); a refused update leaves the program running its old version,
   and the reply says why.  */

#define _GNU_SOURCE 1
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "gs-internal.h"
#include "gs-channel.h"

/* The socket's path, for removal at exit, and the process that made
   it (a forked child must not remove its parent's).  */
static char gs_socket_path[sizeof ((struct sockaddr_un *) 0)->sun_path];
static pid_t gs_socket_owner;

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

/* Carry out "update PATH" for the client on FD.  */
static void
gs_channel_update (int fd, const char *path, int force)
{
  char message[1024];
  unsigned long before = __atomic_load_n (&gs_stats.updates,
					  __ATOMIC_RELAXED);
  int status = gs_request_update (path, force);

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
  for (;;)
    {
      status = gearshift_update_status (message, sizeof message);
      if (status != -GEARSHIFT_EBUSY)
	break;
      clock_gettime (CLOCK_MONOTONIC, &now);
      if (now.tv_sec > end.tv_sec
	  || (now.tv_sec == end.tv_sec && now.tv_nsec >= end.tv_nsec))
	break;
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
  gs_reply (fd, "ok %.1f %s", gs_last_pause_us (), message);
}

/* Serve the client on FD: one request, one reply.  */
static void
gs_channel_serve (int fd)
{
  char line[4200];
  size_t n = 0;
  struct ucred cred;
  socklen_t len = sizeof cred;

  if (getsockopt (fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0
      || cred.uid != getuid ())
    {
      gs_reply (fd, "error %d permission denied: not the process's owner",
		GEARSHIFT_EINVAL);
      return;
    }
  while (n < sizeof line - 1)
    {
      ssize_t r = read (fd, line + n, 1);
      if (r <= 0 || line[n] == '\n')
	break;
      n++;
    }
  line[n] = '\0';
  if (strncmp (line, "update ", 7) == 0 && line[7] == '/')
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

/* The channel's thread: accept clients on the socket LISTENER.  */
static void *
gs_channel_thread (void *arg)
{
  int listener = (int) (intptr_t) arg;

  for (;;)
    {
      int fd = accept (listener, NULL, NULL);
      if (fd < 0)
	{
	  if (errno == EINTR || errno == ECONNABORTED)
	    continue;
	  return NULL;
	}
      gs_channel_serve (fd);
      close (fd);
    }
}

/* Whether DIR is a directory of ours that nobody else may enter,
   creating it if missing.  */
static int
gs_private_dir (const char *dir)
{
  struct stat st;

  if (mkdir (dir, 0700) != 0 && errno != EEXIST)
    return 0;
  return (lstat (dir, &st) == 0 && S_ISDIR (st.st_mode)
	  && st.st_uid == getuid () && (st.st_mode & 077) == 0);
}

/* Open the control channel, unless GEARSHIFT_CONTROL=0.  Failing to is
   not an error: the program runs, without `gearshift update`.  */
void
gs_channel_init (void)
{
  const char *env = getenv ("GEARSHIFT_CONTROL");
  char dir[64];
  struct sockaddr_un addr;
  int fd;
  pthread_t thread;
  pthread_attr_t attr;
  sigset_t all, old;

  if (env && strcmp (env, "0") == 0)
    return;
  snprintf (dir, sizeof dir, GS_CHANNEL_DIR_FORMAT,
	    (unsigned long) getuid ());
  if (!gs_private_dir (dir))
    return;
  memset (&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  snprintf (addr.sun_path, sizeof addr.sun_path, GS_CHANNEL_SOCKET_FORMAT,
	    (unsigned long) getuid (), (long) getpid ());
  unlink (addr.sun_path);
  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0)
    return;
  if (bind (fd, (struct sockaddr *) &addr, sizeof addr) != 0
      || listen (fd, 4) != 0)
    {
      close (fd);
      return;
    }
  memcpy (gs_socket_path, addr.sun_path, sizeof gs_socket_path);
  gs_socket_owner = getpid ();
  atexit (gs_channel_cleanup);
  sigfillset (&all);
  pthread_sigmask (SIG_SETMASK, &all, &old);
  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create (&thread, &attr, gs_channel_thread,
		      (void *) (intptr_t) fd) != 0)
    {
      close (fd);
      gs_channel_cleanup ();
      gs_socket_path[0] = '\0';
    }
  pthread_attr_destroy (&attr);
  pthread_sigmask (SIG_SETMASK, &old, NULL);
}
