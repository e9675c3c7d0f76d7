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

/* Whether DIR is safe to hold the channel of user UID: 0 if so, 1 if
   it does not exist, -1 if it is unsafe; with WHY (SIZE bytes) saying
   what is wrong, to follow DIR's name in a message (" is a symbolic
   link").  */
int
gs_channel_dir_problem (const char *dir, unsigned long uid, char *why,
			size_t size)
{
  struct stat st;

  if (lstat (dir, &st) != 0)
    {
      snprintf (why, size, " does not exist");
      return 1;
    }
  if (S_ISLNK (st.st_mode))
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

/* Write into BUF of SIZE bytes the channel directory of user UID, XDG
   being the value of XDG_RUNTIME_DIR or null: XDG/gearshift when XDG is
   usable (an absolute path to a safe directory), else
   /tmp/gearshift-UID.  Returns 0; 1 when XDG is set but not usable,
   with WHY (WHY_SIZE bytes) saying why, to follow its name; -1 when the
   path does not fit in BUF.  */
int
gs_channel_dir (char *buf, size_t size, unsigned long uid, const char *xdg,
		char *why, size_t why_size)
{
  int unusable = 0, n;

  if (xdg && xdg[0] != '/')
    {
      snprintf (why, why_size, " is not an absolute path");
      unusable = 1;
    }
  else if (xdg && gs_channel_dir_problem (xdg, uid, why, why_size))
    unusable = 1;
  if (xdg && !unusable)
    n = snprintf (buf, size, "%s/gearshift", xdg);
  else
    n = snprintf (buf, size, "/tmp/gearshift-%lu", uid);
  return n < 0 || (size_t) n >= size ? -1 : unusable;
}
