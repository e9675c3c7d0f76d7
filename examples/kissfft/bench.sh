#!/usr/bin/env bash
# KissFFT benchmark of gearshift: the benchmark of the paper (Bazzi, Topp,
# Neamtiu, "Dynamic Software Updating with Just-in-Time Overhead",
# Table I), measured on this machine against the paper's figures.
#
# Usage (from the top of the build tree; these are the defaults):
#   examples/kissfft/bench.sh --plugin plugin/gearshift.so \
#       --runtime-libdir runtime/.libs --include runtime/include
# Options:
#   --plugin PATH          the plugin (gearshift.so)
#   --runtime-libdir DIR   directory containing libgearshift.so
#   --include DIR          the runtime's include directory
#   --plugin-arg KEY=VAL   extra plugin argument of every instrumented
#                          build (repeatable), e.g. unwind=check
#   --cc CC                the compiler (default gcc)
#   --work DIR             cache and scratch dir (default
#                          $TMPDIR/gearshift-kissfft)
#   --sizes "N ..."        FFT sizes (default "1024 4096 1800 65536 1001")
#   --flags o2|release|both  -O2, KissFFT's release flags (-O3 -ffast-math
#                          -fomit-frame-pointer), or both (default both)
#   --pairs N              interleaved rounds for wall time (default 7)
#   --layouts "L ..."      code layouts for wall time: gcc (GCC's own loop
#                          alignment) or N (-falign-loops=N on every
#                          build; default "gcc 32 64")
#   --target-ms MS         wall time of one uninstrumented run; sets
#                          benchkiss's iteration count per size (default 300)
#   --iters "N:X ..."      fixed iteration counts instead, e.g. "1024:40000"
#   --cg-div D             callgrind runs do (wall iterations / D), at least
#                          2 (default 200)
#   --no-wall, --no-callgrind   skip that measurement
#   -j N                   parallel callgrind runs and builds (default nproc)
#   --help                 print this and exit
#
# KissFFT is not part of gearshift: its source comes from Debian's source
# package (apt-get source kissfft, 131.1.0), fetched once into the work
# dir by fetch.sh beside this script (which may add a deb-src entry: see
# there; needs root the first time).
#
# Builds of KissFFT's test/benchkiss.c with kiss_fft.c (and the rest of
# the library it links), and of fftcheck.c beside this script:
#   base   no plugin
#   auto   high gear, points=auto (the default)
#   loops  high gear, points=loops (the paper's placement)
#   low    gear=low points=loops (every call in the low-gear clones: the
#          paper's "save/restore" column)
# Every build's fftcheck output (every bin, forward and inverse, %a) must
# equal base's at -O2; at -ffast-math, where each build may round
# differently, be within 1e-5 of the largest bin (base at -O2 and at -O3
# -ffast-math differ by ~6e-7).  Under GEARSHIFT_STRESS=0 (an in-place
# update at every point reached; sizes up to 4096) it must equal the
# build's own output.  Then, per size and flags:
#   instr  callgrind instruction count (Ir) of the calls to kiss_fft
#          (--toggle-collect=kiss_fft: setup, twiddle computation and the
#          runtime's start-up are left out), ratio to base;
#   wall   median over code layouts of the median over rounds of (build's
#          time / base's time, same layout, same round); a round runs base,
#          auto, loops, low once each in each layout, the order rotated from
#          round to round.  Where one hot loop lands in the instruction
#          cache lines alone moves a time by up to 30% (size 1001: the same
#          instructions of the generic butterfly, as fast as base's at
#          -falign-loops=32, 30% slower at 64), so each build is also built
#          with its loops aligned to 32 and to 64 bytes, base too, and the
#          median over the three layouts is reported, each layout's beside
#          it.  benchkiss's closing "ps" call is replaced by a no-op on PATH
#          so it adds no noise.
# Also: text size of kiss_fft.o and compile time of kiss_fft.c each way,
# and, at -O2, whether the project's targets are met (wall, geometric
# means: auto at most 1.02 and no size above 1.05; loops at most 1.05
# on the sizes but 1001; low at most 1.20).
# Exit status: 0 when every output check passed, 1 otherwise, 2 on a
# usage or setup error.

