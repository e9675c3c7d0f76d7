/* gearshift command: declarations shared by its files.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   The command reads the metadata of runtime/gs-meta.h out of ELF files
   without running them, with the runtime's own reader (gs-file.h:
   elf-image.c reads the file, meta-file.c the tables), prints it
   (dump.c), compares two versions with the rules runtime/swap.c maps
   them by (check.c, rules.c), and talks to a running program over its
   control channel (remote.c).  It links with nothing but libc: in
   particular not with libgearshift, whose structures it reads as 64-bit
   x86-64 data, whatever the host; the shared sources are compiled in.  */

#ifndef GEARSHIFT_TOOL_H
#define GEARSHIFT_TOOL_H

#ifdef HAVE_CONFIG_H
# include <config.h>
#else
# define _GNU_SOURCE 1
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define GS_PRINTF(FMT, ARGS) __attribute__ ((format (printf, FMT, ARGS)))

#include "gs-file.h"
#include "gs-rules.h"

#ifndef PACKAGE_VERSION
# define PACKAGE_VERSION "dev"
#endif

#define GS_STRINGIFY_(X) #X
#define GS_STRINGIFY(X) GS_STRINGIFY_(X)

/* Exit statuses of every subcommand.  */
#define TOOL_EXIT_OK 0		/* Done; or check: nothing refused.  */
#define TOOL_EXIT_REFUSED 1	/* check: a global refused; update: the
				   program refused.  */
#define TOOL_EXIT_TROUBLE 2	/* Bad usage, unreadable file, no
				   control channel.  */

/* The subcommands: each takes its arguments after the subcommand's
   name, and returns the exit status.  */
int tool_dump (int argc, char **argv);
int tool_check (int argc, char **argv);
int tool_update (int argc, char **argv);
int tool_status (int argc, char **argv);
int tool_build (int argc, char **argv);

/* Whether ARGV (ARGC of them) asks for help: then print HELP.  */
int tool_wants_help (int argc, char **argv, const char *help);

/* Report an error on stderr, prefixed with "gearshift: ".  */
void tool_error (const char *fmt, ...) GS_PRINTF (1, 2);

#endif /* GEARSHIFT_TOOL_H */
