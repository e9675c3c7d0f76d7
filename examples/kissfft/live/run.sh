#!/bin/sh
# The shifting-gears demo: a spectrum analyser built on KissFFT
# (spectrum.c) is updated to version 2 (v2/spectrum.c: another window
# function, and a transformer for its changed state) while it runs, with
# "gearshift update PID v2.so".  Every iteration records its time; this
# script prints what happened and plots it (gnuplot, PNG): version 1 in
# high gear, the pause, the functions that were on the stack finishing in
# their low-gear clones, and version 2 in high gear.  It also checks that
# every iteration before the update computed exactly what version 1 built
# without the plugin computes, and every one after it what version 2 does.
# Usage: sh examples/kissfft/live/run.sh [--out DIR] [--iterations N] [BUILDDIR]
#   BUILDDIR  a built gearshift tree (default: the source tree)
#   --out     where the programs, records and plot go (default
#             $TMPDIR/gearshift-live; kept)
#   --iterations  iterations of the run (default 10000, about 1.5 s)
# KissFFT's source is fetched once by ../fetch.sh (needs root the first
# time, see there); gnuplot-nox is installed when missing and we are
# root (otherwise the plot is skipped).
# Exit status: 0 when the update happened and every check passed.
set -eu
die () { echo "live: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
out=${TMPDIR:-/tmp}/gearshift-live
iterations=10000
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --iterations) iterations=$2; shift 2 ;;
    -*) sed -n '/^# Usage/,/^# Exit/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    *) break ;;
  esac
done
build=$(cd "${1:-$src}" && pwd)
[ -f "$build/plugin/gearshift.so" ] || die "no plugin in $build (build first)"
mkdir -p "$out"
out=$(cd "$out" && pwd)
kiss=$(sh "$here/../fetch.sh" "${TMPDIR:-/tmp}/gearshift-kissfft") \
  || die "cannot fetch KissFFT"

plain="gcc -O2 -I$src/runtime/include -I$kiss"
cc="$plain -fplugin=$build/plugin/gearshift.so"
libs="-L$build/runtime/.libs -lgearshift -Wl,-rpath,$build/runtime/.libs"
echo "== building spectrum.c with KissFFT $(basename "$kiss" | sed 's/.*-//'): gcc -O2 -fplugin=gearshift.so"
$cc -o "$out/spectrum" "$here/spectrum.c" "$kiss/kiss_fft.c" $libs -lm
echo "== and version 2 (v2/spectrum.c, Blackman window) as an update: -fPIC -shared"
$cc -fPIC -shared -o "$out/spectrum-v2.so" "$here/v2/spectrum.c" \
    "$kiss/kiss_fft.c" -lm
# The references: both versions without the plugin (gearshift.h declares
# what they call; a few stubs stand in for the runtime).
cat > "$out/stubs.c" <<'EOS'
#include <stdio.h>
#include <gearshift.h>
int gearshift_low_frames (void) { return 0; }
int gearshift_last_pause (double *c, double *r) { (void) c; (void) r; return -1; }
int gearshift_stack_print (FILE *f) { (void) f; return 0; }
void gearshift_register_transformer (const struct gearshift_transformer *t) { (void) t; }
EOS
for v in 1 2; do
  s=$here/spectrum.c; [ $v = 1 ] || s=$here/v2/spectrum.c
  $plain -o "$out/plain-v$v" "$s" "$kiss/kiss_fft.c" "$out/stubs.c" -lm
done

echo "== reference runs: version 1 and version 2 without the plugin"
"$out/plain-v1" "$iterations" "$out/plain-v1.rec" > /dev/null
"$out/plain-v2" "$iterations" "$out/plain-v2.rec" > /dev/null
ms=$(awk '{ t = $2 + $3 / 1e3 } END { printf "%d", t }' "$out/plain-v1.rec")
wait_ms=$((ms * 2 / 5))

echo "== the live run: $iterations iterations; after ${wait_ms} ms:"
"$out/spectrum" "$iterations" "$out/live.rec" > "$out/live.out" &
pid=$!
sleep "$(awk -v m="$wait_ms" 'BEGIN { printf "%.3f", m / 1e3 }')"
"$build/tools/gearshift" update "$pid" "$out/spectrum-v2.so" \
  | sed 's/^/   $ gearshift update PID spectrum-v2.so: /'