set -u

usage () { sed -n '/^# Usage/,/^# Exit/p' "$0" | sed 's/^# \{0,1\}//'; }
die () { echo "bench.sh: $*" >&2; exit 2; }
log () { echo "kissfft: $*" >&2; }

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../testsuite/lib/build-tree.sh"
work=${TMPDIR:-/tmp}/gearshift-kissfft
sizes="1024 4096 1800 65536 1001"
flagsets=both
pairs=7
layouts="gcc 32 64"
target_ms=300
fixed_iters=
cg_div=200
do_wall=1
do_cg=1

while [ $# -gt 0 ]; do
  common_option "$@"
  case $shifts/$1 in
    0/--sizes) sizes=${2?}; shifts=2 ;;
    0/--flags) flagsets=${2?}; shifts=2 ;;
    0/--pairs) pairs=${2?}; shifts=2 ;;
    0/--layouts) layouts=${2?}; shifts=2 ;;
    0/--target-ms) target_ms=${2?}; shifts=2 ;;
    0/--iters) fixed_iters=${2?}; shifts=2 ;;
    0/--cg-div) cg_div=${2?}; shifts=2 ;;
    0/--no-wall) do_wall=0; shifts=1 ;;
    0/--no-callgrind) do_cg=0; shifts=1 ;;
    0/*) usage >&2; die "unknown argument: $1" ;;
  esac
  shift "$shifts"
done
check_common_options

isnum () { case $1 in ''|*[!0-9]*) return 1 ;; esac; [ "$1" -gt 0 ]; }
isnum "$pairs" || die "bad --pairs: $pairs"
isnum "$target_ms" || die "bad --target-ms: $target_ms"
isnum "$cg_div" || die "bad --cg-div: $cg_div"
for n in $sizes; do isnum "$n" || die "bad size: $n"; done
for l in $layouts; do [ "$l" = gcc ] || isnum "$l" || die "bad layout: $l"; done
[ -n "$layouts" ] || die "no --layouts"
case $flagsets in
  o2) flagsets="o2" ;; release) flagsets="release" ;;
  both) flagsets="o2 release" ;; *) die "bad --flags: $flagsets" ;;
esac
[ $do_cg = 0 ] || command -v valgrind > /dev/null \
  || die "valgrind is needed (apt-get install valgrind), or --no-callgrind"

# ---------------------------------------------------------------- source
src=$(sh "$here/fetch.sh" "$work") || exit 2
version=${src##*/kissfft-}

# ---------------------------------------------------------------- builds
builds="base auto loops low"
inst="-fplugin=$plugin $(plugin_arg_flags | tr '\n' ' ')"
declare -A bflags=(
  [base]=""
  [auto]="$inst"
  [loops]="$inst -fplugin-arg-gearshift-points=loops"
  [low]="$inst -fplugin-arg-gearshift-gear=low -fplugin-arg-gearshift-points=loops"
)
declare -A oflags=(
  [o2]="-O2"
  [release]="-O3 -ffast-math -fomit-frame-pointer"
)
declare -A fname=([o2]="-O2" [release]="-O3 -ffast-math -fomit-frame-pointer")

now_ns () { date +%s%N; }

# The build directory of variant $1 with flag set $2 in layout $3.
bdir () { [ "$3" = gcc ] && echo "$work/build/$2/$1" \
	    || echo "$work/build/$2/$1.a$3"; }

