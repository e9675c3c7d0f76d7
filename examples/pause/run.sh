#!/bin/sh
# Build and run the pause benchmark from a built tree (default: the
# source tree): an update's capture and resume time against the depth of
# the stack, in place and to new versions.
# Usage: sh examples/pause/run.sh [BUILDDIR] [ROUNDS]
set -e
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src}" && pwd)
rounds=${2:-101}
out=${TMPDIR:-/tmp}/gearshift-pause.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
cc="gcc -O2 -fplugin=$build/plugin/gearshift.so -I$src/runtime/include"
$cc -o "$out/pause" "$src/examples/pause/pause.c" \
    -L"$build/runtime/.libs" -lgearshift -Wl,-rpath,"$build/runtime/.libs"
"$out/pause" "$rounds"
# One update object per update: the loader loads a file once.
versions=21
$cc -fPIC -shared -o "$out/pause-v1.so" "$src/examples/pause/pause.c"
for n in $(seq 2 $((2 * versions))); do
  cp "$out/pause-v1.so" "$out/pause-v$n.so"
done
"$out/pause" versions "$out" "$versions"
