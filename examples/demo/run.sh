#!/bin/sh
# Run the demo from a built tree (default: the source tree).
#  1. In place: start demo.c built with the plugin, request an update from
#     outside (SIGUSR1 -> gearshift_request_update), show the stack the
#     runtime captured, and check that the resumed program ends exactly as
#     an uninterrupted run.
#  2. To a new version: start it again, and while it runs update it with
#     "gearshift update PID v2.so" to v2/demo.c, which smooths differently;
#     the program carries on from where it was, now running version 2.
# Usage: sh examples/demo/run.sh [BUILDDIR]
set -e
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src}" && pwd)
out=${TMPDIR:-/tmp}/gearshift-demo.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
cc="gcc -O2 -fplugin=$build/plugin/gearshift.so -I$src/runtime/include"
libs="-L$build/runtime/.libs -lgearshift -Wl,-rpath,$build/runtime/.libs"

echo "== building examples/demo/demo.c with -fplugin=gearshift"
$cc -fplugin-arg-gearshift-verbose -o "$out/demo" "$src/examples/demo/demo.c" \
    $libs 2>&1 | grep 'note: gearshift' | sed 's/^.*note: /   /'
echo "== and version 2 (v2/demo.c) as an update object: -fPIC -shared"
$cc -fPIC -shared -o "$out/demo-v2.so" "$src/examples/demo/v2/demo.c"

echo
echo "== 1. in place: after 0.25 s, SIGUSR1 (its handler requests an update)"
"$out/demo" > "$out/updated" &
pid=$!
sleep 0.25
kill -USR1 "$pid"
wait "$pid"
sed -n '/-- update/,/-- resuming/{p;n;p;n;p}' "$out/updated" | sed 's/^/   | /'
tail -n 2 "$out/updated" | sed 's/^/   | /'
"$out/demo" > "$out/plain"
grep -v '^demo: pid\|^--\|^gearshift:\|^#\|^    ' "$out/updated" > "$out/a"
grep -v '^demo: pid' "$out/plain" > "$out/b"
if cmp -s "$out/a" "$out/b"; then
  echo "== same output as a run without the update: it went on where it was"
else
  echo "== the outputs differ:"; diff "$out/b" "$out/a" | head; exit 1
fi

echo
echo "== 2. to a new version: after 0.25 s, gearshift update PID demo-v2.so"
"$out/demo" 60 > "$out/v2run" &
pid=$!
sleep 0.25
"$build/tools/gearshift" update "$pid" "$out/demo-v2.so" | sed 's/^/   $ /'
wait "$pid"
grep -v '^demo: pid\|^--\|^gearshift:\|^#\|^    ' "$out/v2run" \
  | sed -n '/v2, alpha/{x;p;x;p;n;p;q};h' | sed 's/^/   | /'
tail -n 1 "$out/v2run" | sed 's/^/   | /'
grep -q 'v2, alpha 0.5' "$out/v2run" \
  && echo "== the program kept its pid and its state, and runs version 2 now"