# Build variant $1 with flag set $2 in layout $3 into bdir.
build_one () {
  local v=$1 fs=$2 d cflags libs f t0 t1 best i
  d=$(bdir $1 $2 $3)
  rm -rf "$d"; mkdir -p "$d"
  cflags="${oflags[$fs]} ${bflags[$v]} -I$include -I$src -I$src/test"
  [ "$3" = gcc ] || cflags="$cflags -falign-loops=$3"
  libs=
  [ $v = base ] || libs=$(runtime_libs | tr '\n' ' ')
  # Compile time of kiss_fft.c: the best of 3.
  best=
  for i in 1 2 3; do
    t0=$(now_ns)
    $cc $cflags -c "$src/kiss_fft.c" -o "$d/kiss_fft.o" 2> "$d/build.log" \
      || { echo "compile of kiss_fft.c failed" >> "$d/build.log"; return 1; }
    t1=$(now_ns)
    [ -z "$best" ] || [ $((t1 - t0)) -lt "$best" ] && best=$((t1 - t0))
  done
  echo "$best" > "$d/compile-ns"
  size "$d/kiss_fft.o" | awk 'NR == 2 { print $1 }' > "$d/text"
  for f in kiss_fftr.c kiss_fftnd.c kiss_fftndr.c test/benchkiss.c \
	   test/pstats.c; do
    $cc $cflags -c "$src/$f" -o "$d/$(basename "$f" .c).o" >> "$d/build.log" 2>&1 \
      || { echo "compile of $f failed" >> "$d/build.log"; return 1; }
  done
  $cc $cflags -c "$here/fftcheck.c" -o "$d/fftcheck.o" >> "$d/build.log" 2>&1 \
    || return 1
  (cd "$d" && $cc -o benchkiss benchkiss.o pstats.o kiss_fft.o kiss_fftr.o \
     kiss_fftnd.o kiss_fftndr.o $libs -lm && \
   $cc -o fftcheck fftcheck.o kiss_fft.o $libs -lm) >> "$d/build.log" 2>&1
}

log "building ${builds// /, } for $flagsets, layouts $layouts"
for fs in $flagsets; do
  for l in gcc $layouts; do
    # gcc is always built: the checks, callgrind and the sizes use it.
    [ $l = gcc ] && [ "${built_gcc:-}" = $fs ] && continue
    [ $l = gcc ] && built_gcc=$fs
    for v in $builds; do
      build_one $v $fs $l || { cat "$(bdir $v $fs $l)/build.log" >&2;
			       die "build $v ($fs, layout $l) failed"; }
    done
  done
done

# ---------------------------------------------------------------- checks
check_status=0
declare -A checked
declare -A exactness=([o2]=exact [release]=1e-5)
# Compare output file $2 with base's $1: echo the verdict, fail if beyond
# what flag set $3 allows (-O2: identical; -ffast-math: 1e-5 relative).
verdict () {
  local r
  r=$("$work/build/$3/base/fftcheck" --diff "$1" "$2")
  case $r in
    identical) echo identical ;;
    different-shape) echo "DIFFERS (shape)"; return 1 ;;
    *) if [ "${exactness[$3]}" != exact ] \
	  && awk -v e="${r%% *}" -v t="${exactness[$3]}" 'BEGIN { exit !(e <= t) }'
       then echo "within ${r%% *}"
       else echo "DIFFERS by ${r%% *} (${r#* } lines)"; return 1
       fi ;;
  esac
}
# Stressed runs (an update at every point reached) on the sizes up to 4096.
stress_sizes=
for n in $sizes; do [ $n -le 4096 ] && stress_sizes="$stress_sizes $n"; done
[ -n "$stress_sizes" ] || stress_sizes=1024
for fs in $flagsets; do
  b=$work/build/$fs/base
  "$b/fftcheck" $sizes > "$b/check.out" || die "base fftcheck failed ($fs)"
  for v in auto loops low; do
    d=$work/build/$fs/$v
    st=0
    "$d/fftcheck" $sizes > "$d/check.out" 2> "$d/check.err" || st=1
    plain=$(verdict "$b/check.out" "$d/check.out" $fs) || st=1
    "$d/fftcheck" $stress_sizes > "$d/check-small.out" 2>&1 || st=1
    GEARSHIFT_STRESS=0 GEARSHIFT_STATS=1 "$d/fftcheck" $stress_sizes \
      > "$d/stress.out" 2> "$d/stress.err" || st=1
    stress=$(verdict "$d/check-small.out" "$d/stress.out" $fs) || st=1
    ups=$(sed -n 's/^gearshift: \([0-9]*\) updates.*/\1/p' "$d/stress.err")
    checked[$fs.$v]="$plain; stressed (${stress_sizes# }: ${ups:-?} updates) $stress"
    [ $st = 0 ] || { check_status=1;
      log "output of $v ($fs) is wrong: see $d/check.out, stress.out"; }
  done
