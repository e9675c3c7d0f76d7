#!/bin/sh
# Build and run the pause benchmark from a built tree (default: the
# source tree): an in-place update's capture and resume time against the
# depth of the stack.  Usage: sh examples/pause/run.sh [BUILDDIR] [ROUNDS]
set -e
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src}" && pwd)
out=${TMPDIR:-/tmp}/gearshift-pause.$$
trap 'rm -f "$out"' EXIT
gcc -O2 -fplugin="$build/plugin/gearshift.so" -I"$src/runtime/include" \
    -o "$out" "$src/examples/pause/pause.c" \
    -L"$build/runtime/.libs" -lgearshift -Wl,-rpath,"$build/runtime/.libs"
"$out" ${2:-101}
