#!/bin/sh
# The runtime's files call only the files listed after them in
# runtime/gs-internal.h ("Files, each calling only files listed after
# it"): for each object file of the runtime, every symbol it uses that
# another of its objects defines must come from a file further down the
# list.  Prints each call that goes up the list, and exits 1 if any.
# Usage: runtime-layers.sh GS-INTERNAL.H OBJECT-DIR
header=$1 objdir=$2
order=$(sed -n '/Files, each calling only files listed after/,/^$/p' "$header" |
	sed -n 's/^     \([a-z0-9_-]*\)\.c .*/\1/p')
[ -n "$order" ] || { echo "no file list in $header"; exit 2; }
# One line per symbol: "def RANK FILE SYMBOL" or "use RANK FILE SYMBOL".
rank=0
for f in $order; do
  rank=$((rank + 1))
  [ -f "$objdir/$f.o" ] || { echo "no $objdir/$f.o"; exit 2; }
  nm --defined-only "$objdir/$f.o" | awk -v r=$rank -v f=$f '{print "def", r, f, $3}'
  nm -u "$objdir/$f.o" | awk -v r=$rank -v f=$f '{print "use", r, f, $2}'
done | awk '
  $1 == "def" { rank[$4] = $2; file[$4] = $3; next }
  { use[NR] = $0 }
  END {
    status = 0
    for (i in use) {
      split (use[i], u, " ")
      if ((u[4] in rank) && rank[u[4]] < u[2]) {
	print u[3] ".c calls " u[4] " of " file[u[4]] ".c, which is above it"
	status = 1
      }
    }
    exit status
  }'
