#!/usr/bin/env bash
# Check the gearshift plugin and runtime against GCC's own
# gcc.c-torture/execute suite: code that nobody here wrote.
#
# Usage (from the top of the build tree, after "make check"; these are
# also the defaults):
#   testsuite/torture/run-torture.sh --plugin plugin/gearshift.so \
#       --runtime-libdir runtime/.libs --include runtime/include
# Options:
#   --plugin PATH          the plugin (gearshift.so)
#   --runtime-libdir DIR   directory containing libgearshift.so
#   --include DIR          the runtime's include directory
#   --cc CC                the compiler (default gcc)
#   -j N                   parallel jobs (default: nproc)
#   --points POLICY        -fplugin-arg-gearshift-points= (default loops)
#   --plugin-arg KEY=VAL   extra plugin argument (repeatable)
#   --env VAR=VALUE        environment of the instrumented runs (repeatable)
#   --repeat N             run each instrumented test N times (default 1),
#                          for updates whose timing varies from run to run
#                          (a periodic GEARSHIFT_STRESS): any failing run
#                          fails the test
#   --run 'VAR=VALUE... [xN]'
#                          one setting of the instrumented runs (repeatable):
#                          the environment added to --env's, run N times
#                          (default 1); '' is --env's environment alone.
#                          Every setting runs the same instrumented build,
#                          compiled once.  Without --run, one setting:
#                          --env's environment, --repeat times
#   --work DIR             cache and scratch dir (default
#                          $TMPDIR/gearshift-torture)
#   --help                 print this and exit
#
# The sources come from Debian's gcc-12-source package (installed with
# apt-get when missing); only gcc.c-torture/execute/ is extracted, into
# the work dir, never into the repository.  Each top-level test is built
# and run twice: a baseline without the plugin, then instrumented (once,
# then run in every --run setting); each instrumented run must exit with
# the baseline's status and print the same stdout.  Tests with dg- option or xfail directives are
# skipped; tests whose baseline fails to build or run are excluded.
# Failures listed, with their reasons, in the file "deviations" beside
# this script are reported as known deviations, not failures.
# Exit status: 0 only with no fail, no ICE, no compile-fail and at least
# 1000 passes; 2 on a usage or setup error.

set -u
. "$(cd "$(dirname "$0")" && pwd)/../lib/differential.sh"

usage () { sed -n '/^# Usage/,/^$/p' "$0" | sed 's/^# \{0,1\}//'; }
die () { echo "run-torture.sh: $*" >&2; exit 2; }

points=loops
work=${TMPDIR:-/tmp}/gearshift-torture
envs=()
repeat=1
settings=()
timeout=10		# seconds per run of a test
cc_timeout=120		# seconds per compilation
min_pass=1000

