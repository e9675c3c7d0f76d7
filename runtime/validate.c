/* gearshift runtime: checking an update object before any of it runs.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   dlopen maps an object's segments and runs its constructors before
   the runtime could look at its metadata: a truncated copy of an update
   object raises SIGBUS in the program as soon as a page past the end of
   the file is touched, and the constructors of an object that is no
   update object, or one of another program, run inside the program
   (one that aborts takes it down, one that spins freezes it).  So the
   runtime first reads the file itself, with the reader the gearshift
   command uses (gs-file.h: every offset and size checked against the
   file, nothing executed), and loads it only if
   - it is a regular file, an ELF shared object for x86-64 whose
     headers, segments and sections lie within the file;
   - it holds gearshift metadata (section gs_units) that reads whole,
     in the unit metadata version this runtime reads (GS_META_VERSION);
   - it is a version of the running program (rules.c:
     gs_rules_same_program), unless the request is forced
     (`gearshift update --force').
   This is a structural check, not a proof: a file can pass it and still
   fail in dlopen (an unresolved symbol, say), which swap.c reports as
   before; but nothing that merely is not an update object of this
   program runs any code.

   Known race, not solved here: the file is read now and opened again by
   dlopen, so a file replaced or rewritten in between loads unchecked.
   Install update objects by rename (write v2.so.tmp, then rename it to
   v2.so: the name then points at the old file or at the new one, each
   whole), never by rewriting a file in place, and never change a file
   while an update to it is pending.  */

#include <stdio.h>

#include "gs-internal.h"
#include "gs-file.h"
#include "gs-rules.h"

/* Check the file PATH as a new version of the program whose running
   version has the units RUNNING (N_RUNNING of them), without running
   any of it; FORCE skips the check that it is a version of this
   program.  Returns 0, or -GEARSHIFT_ELOAD with WHY (SIZE bytes) saying
   why it must not be loaded.  */
int
gs_validate (const char *path, const struct gs_unit_meta *const *running,
	     size_t n_running, int force, char *why, size_t size)
{
  struct gs_meta_file mf;
  char detail[512];
  int status = -GEARSHIFT_ELOAD;

  if (gs_meta_load (&mf, path))
    snprintf (why, size, "%s", mf.elf.error);
  else if (!gs_elf_shared_object_p (&mf.elf))
    snprintf (why, size, "it is a %s, and a new version must be a shared "
	      "object (built with -fPIC -shared)", gs_elf_kind (&mf.elf));
  else if (mf.nunits == 0)
    snprintf (why, size, "no gearshift metadata (section gs_units is "
	      "empty)");
  else if (!force
	   && gs_rules_same_program (running, n_running, mf.unit_list,
				     mf.nunits, detail, sizeof detail))
    snprintf (why, size, "it is not a version of this program: %s; "
	      "gearshift update --force skips this check", detail);
  else
    status = 0;
  gs_meta_free (&mf);
  return status;
}
