#!/usr/bin/env bash
# Real-code benchmark of gearshift: what the instrumentation costs on
# SQLite and zlib, code nobody in the project wrote.
#
# Usage (from the top of the build tree; these are the defaults):
#   examples/realcode/bench.sh --plugin plugin/gearshift.so \
#       --runtime-libdir runtime/.libs --include runtime/include
# Options:
#   --plugin PATH          the plugin (gearshift.so)
#   --runtime-libdir DIR   directory containing libgearshift.so
#   --include DIR          the runtime's include directory
#   --cc CC                the compiler (default gcc)
#   --work DIR             cache and scratch dir (default
#                          $TMPDIR/gearshift-realcode)
#   --only sqlite|zlib     one code base (default both)
#   --builds "B ..."       instrumented builds among auto, loops, low
#                          (default all three; base is always built)
#   --plugin-arg KEY=VAL   extra plugin argument of every instrumented
#                          build (repeatable), e.g. unwind=eh
#   --rounds N             interleaved rounds for wall time (default 7)
#   --sqlite-sizes "W C S" speedtest1 --size of the wall runs, of the
#                          callgrind runs and of the stressed runs
#                          (default "50 5 1")
#   --zlib-sizes "W C S"   corpus sizes in KiB, the same way (default
#                          "8192 1024 80")
#   --small                CI's mode: --rounds 1, --sqlite-sizes "5 5 1",
#                          --zlib-sizes "1024 1024 80" (options after it
#                          override these); every check is still made
#   --stress-timeout S     seconds a stressed run may take (default 1800)
#   -j N                   parallel builds, callgrind and stressed runs
#                          (default nproc)
#   --help                 print this and exit
#
# SQLite and zlib are not part of gearshift: their source comes from
# Debian 12's source packages (apt-get source sqlite3 3.40.1, zlib
# 1.2.13), fetched once into the work dir by ../lib/fetch-source.sh
# (which may add deb-src entries: see there; needs root the first time).
# Tools missing (valgrind, tclsh for SQLite's amalgamation, GNU time)
# are installed with apt-get.
#
# Four builds of each, all -O2 -Wall -Wextra (warnings do not change
# the code GCC generates):
#   base   no plugin
#   auto   high gear, points=auto (the default)
#   loops  high gear, points=loops
#   low    gear=low points=loops (for reference)
# SQLite: the amalgamation sqlite3.c (made from the source tree by its
# configure && make sqlite3.c) and test/speedtest1.c, with
# -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION; a run is
# "speedtest1 --memdb --size N --verify", whose result is the hash of
# every SQL result it printed ("Verification Hash").
# zlib: its library's 15 .c files and test/minigzip.c; a run compresses
# a corpus with minigzip -9 and with -1 and decompresses both.  The
# corpus is zlib's own source files (debian/ left out) concatenated in
# name order, repeated and cut to the size; its result is the two
# compressed files, and the round trips must give the corpus back
# exactly.
# Checks (any failure makes the exit status 1): every build compiles and
# links; every run of every build gives base's result at the same size
# (wall runs, callgrind runs); and each instrumented build gives it
# under GEARSHIFT_STRESS=0 (an in-place update at every update point
# reached: slow, so at the third, small size).
# Measured, per code base, as ratios to base:
#   instructions  callgrind's Ir of the whole run (start-up, loader and
#                 runtime included; zlib: its four processes together);
#   wall          each round runs base and the others once each, the
#                 order rotated from round to round; median over the
#                 rounds of (build's time / base's time in that round);
#   max RSS       /usr/bin/time %M of a run at the wall size (zlib: the
#                 largest of its four processes);
#   text          size(1)'s text of the executable (code and read-only
#                 data: the plugin's metadata too), and its .text alone;
#   hot text      the summed nm sizes of the executable's functions that
#                 ran at least one instruction in the callgrind run
#                 (libraries' left out);
#   file sizes    of the executable and of the main object (sqlite3.o;
#                 zlib: its library's 15 objects);
#   compile       CPU time (user + sys, gcc and its children) of the
#                 main source (sqlite3.c; zlib: its library's files
#                 together), and cc1's largest RSS;
#   warnings      the warnings of each build's compiles that base's do
#                 not have ("file:line:col: warning: text [-Wflag]"
#                 lines, counted with repetitions), in
#                 WORK/CODEBASE/warnings.BUILD; the first few are shown.
# The tables go to stdout and to WORK/results.txt.
# Exit status: 0 when every build and check passed (performance never
# fails), 1 otherwise, 2 on a usage or setup error.

