/* gearshift command: the entry point and its subcommands.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   gearshift dump FILE           the metadata of a file (dump.c)
   gearshift check OLD NEW       what an update would map (check.c)
   gearshift update PID FILE     update a running program (remote.c)
   gearshift status PID          the last update's outcome (remote.c)
   gearshift build -o OUT -- CMD an update object from a build (build.c)

   The --help texts here and in each subcommand's file are those of
   gearshift.1: change them together.  */

#include "tool.h"

#include <stdarg.h>
#include <string.h>

static const char main_help[] =
  "Usage: gearshift COMMAND [ARGUMENT]...\n"
  "Inspect and update C programs built with the gearshift plugin.\n"
  "\n"
  "Commands:\n"
  "  dump FILE...       list the gearshift metadata of a file\n"
  "  check OLD NEW      tell what an update from OLD to NEW would do\n"
  "  update PID FILE    update the running program PID to FILE\n"
  "  status PID         tell the outcome of PID's last update\n"
  "  build -o OUT.so [--program NAME] -- COMMAND...\n"
  "                     make an update object with a project's build\n"
  "\n"
  "Options:\n"
  "  --help             print this help, or a command's with COMMAND --help\n"
  "  --version          print the version\n"
  "\n"
  "Exit status: 0 on success, 1 if an update is or would be refused,\n"
  "2 on any other trouble.\n";

/* Report an error on stderr, formatted from FMT, prefixed with
   "gearshift: ".  */
void
tool_error (const char *fmt, ...)
{
  va_list ap;

  fflush (stdout);
  fputs ("gearshift: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

/* Whether one of the ARGC arguments ARGV (a subcommand's, ARGV[0] its
   name) is --help or -h: then print HELP on stdout.  */
int
tool_wants_help (int argc, char **argv, const char *help)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
	break;
      if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
	{
	  fputs (help, stdout);
	  return 1;
	}
    }
  return 0;
}

/* Run the subcommand ARGV[1] with the arguments that follow it.  */
int
main (int argc, char **argv)
{
  static const struct
  {
    const char *name;
    int (*run) (int, char **);
  } commands[] = {
    { "dump", tool_dump },
    { "check", tool_check },
    { "update", tool_update },
    { "status", tool_status },
    { "build", tool_build }
  };

  if (argc < 2)
    {
      fputs (main_help, stderr);
      return TOOL_EXIT_TROUBLE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      fputs (main_help, stdout);
      return TOOL_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("gearshift %s\n", PACKAGE_VERSION);
      return TOOL_EXIT_OK;
    }
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
	int status = commands[i].run (argc - 1, argv + 1);

	if (fflush (stdout) != 0 || ferror (stdout))
	  {
	    tool_error ("error writing the output");
	    return TOOL_EXIT_TROUBLE;
	  }
	return status;
      }
  tool_error ("unknown command '%s' (try 'gearshift --help')", argv[1]);
  return TOOL_EXIT_TROUBLE;
}
