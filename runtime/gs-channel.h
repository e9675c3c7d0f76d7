/* gearshift: the control channel's address and timing, shared by the
   runtime (runtime/channel.c, which listens) and the gearshift command
   (tools/remote.c, which connects).
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The protocol itself, one line each way, is described in channel.c.  */

#ifndef GEARSHIFT_GS_CHANNEL_H
#define GEARSHIFT_GS_CHANNEL_H

#include <stddef.h>

/* A process's socket in its channel directory, from the directory and
   the process's id (long).  */
#define GS_CHANNEL_SOCKET_FORMAT "%s/%ld.sock"

/* The longest request line, newline included.  */
#define GS_CHANNEL_MAX_REQUEST 4200

/* How long, in seconds, a client has to send its request line once
   connected: an idle client blocks no other for longer.  */
#define GS_CHANNEL_REQUEST_WAIT 2

/* How long, in seconds, the runtime waits for the program to reach an
   update point before it answers "update" with an error (the update
   stays pending).  */
#define GS_CHANNEL_UPDATE_WAIT 60

/* How long the command waits for any reply: longer than the runtime
   waits, so that its answer arrives.  A number, for its help text.  */
#define GS_CHANNEL_REPLY_WAIT 65

#if GS_CHANNEL_REPLY_WAIT <= GS_CHANNEL_UPDATE_WAIT
#error "the command would give up before the runtime answers"
#endif

/* channel-dir.c: where the channel lives, and whether a directory may
   hold it.  */
extern int gs_channel_dir_problem (const char *dir, unsigned long uid,
				   char *why, size_t size);
extern int gs_channel_dir (char *buf, size_t size, unsigned long uid,
			   const char *xdg, char *why, size_t why_size);

#endif /* GEARSHIFT_GS_CHANNEL_H */