wait "$pid" || die "the live run failed"
echo "   where the update found the program (the stack, innermost first):"
sed -n '/^the update found/,$p' "$out/live.out" | grep '^#' \
  | sed 's,^\(#[0-9]*\) \([^ ]*\) ([^)]*/\([^/)]*\)).* at point [0-9]* "\([^"]*\)".*,   | \1 \2 (\3) at "\4",'

# What happened, iteration by iteration: phase 1 = version 1 (high
# gear), U = the update's iteration, L = after it, functions of the
# stack still in low gear (besides main, which never returns), 2 =
# version 2 in high gear.
awk -v out="$out" '
  FILENAME ~ /plain-v1/ { r1[$1] = $6 " " $7; p1[++n1] = $3; next }
  FILENAME ~ /plain-v2/ { r2[$1] = $6 " " $7; p2[++n2] = $3; next }
  {
    it = $1; res = $6 " " $7
    if ($4 == 1) phase = "1"
    else if (!u) { phase = "U"; u = 1; uit = it }
    else if ($5 > 1) phase = "L"
    else phase = "2"
    print $2, $3, phase, $5 > (out "/live.dat")
    t[phase, ++k[phase]] = $3
    if (phase == "1" && res != r1[it]) bad1++
    if ((phase == "L" || phase == "2") && res != r2[it]) bad2++
    if (phase == "U") uhow = res == r1[it] ? "as version 1 would" \
			     : res == r2[it] ? "as version 2 would" \
			     : "its first transforms by version 1, the rest by version 2"
    if (phase == "U") { ustart = $2; udur = $3 }
    if (phase == "L") lms = $2 + $3 / 1e3
  }
  function median(a, key, n,   i, j, v, x) {
    for (i = 1; i <= n; i++) v[i] = key == "" ? a[i] : a[key, i]
    for (i = 2; i <= n; i++) {
      x = v[i]
      for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]
      v[j + 1] = x
    }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  END {
    if (!u) { print "live: no iteration of version 2: the update did not happen"; exit 1 }
    m1 = median(t, "1", k["1"]); m2 = median(t, "2", k["2"])
    b1 = median(p1, "", n1); b2 = median(p2, "", n2)
    printf "== what happened (median iteration times; the plain builds are the\n"
    printf "   same versions without the plugin, run just before)\n"
    printf "   version 1, high gear: %5d iterations, %6.1f us each (plain: %.1f, x%.3f)\n", \
      k["1"], m1, b1, m1 / b1
    printf "   the update:           iteration %d at %.1f ms took %.1f us\n", uit, ustart, udur
    printf "                         (and computed %s)\n", uhow
    if (k["L"])
      printf "   low gear:             %5d iterations, %6.1f us each, %.1f ms, until run_session returned\n", \
        k["L"], median(t, "L", k["L"]), lms - ustart
    else
      printf "   low gear:             over within the update'"'"'s iteration\n"
    printf "   version 2, high gear: %5d iterations, %6.1f us each (plain: %.1f, x%.3f)\n", \
      k["2"], m2, b2, m2 / b2
    if (bad1 || bad2) {
      printf "live: %d iterations of version 1 and %d of version 2 differ from the plain builds\n", bad1, bad2
      exit 1
    }
    printf "== every iteration before the update computed what plain version 1 does,\n"
    printf "   every one after it what plain version 2 does (peak bins and energy, exactly)\n"
  }' "$out/plain-v1.rec" "$out/plain-v2.rec" "$out/live.rec"
sed -n 's/^pause: capture \([0-9]*\) us, resume \([0-9]*\) us$/\1 \2/p' \
    "$out/live.out" | while read -r c r; do
  echo "   the pause: $((c + r)) us: $c to check the stack against version 2 (loaded"
  echo "   before, while version 1 ran) and unwind it, $r to map the state (the"
  echo "   transformer too) and resume"
done

if ! command -v gnuplot > /dev/null && [ "$(id -u)" = 0 ]; then
  echo "== installing gnuplot-nox for the plot"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q gnuplot-nox \
    > "$out/apt.log" 2>&1 || true
fi
if command -v gnuplot > /dev/null; then
  sh "$here/plot.sh" "$out/live.dat" "$out/shifting-gears.png" \
    && echo "== the plot: $out/shifting-gears.png"
else
  echo "== no gnuplot (apt-get install gnuplot-nox): plot skipped; data in $out/live.dat"
fi
