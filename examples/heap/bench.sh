#!/bin/sh
# The typed allocator's cost to a program that is never updated
# (runtime/heap.c): examples/heap/alloc.c, 10 million nodes of 16 bytes
# allocated and freed, built plain, with -fplugin-arg-gearshift-heap=plain
# and with heap=typed (the default), run in ROUNDS interleaved rounds;
# prints the median time of each, its ratio to heap=plain, the maximum
# RSS with 1 million nodes alive, and callgrind's instructions per
# malloc and free pair (when valgrind is there).
# Usage: sh examples/heap/bench.sh [BUILDDIR] [ROUNDS]
set -e
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src}" && pwd)
rounds=${2:-5}
out=${TMPDIR:-/tmp}/gearshift-heap.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
lib="-L$build/runtime/.libs -lgearshift -Wl,-rpath,$build/runtime/.libs"
plugin="-fplugin=$build/plugin/gearshift.so -I$src/runtime/include"
gcc -O2 -o "$out/plain" "$src/examples/heap/alloc.c"
gcc -O2 $plugin -fplugin-arg-gearshift-heap=plain \
    -o "$out/untyped" "$src/examples/heap/alloc.c" $lib
gcc -O2 $plugin -o "$out/typed" "$src/examples/heap/alloc.c" $lib
for r in $(seq "$rounds"); do
  for b in plain untyped typed; do
    "$out/$b" 10000000 2>> "$out/$b.times" > /dev/null
  done
done
median () { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
base=$(median "$out/untyped.times")
printf '%-14s %10s %10s %12s %14s\n' build "time (s)" "/ heap=plain" \
  "max RSS (KB)" "Ir per pair"
for b in plain untyped typed; do
  t=$(median "$out/$b.times")
  rss=$( (/usr/bin/time -f '%M' "$out/$b" 10000000 > /dev/null) 2>&1 | tail -1)
  ir=-
  if command -v valgrind > /dev/null; then
    valgrind --tool=callgrind --callgrind-out-file="$out/cg.$b" \
      "$out/$b" 1000000 > /dev/null 2>&1
    ir=$(awk '/^summary:/ { printf "%.0f", $2 / 1000000 }' "$out/cg.$b")
  fi
  printf '%-14s %10s %10s %12s %14s\n' "$b" "$t" \
    "$(awk -v t="$t" -v b="$base" 'BEGIN { printf "%.2f", t / b }')" "$rss" "$ir"
done