done

# ---------------------------------------------------------------- iterations
nops=$work/nops
mkdir -p "$nops"; printf '#!/bin/sh\nexit 0\n' > "$nops/ps"; chmod +x "$nops/ps"
export PATH="$nops:$PATH"

# Wall time of one run, in ns: run_ns BINARY SIZE ITERS
run_ns () {
  local t0 t1
  t0=$(now_ns)
  "$1" -n "$2" -x "$3" > /dev/null 2>&1 || { echo "fail"; return 1; }
  t1=$(now_ns)
  echo $((t1 - t0))
}

declare -A iters
for fs in $flagsets; do
  for n in $sizes; do
    it=
    for p in $fixed_iters; do [ "${p%%:*}" = "$n" ] && it=${p#*:}; done
    if [ -z "$it" ]; then
      # Double until one base run takes 50 ms, then scale to the target.
      # The fastest of 3 runs: the machine may be busy.
      it=1
      while :; do
	t=
	for k in 1 2 3; do
	  tk=$(run_ns "$work/build/$fs/base/benchkiss" $n $it) \
	    || die "benchkiss -n $n failed"
	  [ -z "$t" ] || [ "$tk" -lt "$t" ] && t=$tk
	done
	[ "$t" -ge 50000000 ] && break
	it=$((it * 2))
      done
      it=$(awk -v i=$it -v t=$t -v ms=$target_ms \
	     'BEGIN { x = int(i * ms * 1e6 / t + 0.5); print x < 1 ? 1 : x }')
    fi
    iters[$fs.$n]=$it
  done
done

# ---------------------------------------------------------------- callgrind
declare -A ir
if [ $do_cg = 1 ]; then
  log "callgrind: $(echo $sizes | wc -w) sizes x 4 builds x $(echo $flagsets | wc -w) flag sets, $jobs at a time"
  cgdir=$work/callgrind
  rm -rf "$cgdir"; mkdir -p "$cgdir"
  running=0
  for fs in $flagsets; do
    for n in $sizes; do
      it=$(( ${iters[$fs.$n]} / cg_div )); [ $it -ge 2 ] || it=2
      echo $it > "$cgdir/$fs.$n.iters"
      for v in $builds; do
	if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
	valgrind --tool=callgrind --toggle-collect=kiss_fft \
	  --callgrind-out-file="$cgdir/$fs.$n.$v.out" \
	  "$work/build/$fs/$v/benchkiss" -n $n -x $it \
	  > "$cgdir/$fs.$n.$v.log" 2>&1 &
	running=$((running + 1))
      done
    done
  done
  wait
  for fs in $flagsets; do
    for n in $sizes; do
      for v in $builds; do
	f=$cgdir/$fs.$n.$v.out
	ir[$fs.$n.$v]=$(awk '/^summary:/ { print $2; exit }' "$f" 2> /dev/null)
	case ${ir[$fs.$n.$v]} in
	  ''|0) die "no callgrind count in $f (see $cgdir/$fs.$n.$v.log)" ;;
	esac
      done
    done
  done
fi

