/* gearshift: the one place GCC's plugin headers are included.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Order matters: gcc-plugin.h must come first (it pulls in GCC's
   config.h and system.h, which poison malloc, strdup and friends: use
   xmalloc, XNEW and xstrdup).  The project's own config.h is never
   included here: GCC's defines PACKAGE_* too.

   Shims:
   - tree-ssa-live.h cannot be included: it needs libiberty's partition.h,
     which gcc-12-plugin-dev does not ship.  We need only
     compute_live_vars and destroy_live_vars, declared below exactly as in
     GCC 12's tree-ssa-live.h.
   - warning-control.cc's suppress_warning for statements is declared in
     gimple.h already; nothing to do.  */

#ifndef GEARSHIFT_GS_GCC_H
#define GEARSHIFT_GS_GCC_H

#include "gcc-plugin.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cfghooks.h"
#include "cfganal.h"
#include "gimple-iterator.h"
#include "gimple-fold.h"
#include "attr-fnspec.h"
#include "gimple-ssa.h"
#include "tree-cfg.h"
#include "ssa.h"
#include "tree-into-ssa.h"
#include "tree-ssanames.h"
#include "tree-phinodes.h"
#include "cgraph.h"
#include "cfgloop.h"
#include "cfgloopmanip.h"
#include "tree-scalar-evolution.h"
#include "tree-ssa-loop.h"
#include "tree-ssa-loop-niter.h"
#include "tree-ssa-loop-ivopts.h"
#include "tree-ssa-loop-manip.h"
#include "stringpool.h"
#include "attribs.h"
#include "diagnostic.h"
#include "langhooks.h"
#include "stor-layout.h"
#include "varasm.h"
#include "fold-const.h"
#include "tree-iterator.h"
#include "dumpfile.h"
#include "gimple-pretty-print.h"
#include "tree-dfa.h"
#include "calls.h"
#include "dominance.h"
#include "ipa-utils.h"
#include "print-tree.h"
#include "toplev.h"
#include "opts.h"
#include "builtins.h"
#include "tree-ssa.h"
#include "gimplify.h"
#include "gimplify-me.h"
#include "gimple-walk.h"
#include "tree-inline.h"
#include "except.h"
#include "tree-eh.h"
#include "rtl.h"
#include "memmodel.h"
#include "emit-rtl.h"

/* From tree-ssa-live.h (see above).  */
typedef hash_map<int_hash <unsigned int, -1U>, unsigned int> live_vars_map;
extern vec<bitmap_head> compute_live_vars (struct function *,
					   live_vars_map *);
extern void destroy_live_vars (vec<bitmap_head> &);

#endif /* GEARSHIFT_GS_GCC_H */