set -u
export LC_ALL=C

usage () { sed -n '/^# Usage/,/^# Exit/p' "$0" | sed 's/^# \{0,1\}//'; }
die () { echo "bench.sh: $*" >&2; exit 2; }
log () { echo "realcode: $*" >&2; }

command_line=$(printf '%q ' "$0" "$@")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../testsuite/lib/build-tree.sh"
work=${TMPDIR:-/tmp}/gearshift-realcode
codebases="sqlite zlib"
builds="auto loops low"
rounds=7
sqlite_sizes="50 5 1"
zlib_sizes="8192 1024 80"
stress_timeout=1800

while [ $# -gt 0 ]; do
  common_option "$@"
  case $shifts/$1 in
    0/--only) codebases=${2?}; shifts=2 ;;
    0/--builds) builds=${2?}; shifts=2 ;;
    0/--rounds) rounds=${2?}; shifts=2 ;;
    0/--sqlite-sizes) sqlite_sizes=${2?}; shifts=2 ;;
    0/--zlib-sizes) zlib_sizes=${2?}; shifts=2 ;;
    0/--small) rounds=1; sqlite_sizes="5 5 1"; zlib_sizes="1024 1024 80"
      shifts=1 ;;
    0/--stress-timeout) stress_timeout=${2?}; shifts=2 ;;
    0/*) usage >&2; die "unknown argument: $1" ;;
  esac
  shift "$shifts"
done
check_common_options

isnum () { case $1 in ''|*[!0-9]*) return 1 ;; esac; [ "$1" -gt 0 ]; }
isnum "$rounds" || die "bad --rounds: $rounds"
isnum "$stress_timeout" || die "bad --stress-timeout: $stress_timeout"
case $codebases in
  sqlite|zlib|"sqlite zlib") ;;
  *) die "bad --only: $codebases (sqlite or zlib)" ;;
esac
for v in $builds; do
  case $v in auto|loops|low) ;; *) die "bad build in --builds: $v" ;; esac
done
builds="base $builds"
declare -A sizes=([sqlite]=$sqlite_sizes [zlib]=$zlib_sizes)
for cb in sqlite zlib; do
  set -- ${sizes[$cb]}
  [ $# = 3 ] && isnum "$1" && isnum "$2" && isnum "$3" \
    || die "bad --$cb-sizes: ${sizes[$cb]} (three numbers)"
done

started=$(date +%s)
ccver=$($cc -dumpfullversion 2> /dev/null || $cc -dumpversion)
ncores=$(nproc 2> /dev/null || echo "?")
echo "command: $command_line"
echo "machine: $ncores cores, $(uname -sm), $($cc --version | sed 1q)"
echo "started: $(date -u '+%Y-%m-%d %H:%M UTC')"

# ---------------------------------------------------------------- tools
# Install Debian package $2 when command $1 is missing.
need () {
  command -v "$1" > /dev/null && return 0
  log "installing $2 (for $1)"
  apt-get install -y -q "$2" >> "$work/apt.log" 2>&1 \
    || die "cannot install $2 (see $work/apt.log)"
}
need valgrind valgrind
need /usr/bin/time time
need nm binutils
case $codebases in *sqlite*) need tclsh tcl; need make make ;; esac

# ---------------------------------------------------------------- source
declare -A src name
fetch="$here/../lib/fetch-source.sh"
for cb in $codebases; do
  case $cb in
    sqlite) src[$cb]=$(sh "$fetch" "$work/sqlite" sqlite3 3.40.1 \
		       test/speedtest1.c) || exit 2
	    name[$cb]="SQLite $(cat "${src[$cb]}/VERSION")" ;;
    zlib) src[$cb]=$(sh "$fetch" "$work/zlib" zlib 1:1.2.13 zlib.h) || exit 2
	  name[$cb]="zlib $(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' \
			      "${src[$cb]}/zlib.h")" ;;
  esac
  deb=$(dpkg-parsechangelog -l "${src[$cb]}/debian/changelog" -S Version \
	  2> /dev/null) && name[$cb]="${name[$cb]} (Debian $deb)"
done

# SQLite's amalgamation, made once (configure && make sqlite3.c, outside
# the source tree).
gen=$work/sqlite/gen
if [ -n "${src[sqlite]:-}" ] && [ ! -f "$gen/.made" ]; then
  log "making SQLite's amalgamation sqlite3.c"
  rm -rf "$gen"; mkdir -p "$gen"
  ( cd "$gen" && "${src[sqlite]}/configure" && make sqlite3.c ) \
    > "$gen/make.log" 2>&1 || die "cannot make sqlite3.c (see $gen/make.log)"
  touch "$gen/.made"
fi

# zlib's corpora, one per size in KiB: zlib's own files (debian/ and
# quilt's .pc/ left out) in name order, repeated and cut to the size.
corpus=$work/zlib/corpus
if [ -n "${src[zlib]:-}" ]; then
  mkdir -p "$corpus"
  ( cd "${src[zlib]}" && find . \( -path ./debian -o -path ./.pc \) -prune \
      -o -type f -print | sort | xargs cat ) > "$corpus/one" \
    || die "cannot make zlib's corpus"
  for kib in ${sizes[zlib]}; do
    [ -f "$corpus/$kib" ] && continue
    bytes=$((kib * 1024))
    [ -s "$corpus/one" ] || die "empty corpus"
    while cat "$corpus/one"; do :; done | head -c $bytes > "$corpus/$kib"
    [ "$(stat -c %s "$corpus/$kib")" = $bytes ] || die "bad corpus $kib"
  done
fi

# ---------------------------------------------------------------- builds
# The compiler flags of build $1 into array bf, its link flags into bl.
build_flags () {
  bf=(-O2 -Wall -Wextra)
  bl=()
  [ "$1" = base ] && return
  bf+=("-fplugin=$plugin" -I "$include")
  mapfile -t -O ${#bf[@]} bf < <(plugin_arg_flags)
  case $1 in
    loops) bf+=(-fplugin-arg-gearshift-points=loops) ;;
    low) bf+=(-fplugin-arg-gearshift-gear=low
	      -fplugin-arg-gearshift-points=loops) ;;
  esac
  mapfile -t bl < <(runtime_libs)
}

# compile DIR KIND SRC OBJ FLAGS...: compile SRC into OBJ, diagnostics
# appended to DIR/cc.log; for KIND main, append "user sys maxrss-KB" of
# the compiler and its children to DIR/compile.
compile () {
  local d=$1 kind=$2 s=$3 o=$4
  shift 4
  /usr/bin/time -f '%U %S %M' -o "$d/time.tmp" \
    "$cc" "$@" -c "$s" -o "$o" 2>> "$d/cc.log" \
    || { echo "bench.sh: compile of $s failed" >> "$d/cc.log"; return 1; }
  [ "$kind" = main ] && tail -n 1 "$d/time.tmp" >> "$d/compile"
  return 0
}

sqlite_defs=(-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION)
zlib_defs=(-D_LARGEFILE64_SOURCE=1)
zlib_lib="adler32 crc32 deflate infback inffast inflate inftrees trees zutil
	  compress uncompr gzclose gzlib gzread gzwrite"
declare -A exe=([sqlite]=speedtest1 [zlib]=minigzip)
declare -A mainsrc=([sqlite]=sqlite3.c [zlib]="library")

# Build $2 of code base $1 in DIR $3.
build_sqlite () {
  local d=$3
  build_flags "$2"
  compile "$d" main "$gen/sqlite3.c" "$d/sqlite3.o" "${sqlite_defs[@]}" \
    "${bf[@]}" || return 1
  compile "$d" other "${src[sqlite]}/test/speedtest1.c" "$d/speedtest1.o" \
    "${sqlite_defs[@]}" -I "$gen" "${bf[@]}" || return 1
  "$cc" -o "$d/speedtest1" "$d/speedtest1.o" "$d/sqlite3.o" "${bl[@]}" -lm \
    2>> "$d/cc.log" || return 1
  stat -c %s "$d/sqlite3.o" > "$d/obj-bytes"
}
build_zlib () {
  local d=$3 f objs=()
  build_flags "$2"
  for f in $zlib_lib; do
    compile "$d" main "${src[zlib]}/$f.c" "$d/$f.o" "${zlib_defs[@]}" \
      -I "${src[zlib]}" "${bf[@]}" || return 1
    objs+=("$d/$f.o")
  done
  compile "$d" other "${src[zlib]}/test/minigzip.c" "$d/minigzip.o" \
    "${zlib_defs[@]}" -I "${src[zlib]}" "${bf[@]}" || return 1
  "$cc" -o "$d/minigzip" "$d/minigzip.o" "${objs[@]}" "${bl[@]}" \
    2>> "$d/cc.log" || return 1
  stat -c %s "${objs[@]}" | awk '{ s += $1 } END { print s }' > "$d/obj-bytes"
}

# Build $2 of code base $1 into WORK/$1/build/$2; its status to status.
build_one () {
  local d=$work/$1/build/$2
  rm -rf "$d"; mkdir -p "$d"
  "build_$1" "$1" "$2" "$d" > "$d/build.log" 2>&1
  echo $? > "$d/status"
}

# Run "$@" in the background, at most $jobs at a time; drain waits for all.
running=0
spawn () {
  if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
  "$@" &
  running=$((running + 1))
}
drain () { wait; running=0; }

# bg_run CB BUILDDIR RUNDIR SIZE [WRAPPER...]: run_CB, its exit status
# to RUNDIR/status.
bg_run () {
  local cb=$1 r=$3
  shift
  "run_$cb" "$@"
  echo $? > "$r/status"
}

phase_start=$started
phase () {
  local now
  now=$(date +%s)
  log "$* (previous step: $((now - phase_start)) s)"
  phase_start=$now
}

phase "building ${builds// /, } of ${codebases/ / and }, $jobs at a time"
for cb in $codebases; do
  for v in $builds; do spawn build_one $cb $v; done
done
drain

status=0
declare -A ok m
for cb in $codebases; do
  for v in $builds; do
    d=$work/$cb/build/$v
    if [ "$(cat "$d/status")" = 0 ]; then
      ok[$cb.$v]=1
    else
      status=1
      log "build $v of $cb FAILED: see $d/cc.log"
      tail -n 5 "$d/cc.log" >&2
    fi
  done
  [ -n "${ok[$cb.base]:-}" ] || log "no base build of $cb: nothing to compare"
done

# The builds of code base $1 that built (all but base with $2 = -base),
# when base built too.
built () {
  local v
  [ -n "${ok[$1.base]:-}" ] || return 0
  for v in $builds; do
    [ "${2:-}" = -base ] && [ $v = base ] && continue
    [ -n "${ok[$1.$v]:-}" ] && echo $v
  done
}

# ---------------------------------------------------------------- runs
# run_CB BUILDDIR RUNDIR SIZE [WRAPPER...]: run the workload of the build
# in BUILDDIR at SIZE, its outputs in RUNDIR (made afresh), each process
# run under the WRAPPER command, if any.
run_sqlite () {
  local b=$1 r=$2 n=$3
  shift 3
  rm -rf "$r"; mkdir -p "$r"
  "$@" "$b/speedtest1" --memdb --size "$n" --verify > "$r/out" 2> "$r/err"
}
run_zlib () {
  local b=$1 r=$2 c=$corpus/$3
  shift 3
  rm -rf "$r"; mkdir -p "$r"
  "$@" "$b/minigzip" -9 < "$c" > "$r/c9.gz" 2>> "$r/err" \
    && "$@" "$b/minigzip" -1 < "$c" > "$r/c1.gz" 2>> "$r/err" \
    && "$@" "$b/minigzip" -d < "$r/c9.gz" > "$r/d9" 2>> "$r/err" \
    && "$@" "$b/minigzip" -d < "$r/c1.gz" > "$r/d1" 2>> "$r/err"
}

# result_CB RUNDIR SIZE: print what a run in RUNDIR at SIZE computed, to
# compare with base's; fail when it is wrong in itself.
result_sqlite () {
  sed -n 's/^Verification Hash: //p' "$1/out" | grep . || return 1
}
result_zlib () {
  cmp -s "$1/d9" "$corpus/$2" && cmp -s "$1/d1" "$corpus/$2" \
    || { echo "round trip BROKEN"; return 1; }
  (cd "$1" && md5sum c9.gz c1.gz) | tr '\n' ' '
  rm -f "$1/d9" "$1/d1"
}

# check CB BUILD RUNDIR SIZE STATUS WHAT: compare the result of the run in
# RUNDIR at SIZE (its exit status STATUS) with base's; log and record a
# failure as WHAT.
check () {
  local cb=$1 v=$2 r=$3 n=$4 st=$5 what=$6 res rc ref
  res=$("result_$cb" "$r" "$n")
  rc=$?
  case $st in
    0) ;;
    124) fail "$cb" "$v" "$what: timed out after $stress_timeout s"
	 return 1 ;;
    *) fail "$cb" "$v" "$what: exit status $st: $(grep -v '^==' "$r/err" \
	 2> /dev/null | tail -n 3 | tr '\n' ' ')"
       return 1 ;;
  esac
  if [ $rc != 0 ]; then
    fail "$cb" "$v" "$what: wrong result: $res ($r)"
    return 1
  fi
  ref=$(cat "$work/$cb/ref.$n" 2> /dev/null)
  if [ "$v" = base ] && [ -z "$ref" ]; then
    echo "$res" > "$work/$cb/ref.$n"
  elif [ "$res" != "$ref" ]; then
    fail "$cb" "$v" "$what: result differs from base's ($r)"
    return 1
  fi
}
fail () {
  status=1
  echo "$3" >> "$work/$1/failures.$2"
  log "$1 $2 FAILED: $3"
}

for cb in $codebases; do
  rm -f "$work/$cb"/ref.* "$work/$cb"/failures.*
done

# 1. A run at the wall size, under /usr/bin/time (max RSS); base first.
phase "runs at the wall size, max RSS"
for cb in $codebases; do
  set -- ${sizes[$cb]}
  for v in $(built $cb); do
    r=$work/$cb/run/$v/rss
    "run_$cb" "$work/$cb/build/$v" "$r" "$1" /usr/bin/time -a -o "$r/rss" -f %M
    check $cb $v "$r" "$1" $? "run at size $1" \
      && m[$cb.$v.rss]=$(awk '$1 + 0 > x { x = $1 } END { print x }' "$r/rss")
  done
done

# 2. Callgrind at the second size, all builds; stressed runs at the third,
# the instrumented builds (and base plainly, for reference), together.
phase "callgrind runs and stressed runs (GEARSHIFT_STRESS=0), $jobs at a time"
for cb in $codebases; do
  set -- ${sizes[$cb]}
  if [ -n "${ok[$cb.base]:-}" ]; then
    r=$work/$cb/run/base/plain
    "run_$cb" "$work/$cb/build/base" "$r" "$3"
    check $cb base "$r" "$3" $? "plain run at size $3"
  fi
  for v in $(built $cb); do
    spawn bg_run $cb "$work/$cb/build/$v" "$work/$cb/run/$v/cg" "$2" \
      valgrind --tool=callgrind \
      "--callgrind-out-file=$work/$cb/run/$v/cg/cg.%p.out"
    [ $v = base ] && continue
    spawn bg_run $cb "$work/$cb/build/$v" "$work/$cb/run/$v/stress" "$3" \
      timeout "$stress_timeout" env GEARSHIFT_STRESS=0 GEARSHIFT_STATS=1
  done
done
drain
for cb in $codebases; do
  set -- ${sizes[$cb]}
  for v in $(built $cb); do
    r=$work/$cb/run/$v/cg
    check $cb $v "$r" "$2" "$(cat "$r/status")" "callgrind run at size $2" \
      || continue
    m[$cb.$v.ir]=$(cat "$r"/cg.*.out | awk '/^summary:/ { s += $2 } END { print s + 0 }')
    [ "${m[$cb.$v.ir]}" -gt 0 ] || fail $cb $v "no callgrind count in $r"
    # Hot text: the executable's functions with instructions of their own.
    awk -v exe="${exe[$cb]}" '
      function nm(s, kind,   id, rest) {
	if (s !~ /^\([0-9]+\)/) return s
	id = s; sub(/\).*/, "", id); sub(/^\(/, "", id)
	rest = s; sub(/^\([0-9]+\) ?/, "", rest)
	if (rest != "") tab[kind, id] = rest
	return tab[kind, id] }
      /^ob=/ { ob = nm(substr($0, 4), "ob"); sub(/.*\//, "", ob); next }
      /^cob=/ { nm(substr($0, 5), "ob"); next }
      /^fn=/ { fn = nm(substr($0, 4), "fn"); next }
      /^cfn=/ { nm(substr($0, 5), "fn"); next }
      /^calls=/ { skip = 1; next }
      /^[0-9+*-]/ { if (skip) { skip = 0; next }
		   if (ob == exe) self[fn] += $2 }
      END { for (f in self) if (self[f] > 0) print f }' "$r"/cg.*.out \
      | sort -u > "$r/hot-functions"
    nm -S --radix=d --defined-only "$work/$cb/build/$v/${exe[$cb]}" \
      | awk 'NR == FNR { hot[$1] = 1; next }
	     NF == 4 && $3 ~ /^[tTwWi]$/ && ($4 in hot) { s += $2; n++ }
	     END { print s + 0, n + 0 }' "$r/hot-functions" - > "$r/hot"
    read -r m[$cb.$v.hot] m[$cb.$v.hotn] < "$r/hot"
  done
  for v in $(built $cb -base); do
    r=$work/$cb/run/$v/stress
    check $cb $v "$r" "$3" "$(cat "$r/status")" "stressed run at size $3" \
      || continue
    grep -q '^gearshift: [0-9]* updates' "$r/err" \
      || { fail $cb $v "stressed run at size $3: no GEARSHIFT_STATS line"
	   continue; }
    m[$cb.$v.updates]=$(awk '/^gearshift: [0-9]+ updates/ { s += $2 }
			     END { print s + 0 }' "$r/err")
  done
done

# 3. Wall time: interleaved rounds at the wall size.
now_ns () { date +%s%N; }
# median FILE: the median of the numbers in FILE, one a line.
median () {
  sort -g "$1" | awk '{ x[NR] = $1 } END { if (NR) print NR % 2 ? x[(NR + 1) / 2] \
					     : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'
}
for cb in $codebases; do
  set -- ${sizes[$cb]}
  size=$1
  mapfile -t order < <(built $cb)
  [ ${#order[@]} -gt 0 ] || continue
  phase "wall: $cb at size $size, $rounds rounds of ${order[*]}"
  wdir=$work/$cb/wall
  rm -rf "$wdir"; mkdir -p "$wdir"
  for ((k = 0; k < rounds; k++)); do
    declare -A rt=()
    for v in "${order[@]}"; do
      r=$work/$cb/run/$v/wall
      t0=$(now_ns)
      "run_$cb" "$work/$cb/build/$v" "$r" "$size"
      st=$?
      t1=$(now_ns)
      check $cb $v "$r" "$size" $st "wall run at size $size" \
	&& rt[$v]=$((t1 - t0))
    done
    for v in "${order[@]}"; do
      [ -n "${rt[$v]:-}" ] && [ -n "${rt[base]:-}" ] || continue
      awk -v a="${rt[base]}" -v b="${rt[$v]}" \
	'BEGIN { printf "%.6f\n", b / a }' >> "$wdir/$v"
    done
    echo "${rt[base]:-}" | grep . >> "$wdir/base-ns"
    order=("${order[@]:1}" "${order[0]}")
  done
  for v in $(built $cb); do
    [ -s "$wdir/$v" ] && m[$cb.$v.wall]=$(median "$wdir/$v")
  done
  [ -s "$wdir/base-ns" ] && m[$cb.base.wall-s]=$(median "$wdir/base-ns")
done

# ---------------------------------------------------------------- sizes
for cb in $codebases; do
  for v in $(built $cb); do
    d=$work/$cb/build/$v
    e=$d/${exe[$cb]}
    m[$cb.$v.text]=$(size "$e" | awk 'NR == 2 { print $1 }')
    m[$cb.$v.dottext]=$(size -A "$e" | awk '$1 == ".text" { print $2 }')
    m[$cb.$v.exe]=$(stat -c %s "$e")
    m[$cb.$v.obj]=$(cat "$d/obj-bytes")
    m[$cb.$v.ccpu]=$(awk '{ s += $1 + $2 } END { print s }' "$d/compile")
    m[$cb.$v.ccrss]=$(awk '$3 > x { x = $3 } END { print x }' "$d/compile")
    grep ': warning: ' "$d/cc.log" | sort > "$d/warnings"
    m[$cb.$v.warnings]=$(wc -l < "$d/warnings")
  done
  for v in $(built $cb -base); do
    b=$work/$cb/build/base/warnings
    w=$work/$cb/build/$v/warnings
    # comm on sorted files counts repeated lines: a warning printed twice
    # where base prints it once is one new line.
    { echo "# Warnings of $v that base has not (-O2 -Wall -Wextra):"
      comm -13 "$b" "$w"
      echo "# Warnings of base that $v has not:"
      comm -23 "$b" "$w"; } > "$work/$cb/warnings.$v"
    m[$cb.$v.wnew]=$(comm -13 "$b" "$w" | wc -l)
    m[$cb.$v.wgone]=$(comm -23 "$b" "$w" | wc -l)
  done
done

# ---------------------------------------------------------------- report
# human N UNIT: N with a k/M/G multiplier, 3 significant digits.
human () {
  awk -v x="$1" -v u="$2" 'BEGIN {
    s = ""; if (x >= 1e9) { x /= 1e9; s = "G" } else if (x >= 1e6) { x /= 1e6; s = "M" }
    else if (x >= 1e3) { x /= 1e3; s = "k" }
    printf "%.3g %s%s", x, s, u }'
}
# row CB KEY LABEL BASE-TEXT: a table row, ratios of m[CB.BUILD.KEY] to
# base's (or, with KEY given as =KEY, m[CB.BUILD.KEY] itself).
row () {
  local cb=$1 key=${2#=} label=$3 v val line
  line=$(printf '%-30s %-16s' "$label" "$4")
  for v in $builds; do
    [ $v = base ] && continue
    if [ -z "${ok[$cb.$v]:-}" ]; then val="FAILED"
    elif [ -z "${m[$cb.$v.$key]:-}" ]; then val="-"
    elif [ "$2" != "$key" ]; then val=${m[$cb.$v.$key]}
    elif [ -z "${m[$cb.base.$key]:-}" ]; then val="-"
    else val=$(awk -v a="${m[$cb.base.$key]}" -v b="${m[$cb.$v.$key]}" \
		 'BEGIN { printf "%.3f", a ? b / a : 0 }')
    fi
    line="$line $(printf '%-9s' "$val")"
  done
  echo "$line"
}
# base's value of KEY, through FORMAT (human UNIT or a printf format).
bv () {
  local x=${m[$1.base.$2]:-}
  [ -n "$x" ] || { echo "-"; return; }
  case $3 in
    human) human "$x" "$4" ;;
    *) printf "$3" "$x" ;;
  esac
}

report () {
  local cb v sz line
  for cb in $codebases; do
    set -- ${sizes[$cb]}
    case $cb in
      sqlite) sz=("size $1" "size $2" "size $3")
	      what="speedtest1 --memdb --verify --size N" ;;
      zlib) sz=("$1 KiB" "$2 KiB" "$3 KiB")
	    what="minigzip -9, -1 and -d twice of an N KiB corpus" ;;
    esac
    echo
    echo "${name[$cb]}: $what; gcc $ccver -O2 -Wall -Wextra, $ncores cores"
    echo "ratio to base (wall: median over $rounds interleaved round(s))"
    line=$(printf '%-30s %-16s' "" base)
    for v in $builds; do [ $v = base ] || line="$line $(printf '%-9s' $v)"; done
    echo "$line"
    row $cb ir "instructions (${sz[1]})" "$(bv $cb ir human Ir)"
    row $cb wall "wall (${sz[0]})" "$(bv $cb wall-s '%s' | awk '{ printf "%.3f s", $1 / 1e9 }')"
    row $cb rss "max RSS (${sz[0]})" "$(bv $cb rss '%s' | awk '{ printf "%.1f MB", $1 / 1024 }')"
    row $cb text "text (size)" "$(bv $cb text human B)"
    row $cb dottext ".text section" "$(bv $cb dottext human B)"
    row $cb hot "hot text (${sz[1]})" "$(bv $cb hot human B)"
    row $cb =hotn "  hot functions" "$(bv $cb hotn '%s')"
    row $cb exe "${exe[$cb]} file" "$(bv $cb exe human B)"
    case $cb in
      sqlite) row $cb obj "sqlite3.o file" "$(bv $cb obj human B)" ;;
      zlib) row $cb obj "library .o files" "$(bv $cb obj human B)" ;;
    esac
    row $cb ccpu "compile ${mainsrc[$cb]} (CPU)" "$(bv $cb ccpu '%.2f s')"
    row $cb ccrss "  compiler max RSS" "$(bv $cb ccrss '%s' | awk '{ printf "%.0f MB", $1 / 1024 }')"
    row $cb =wnew "new warnings" "$(bv $cb warnings 'base has %s')"
    row $cb =updates "stressed: updates (${sz[2]})" "-"
    line=$(printf '%-30s %-16s' "checks" "$([ -f "$work/$cb/failures.base" ] && echo FAILED || echo ok)")
    for v in $builds; do
      [ $v = base ] && continue
      if [ -f "$work/$cb/failures.$v" ] || [ -z "${ok[$cb.$v]:-}" ]; then
	line="$line $(printf '%-9s' FAILED)"
      else
	line="$line $(printf '%-9s' ok)"
      fi
    done
    echo "$line"
    for v in $builds; do
      [ -f "$work/$cb/failures.$v" ] || continue
      sed "s/^/  $v: /" "$work/$cb/failures.$v" | cut -c 1-200
    done
    for v in $(built $cb -base); do
      [ "${m[$cb.$v.wnew]}" -gt 0 ] || continue
      echo "  new warnings of $v (first 3 of ${m[$cb.$v.wnew]}; all in $work/$cb/warnings.$v):"
      comm -13 "$work/$cb/build/base/warnings" "$work/$cb/build/$v/warnings" \
	| head -n 3 | sed "s|^${work}/||; s/^/    /" | cut -c 1-160
    done
  done
}

phase "report"
{
  echo "command: $command_line"
  echo "machine: $ncores cores, $(uname -sm), $($cc --version | sed 1q)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); took $(( ($(date +%s) - started + 30) / 60 )) min"
  echo "plugin: $plugin${plugin_args[*]:+ ${plugin_args[*]}}"
  report
} > "$work/results.txt"
sed 1,2d "$work/results.txt"
exit $status