# ---------------------------------------------------------------- wall time
# median FILE: the median of the numbers in FILE, one a line.
median () {
  sort -g "$1" | awk '{ x[NR] = $1 } END { print NR % 2 ? x[(NR + 1) / 2] \
					     : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'
}
declare -A wall wall_at
if [ $do_wall = 1 ]; then
  wdir=$work/wall
  rm -rf "$wdir"; mkdir -p "$wdir"
  for fs in $flagsets; do
    for n in $sizes; do
      it=${iters[$fs.$n]}
      log "wall: $fs n=$n, $it iterations a run, $pairs rounds, layouts $layouts"
      for l in $layouts; do
	for v in auto loops low; do : > "$wdir/$fs.$n.$l.$v"; done
      done
      set -- $builds
      for ((r = 0; r < pairs; r++)); do
	for l in $layouts; do
	  declare -A rt=()
	  order=("$@")
	  for ((k = 0; k < r % 4; k++)); do order=("${order[@]:1}" "${order[0]}"); done
	  for v in "${order[@]}"; do
	    rt[$v]=$(run_ns "$(bdir $v $fs $l)/benchkiss" $n $it) \
	      || die "benchkiss ($v, $fs, layout $l) -n $n failed"
	  done
	  for v in auto loops low; do
	    awk -v a="${rt[base]}" -v b="${rt[$v]}" 'BEGIN { printf "%.6f\n", b / a }' \
	      >> "$wdir/$fs.$n.$l.$v"
	  done
	  echo "${rt[base]}" >> "$wdir/$fs.$n.$l.base-ns"
	done
      done
      for v in auto loops low; do
	: > "$wdir/$fs.$n.$v"
	for l in $layouts; do
	  wall_at[$fs.$n.$l.$v]=$(median "$wdir/$fs.$n.$l.$v")
	  echo "${wall_at[$fs.$n.$l.$v]}" >> "$wdir/$fs.$n.$v"
	done
	wall[$fs.$n.$v]=$(median "$wdir/$fs.$n.$v")
      done
    done
  done
fi

# ---------------------------------------------------------------- report
ccver=$($cc -dumpfullversion 2> /dev/null || $cc -dumpversion)
ncores=$(nproc 2> /dev/null || echo "?")
fmt () { [ -n "${1:-}" ] && printf '%.3f' "$1" || printf '  -  '; }
ratio () { [ -n "${1:-}" ] && [ -n "${2:-}" ] \
	     && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b / a }'; }

