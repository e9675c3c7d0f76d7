/* gearshift command: the ELF reader, compiled in.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   "gearshift dump" and "gearshift check" read files with the very
   reader the runtime checks an update object with before loading it
   (runtime/elf-image.c, gs-file.h).  */

#include "tool.h"
#include "../runtime/elf-image.c"