while [ $# -gt 0 ]; do
  common_option "$@"
  case $shifts/$1 in
    0/--points) points=${2?}; shifts=2 ;;
    0/--env) envs+=("${2?}"); shifts=2 ;;
    0/--repeat) repeat=${2?}; shifts=2 ;;
    0/--run) settings+=("${2?}"); shifts=2 ;;
    0/*) usage >&2; die "unknown argument: $1" ;;
  esac
  shift "$shifts"
done
check_common_options
case $repeat in ''|*[!0-9]*|0) die "bad repeat count: $repeat" ;; esac
[ ${#settings[@]} -gt 0 ] || settings=("x$repeat")
# Check each setting: VAR=VALUE words, and at most one xN.
for setting in "${settings[@]}"; do
  for word in $setting; do
    case $word in
      [A-Za-z_]*=*) ;;
      x*[!0-9]*|x|x0) die "bad repeat count in --run '$setting': $word" ;;
      x*) ;;
      *) die "not VAR=VALUE or xN in --run '$setting': $word" ;;
    esac
  done
done

# Get the sources: install the package if needed, extract once.
tarball=/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz
subdir=gcc-12.2.0/gcc/testsuite/gcc.c-torture/execute
src=$work/src/$subdir
if [ ! -f "$work/src/.extracted" ]; then
  if [ ! -f "$tarball" ] || ! command -v xz > /dev/null; then
    echo "torture: installing gcc-12-source and xz-utils"
    apt-get install -y gcc-12-source xz-utils > "$work/apt.log" 2>&1 \
      || { apt-get update && apt-get install -y gcc-12-source xz-utils; } \
	   >> "$work/apt.log" 2>&1 \
      || die "cannot install gcc-12-source (see $work/apt.log)"
  fi
  echo "torture: extracting $subdir"
  rm -rf "$work/src"; mkdir -p "$work/src"
  tar -xJf "$tarball" -C "$work/src" "$subdir/" \
    || die "cannot extract $subdir from $tarball"
  touch "$work/src/.extracted"
fi

results=$work/results
runs=$work/runs
rm -rf "$results" "$runs"
mkdir -p "$results" "$runs"

# Write the result of test NAME: CATEGORY, then the first line of REASON.
result () {
  printf '%s\t%s\n' "$2" \
    "$(printf '%s\n' "${3:-}" | grep -m1 . | sed "s|^$src/||")" \
    > "$results/$1"
}

# Build and run test file T in its own directory.
run_one () {
  local t=$1 name d bst ist same
  name=$(basename "$t" .c)
  d=$runs/$name
  mkdir -p "$d" && cd "$d" || { result "$name" fail "no scratch dir"; return; }
  # Baseline: no plugin.
  if [ "$(compile base.log "$cc" -O2 -w -fno-diagnostics-color "$t" \
	    -o base -lm)" != ok ]; then
    result "$name" baseline-fail "$(first_error base.log)"; return
  fi
  timeout -k 2 "$timeout" ./base > base.out 2> base.err < /dev/null
  bst=$?
  if [ $bst != 0 ]; then
    result "$name" baseline-fail "baseline exited with status $bst"; return
  fi
  # A second baseline run tells whether stdout is reproducible at all
  # (return-addr prints stack addresses): if not, compare the status only.
  timeout -k 2 "$timeout" ./base > base2.out 2> /dev/null < /dev/null
  same=yes; cmp -s base.out base2.out || same=no
  # Instrumented.
  local pf
  mapfile -t pf < <(plugin_flags "points=$points")
  case $(compile inst.log "$cc" -O2 -w -fno-diagnostics-color "${pf[@]}" \
	   "$t" -o inst -L "$libdir" -lgearshift -Wl,-rpath,"$libdir" -lm) in
    ice) result "$name" ICE "$(first_error inst.log)"; return ;;
    fail) result "$name" compile-fail "$(first_error inst.log)"; return ;;
  esac
  local setting word i n runenv run
  for setting in "${settings[@]}"; do
    n=1; runenv=()
    for word in $setting; do
      case $word in *=*) runenv+=("$word") ;; *) n=${word#x} ;; esac
    done
    for i in $(seq "$n"); do
      env ${envs[@]+"${envs[@]}"} ${runenv[@]+"${runenv[@]}"} \
	timeout -k 2 "$timeout" ./inst > inst.out 2> inst.err < /dev/null
      ist=$?
      run=
      [ ${#settings[@]} = 1 ] || run="${runenv[*]:-no added environment}: "
      [ "$n" = 1 ] || run="${run}run $i of $n: "
      if [ $ist != $bst ]; then
	result "$name" fail "${run}exit status $ist, baseline $bst; stderr: \
$(head -c 200 inst.err | tr '\n' ' ')"
	return
      elif [ $same = yes ] && ! cmp -s base.out inst.out; then
	result "$name" fail "${run}stdout differs from the baseline's"
	return
      fi
    done
  done
  result "$name" pass; cd / && rm -rf "$d"
}

# Skip tests needing special options or expected to fail.  Tests skipped
# on some targets (dg-skip-if) run: on this one, the baseline decides.
skip_re='dg-(options|additional-options|add-options|xfail-if|xfail-run-if)'
start=$(date +%s)
shopt -s nullglob
tests=("$src"/*.c)
[ ${#tests[@]} -gt 0 ] || die "no tests in $src"
echo "torture: ${#tests[@]} tests, $jobs jobs, plugin $plugin"
for setting in "${settings[@]}"; do
  echo "torture: instrumented runs: ${envs[*]:-} ${setting:-(no added environment)}"
done
running=0
for t in "${tests[@]}"; do
  if grep -qE "$skip_re" "$t"; then
    result "$(basename "$t" .c)" skipped "dg- directive"; continue
  fi
  if [ $running -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
  run_one "$t" &
  running=$((running + 1))
done
wait

# Report.  A failure listed in the deviations file (never an ICE) is a
# known consequence of gearshift's design, reported with its reason.
declare -A n=([pass]=0 [fail]=0 [ICE]=0 [compile-fail]=0 [skipped]=0
	      [baseline-fail]=0 [deviation]=0)
declare -A why=()
while IFS=$'\t' read -r name text; do
  case $name in ''|'#'*) continue ;; esac
  why[$name]=$text
done < "$(dirname "$0")/deviations"
total=0
for f in "$results"/*; do
  IFS=$'\t' read -r cat reason < "$f"
  name=$(basename "$f")
  if [ -n "${why[$name]:-}" ] && { [ "$cat" = fail ] \
       || [ "$cat" = compile-fail ]; }; then
    printf 'DEVIATION: %s: %s (%s: %s)\n' "$name" "${why[$name]}" \
	   "$cat" "$reason"
    cat=deviation
  fi
  n[$cat]=$((${n[$cat]:-0} + 1)); total=$((total + 1))
  case $cat in
    fail|ICE|compile-fail) printf 'FAIL: %s: %s: %s\n' \
			     "$name" "$cat" "$reason" ;;
  esac
done
[ "$total" = ${#tests[@]} ] \
  || echo "torture: only $total results for ${#tests[@]} tests"
echo "torture: scratch dirs of failures are in $runs;" \
     "$(($(date +%s) - start)) s"
echo "torture: ${n[pass]} passed, ${n[fail]} failed, ${n[ICE]} ICE," \
     "${n[compile-fail]} compile-fail, ${n[deviation]} known deviations," \
     "${n[skipped]} skipped, ${n[baseline-fail]} baseline-fail" \
     "(of ${#tests[@]})"
if [ "${n[fail]}" = 0 ] && [ "${n[ICE]}" = 0 ] \
   && [ "${n[compile-fail]}" = 0 ] && [ "${n[pass]}" -ge $min_pass ] \
   && [ "$total" = ${#tests[@]} ]; then
  echo "torture: PASS"; exit 0
fi
echo "torture: FAIL (needs no fail, ICE or compile-fail and" \
     "at least $min_pass passes)"
exit 1
