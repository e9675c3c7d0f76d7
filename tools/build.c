/* gearshift build: an update object from a project's own build.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   gearshift build -o OUT.so [--program NAME] -- COMMAND [ARG]...

   runs COMMAND (the project's build, e.g. make) with GEARSHIFT_GCC_UPDATE
   set to OUT.so's absolute path, and GEARSHIFT_GCC_PROGRAM to NAME: a
   build whose CC is gearshift-gcc then compiles every unit
   position-independent and, when it links the program NAME (or its only
   program), links OUT.so from the same objects and libraries as well
   (tools/gearshift-gcc.in).  Then it checks that OUT.so was made, and
   that it is a shared object with gearshift metadata.  */

#include "tool.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char build_help[] =
  "Usage: gearshift build -o OUT.so [--program NAME] -- COMMAND [ARG]...\n"
  "Run a project's build (COMMAND, e.g. make) to make the update object\n"
  "OUT.so of its program NAME (by default, of the only program it links).\n"
  "The build's C compiler must be gearshift-gcc (CC=gearshift-gcc at\n"
  "configure time, or on make's command line); every unit is compiled\n"
  "again, position-independent: build in a clean tree, or make -B.\n"
  "Name the program when the build links more than one executable\n"
  "(a COMMAND that runs configure links its test programs too).\n"
  "\n"
  "Exit status: 0 when OUT.so was made, 2 otherwise.\n";

int
tool_build (int argc, char **argv)
{
  const char *out = NULL, *program = NULL;
  char path[PATH_MAX], seen[PATH_MAX + 16], start[PATH_MAX + 16];
  struct gs_meta_file mf;
  int i, status, fd;
  pid_t pid;

  if (tool_wants_help (argc, argv, build_help))
    return TOOL_EXIT_OK;
  for (i = 1; i < argc && strcmp (argv[i], "--") != 0; i++)
    if (strcmp (argv[i], "-o") == 0 && i + 1 < argc)
      out = argv[++i];
    else if (strcmp (argv[i], "--program") == 0 && i + 1 < argc)
      program = argv[++i];
    else
      {
	tool_error ("build: unexpected argument %s\n%s", argv[i],
		    build_help);
	return TOOL_EXIT_TROUBLE;
      }
  if (!out || i + 1 >= argc)
    {
      fputs (build_help, stderr);
      return TOOL_EXIT_TROUBLE;
    }
  /* The absolute path: the build runs its steps from its own
     directories.  */
  if (out[0] == '/')
    snprintf (path, sizeof path, "%s", out);
  else
    {
      char cwd[PATH_MAX];

      if (!getcwd (cwd, sizeof cwd)
	  || snprintf (path, sizeof path, "%s/%s", cwd, out)
	     >= (int) sizeof path)
	{
	  tool_error ("build: %s: path too long", out);
	  return TOOL_EXIT_TROUBLE;
	}
    }
  snprintf (seen, sizeof seen, "%s.program", path);
  snprintf (start, sizeof start, "%s.start", path);
  unlink (path);
  unlink (seen);
  /* The build's start: gearshift-gcc names the objects older than it
     when the update object does not link.  */
  fd = open (start, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      tool_error ("build: %s: %s", start, strerror (errno));
      return TOOL_EXIT_TROUBLE;
    }
  close (fd);
  if (setenv ("GEARSHIFT_GCC_UPDATE", path, 1) != 0
      || (program ? setenv ("GEARSHIFT_GCC_PROGRAM", program, 1)
	  : unsetenv ("GEARSHIFT_GCC_PROGRAM")) != 0)
    {
      tool_error ("build: %s", strerror (errno));
      return TOOL_EXIT_TROUBLE;
    }
  fflush (NULL);
  pid = fork ();
  if (pid < 0)
    {
      unlink (start);
      tool_error ("build: cannot run %s: %s", argv[i + 1], strerror (errno));
      return TOOL_EXIT_TROUBLE;
    }
  if (pid == 0)
    {
      execvp (argv[i + 1], argv + i + 1);
      tool_error ("build: cannot run %s: %s", argv[i + 1], strerror (errno));
      _exit (127);
    }
  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      {
	tool_error ("build: %s", strerror (errno));
	return TOOL_EXIT_TROUBLE;
      }
  unlink (seen);
  unlink (start);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      /* Whatever a failed build left there is not the update object
	 asked for.  */
      unlink (path);
      tool_error ("build: %s failed (%s %d)", argv[i + 1],
		  WIFEXITED (status) ? "exit status" : "signal",
		  WIFEXITED (status) ? WEXITSTATUS (status)
		  : WTERMSIG (status));
      return TOOL_EXIT_TROUBLE;
    }
  if (access (path, F_OK) != 0)
    {
      tool_error ("build: the build linked no program%s%s, so made no %s: "
		  "was its C compiler gearshift-gcc, and did it link "
		  "(make -B, or a clean tree)?", program ? " named " : "",
		  program ? program : "", out);
      return TOOL_EXIT_TROUBLE;
    }
  if (gs_meta_load (&mf, path) != 0 || !gs_elf_shared_object_p (&mf.elf))
    {
      tool_error ("build: %s: %s", out, mf.elf.error[0] ? mf.elf.error
		  : "not a shared object");
      gs_meta_free (&mf);
      return TOOL_EXIT_TROUBLE;
    }
  printf ("gearshift: made %s, an update object of %zu unit%s\n", out,
	  mf.nunits, mf.nunits == 1 ? "" : "s");
  gs_meta_free (&mf);
  return TOOL_EXIT_OK;
}
