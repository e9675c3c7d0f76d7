/* gearshift: the control channel's address and timing, shared by the
   runtime (runtime/channel.c, which listens) and the gearshift command
   (tools/remote.c, which connects).
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The protocol itself, one line each way, is described in channel.c.  */

#ifndef GEARSHIFT_GS_CHANNEL_H
#define GEARSHIFT_GS_CHANNEL_H

/* The directory of a user's sockets, from the user's id (unsigned
   long), and a process's socket in it, from the user's id and the
   process's id (long).  */
#define GS_CHANNEL_DIR_FORMAT "/tmp/gearshift-%lu"
#define GS_CHANNEL_SOCKET_FORMAT GS_CHANNEL_DIR_FORMAT "/%ld.sock"

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

#endif /* GEARSHIFT_GS_CHANNEL_H */
