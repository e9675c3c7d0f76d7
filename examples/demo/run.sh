#!/bin/sh
# Run the demo from a built tree: build demo.c with the plugin, start it,
# request an update from outside (SIGUSR1 -> gearshift_request_update),
# and show the stack the runtime captured at the next update point.
# Usage: sh examples/demo/run.sh [BUILDDIR]   (default: the source tree)
set -e
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src}" && pwd)
out=${TMPDIR:-/tmp}/gearshift-demo.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT

echo "== building examples/demo/demo.c with -fplugin=gearshift"
gcc -O2 -fplugin="$build/plugin/gearshift.so" -fplugin-arg-gearshift-verbose \
    -I"$src/runtime/include" -o "$out/demo" "$src/examples/demo/demo.c" \
    -L"$build/runtime/.libs" -lgearshift -Wl,-rpath,"$build/runtime/.libs"

echo "== running it; in 0.3 s we send SIGUSR1 (its handler requests an update)"
"$out/demo" > "$out/stdout" 2> "$out/stderr" &
pid=$!
sleep 0.3
kill -USR1 "$pid"
status=0
wait "$pid" || status=$?
sed 's/^/   | /' "$out/stdout" | tail -n 4
echo "== exit status $status (75: stack captured, no new version to resume yet)"
echo "== what the runtime captured, innermost frame first:"
cat "$out/stderr"
[ "$status" = 75 ]
