/* gearshift command: the runtime's mapping rules, compiled in.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   "gearshift check" predicts an update with the very rules the runtime
   applies (runtime/rules.c, gs-rules.h).  */

#include "tool.h"
#include "../runtime/rules.c"
