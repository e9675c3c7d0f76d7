#!/bin/sh
# Build and run the pause benchmark from a built tree (default: the
# source tree): an update's capture and resume time against the depth of
# the stack, in place and to new versions; then the pause of an update
# to a new version against the number of threads (threads.c).
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

# Threads: each run is a process of its own, so the same copies serve.
trounds=11
$cc -pthread -o "$out/threads" "$src/examples/pause/threads.c" \
    -L"$build/runtime/.libs" -lgearshift -Wl,-rpath,"$build/runtime/.libs"
$cc -pthread -fPIC -shared -o "$out/threads-v1.so" \
    "$src/examples/pause/threads.c"
for n in $(seq 2 $trounds); do
  cp "$out/threads-v1.so" "$out/threads-v$n.so"
done
echo
echo "new-version update pause against threads (gearshift), $trounds rounds," \
     "microseconds"
printf '%8s %8s %12s %12s %12s\n' mode threads reached pause max
for mode in busy epoll condvar; do
  for n in 1 4 16 64 256; do
    "$out/threads" "$out" $mode $n $trounds 1
  done
done