for fs in $flagsets; do
  echo
  what="ratio to the uninstrumented build ("
  [ $do_wall = 1 ] && what="${what}wall: median over $(echo $layouts | wc -w) layouts of the median of $pairs interleaved rounds"
  [ $do_wall = 1 ] && [ $do_cg = 1 ] && what="$what; "
  [ $do_cg = 1 ] && what="${what}instr: callgrind Ir of kiss_fft"
  echo "KissFFT $version, gcc $ccver ${fname[$fs]}, $ncores cores; $what)"
  printf '%-8s %-16s %-16s %-16s %-12s %s\n' size high/auto high/loops \
    low/loops "paper high" "paper low"
  printf '%-8s %-6s %-9s %-6s %-9s %-6s %-9s\n' "" wall instr wall instr \
    wall instr
  declare -A logsum=() cnt=()
  for n in $sizes; do
    line=$(printf '%-8s' $n)
    for v in auto loops low; do
      w=${wall[$fs.$n.$v]:-}
      i=$(ratio "${ir[$fs.$n.base]:-}" "${ir[$fs.$n.$v]:-}")
      line="$line $(printf '%-6s %-9s' "$(fmt "$w")" "$(fmt "$i")")"
      for c in w i; do
	val=$w; [ $c = i ] && val=$i
	[ -n "$val" ] || continue
	logsum[$v.$c]=$(awk -v s="${logsum[$v.$c]:-0}" -v x="$val" \
			  'BEGIN { printf "%.9f", s + log(x) }')
	cnt[$v.$c]=$(( ${cnt[$v.$c]:-0} + 1 ))
      done
    done
    echo "$line 1.087-1.127  ~1.40"
  done
  line=$(printf '%-8s' geomean)
  for v in auto loops low; do
    for c in w i; do
      g=
      [ -n "${cnt[$v.$c]:-}" ] && g=$(awk -v s="${logsum[$v.$c]}" \
	  -v k="${cnt[$v.$c]}" 'BEGIN { printf "%.6f", exp(s / k) }')
      [ $c = w ] && line="$line $(printf '%-6s' "$(fmt "$g")")" \
		 || line="$line $(printf '%-9s' "$(fmt "$g")")"
    done
  done
  echo "$line 1.087-1.127  ~1.40"
  # The targets of the project (issue 5), on -O2 wall times.
  if [ $fs = o2 ] && [ $do_wall = 1 ]; then
    tl=
    for v in auto loops low; do
      for n in $sizes; do
	case $v.$n in loops.1001) continue ;; esac
	[ -n "${wall[$fs.$n.$v]:-}" ] && tl="$tl $v:${wall[$fs.$n.$v]}"
      done
    done
    echo "$tl" | awk '
      function verdict(x, t) { return sprintf("%.3f (%s %.2f: %s)", x,
				 "target", t, x <= t ? "met" : "missed") }
      { for (i = 1; i <= NF; i++) {
	  split($i, a, ":"); s[a[1]] += log(a[2]); k[a[1]]++
	  if (a[1] == "auto" && a[2] > max) max = a[2] } }
      END {
	if (!k["auto"]) exit
	printf "targets  -O2 wall: auto geomean %s, largest %s;\n", \
	  verdict(exp(s["auto"] / k["auto"]), 1.02), verdict(max, 1.05)
	printf "         loops geomean without 1001 %s; low geomean %s\n", \
	  verdict(exp(s["loops"] / k["loops"]), 1.05), \
	  verdict(exp(s["low"] / k["low"]), 1.20) }'
  fi
  if [ $do_cg = 1 ]; then
    printf '%-8s' "base Ir"
    for n in $sizes; do
      printf ' %s=%s' "$n" "$(awk -v a="${ir[$fs.$n.base]}" \
	-v k="$(cat "$work/callgrind/$fs.$n.iters")" \
	'BEGIN { printf "%.3gM/fft", a / k / 1e6 }')"
    done
    echo
  fi
  printf '%-8s' iters
  for n in $sizes; do printf ' %s=%s' $n ${iters[$fs.$n]}; done
  echo " (wall runs)"
  if [ $do_wall = 1 ]; then
    echo "wall in each layout (loop alignment: gcc = GCC's own, N = -falign-loops=N), auto loops low:"
    line=$(printf '%-8s' size)
    for l in $layouts; do line="$line $(printf '%-20s' "$l")"; done
    echo "$line"
    for n in $sizes; do
      line=$(printf '%-8s' $n)
      for l in $layouts; do
	line="$line $(printf '%-6s %-6s %-6s' "$(fmt "${wall_at[$fs.$n.$l.auto]:-}")" \
	  "$(fmt "${wall_at[$fs.$n.$l.loops]:-}")" "$(fmt "${wall_at[$fs.$n.$l.low]:-}")")"
      done
      echo "$line"
    done
  fi
done

echo
echo "kiss_fft.o text bytes and compile time of kiss_fft.c (best of 3), ratio to base:"
printf '%-10s' ""
for v in $builds; do printf ' %-24s' $v; done
echo
for fs in $flagsets; do
  printf '%-10s' $fs
  bt=$(cat "$work/build/$fs/base/text"); bc=$(cat "$work/build/$fs/base/compile-ns")
  for v in $builds; do
    t=$(cat "$work/build/$fs/$v/text"); c=$(cat "$work/build/$fs/$v/compile-ns")
    printf ' %-24s' "$(awk -v t=$t -v bt=$bt -v c=$c -v bc=$bc \
      'BEGIN { printf "%dB %.2fx %3.0fms %.2fx", t, t / bt, c / 1e6, c / bc }')"
  done
  echo
done

echo
echo "output of fftcheck against base's (every bin, %a; max difference relative to the largest bin):"
for fs in $flagsets; do
  for v in auto loops low; do printf '  %-8s %-6s %s\n' $fs $v "${checked[$fs.$v]}"; done
done
exit $check_status
