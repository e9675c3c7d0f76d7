#!/bin/sh
# Run the demo from a built tree: build demo.c with the plugin, start it,
# request an update from outside (SIGUSR1 -> gearshift_request_update),
# show the stack the runtime captured at the next update point, and check
# that the program, resumed in place, ends exactly as a run without the
# update does.  Usage: sh examples/demo/run.sh [BUILDDIR]
set -e
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src}" && pwd)
out=${TMPDIR:-/tmp}/gearshift-demo.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT

echo "== building examples/demo/demo.c with -fplugin=gearshift"
gcc -O2 -fplugin="$build/plugin/gearshift.so" -fplugin-arg-gearshift-verbose \
    -I"$src/runtime/include" -o "$out/demo" "$src/examples/demo/demo.c" \
    -L"$build/runtime/.libs" -lgearshift -Wl,-rpath,"$build/runtime/.libs" \
    2>&1 | grep 'note: gearshift' | sed 's/^.*note: /   /'

echo "== running it; after 0.25 s we send SIGUSR1, whose handler requests an update"
"$out/demo" > "$out/updated" &
pid=$!
sleep 0.25
kill -USR1 "$pid"
wait "$pid"
sed -n '/-- update/,/-- resuming/{p;n;p;n;p}' "$out/updated" | sed 's/^/   | /'
tail -n 2 "$out/updated" | sed 's/^/   | /'

echo "== the same program without an update, for comparison"
"$out/demo" > "$out/plain"
tail -n 1 "$out/plain" | sed 's/^/   | /'
grep -v '^demo: pid\|^--\|^gearshift:\|^#\|^    ' "$out/updated" > "$out/a"
grep -v '^demo: pid' "$out/plain" > "$out/b"
if cmp -s "$out/a" "$out/b"; then
  echo "== identical output: the update stopped the program and it went on where it was"
else
  echo "== the outputs differ:"; diff "$out/b" "$out/a" | head; exit 1
fi
