/* gearshift command: where a program's control channel lives, compiled
   in from the runtime.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   "gearshift update" and "gearshift status" look for a program's channel
   where its runtime put it, and say why it refused a directory, with the
   runtime's own rules (runtime/channel-dir.c).  */

#include "tool.h"
#include "../runtime/channel-dir.c"
