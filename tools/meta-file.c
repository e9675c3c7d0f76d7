/* gearshift command: the metadata reader, compiled in.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   "gearshift dump" and "gearshift check" read the metadata of a file
   with the very reader the runtime checks an update object with before
   loading it (runtime/meta-file.c, gs-file.h).  */

#include "tool.h"
#include "../runtime/meta-file.c"
