/* gearshift: where a process's control channel lives, and whether a
   directory is safe to hold it.  Compiled into the runtime (channel.c
   listens there) and into the gearshift command (tools/remote.c looks
   there, and says why a channel is missing).
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   A process of user UID listens on DIR/PID.sock, DIR being
   $XDG_RUNTIME_DIR/gearshift when XDG_RUNTIME_DIR is set (and safe: the
   freedesktop convention, what systemd user sessions provide), else
   /tmp/gearshift-UID.  A directory is safe when it is a directory (not a
   symbolic link to one), belongs to UID, and no other user may enter it
   or write to it (no permission bits for group or others).  */

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "gs-channel.h"

/* Write into BUF of SIZE bytes the channel directory of user UID, under
   XDG (the value of XDG_RUNTIME_DIR) unless null.  Returns 0, or -1 if
   it does not fit.  */
int
gs_channel_dir (char *buf, size_t size, unsigned long uid, const char *xdg)
{
  int n = xdg ? snprintf (buf, size, "%s/gearshift", xdg)
	      : snprintf (buf, size, "/tmp/gearshift-%lu", uid);

  return n < 0 || (size_t) n >= size ? -1 : 0;
}

/* Whether DIR is safe to hold the channel of user UID: 0 if so, else -1
   with WHY (SIZE bytes) saying what is wrong, to follow DIR's name in a
   message (" is a symbolic link").  A missing DIR is not safe.  */
int
gs_channel_dir_problem (const char *dir, unsigned long uid, char *why,
			size_t size)
{
  struct stat st;

  if (lstat (dir, &st) != 0)
    snprintf (why, size, " does not exist");
  else if (S_ISLNK (st.st_mode))
    snprintf (why, size, " is a symbolic link");
  else if (!S_ISDIR (st.st_mode))
    snprintf (why, size, " is not a directory");
  else if (st.st_uid != uid)
    snprintf (why, size, " belongs to user %lu, not %lu",
	      (unsigned long) st.st_uid, uid);
  else if (st.st_mode & 077)
    snprintf (why, size, " is open to other users (mode %04o, expected "
	      "0700)", (unsigned) (st.st_mode & 07777));
  else
    return 0;
  return -1;
}

/* Whether XDG, a value of XDG_RUNTIME_DIR, is usable for user UID: an
   absolute path to a safe directory.  0 if so, else -1 with WHY (SIZE
   bytes) as for gs_channel_dir_problem.  */
int
gs_channel_xdg_problem (const char *xdg, unsigned long uid, char *why,
			size_t size)
{
  if (xdg[0] != '/')
    {
      snprintf (why, size, " is not an absolute path");
      return -1;
    }
  return gs_channel_dir_problem (xdg, uid, why, size);
}
