# Shell functions shared by the differential campaigns, which build
# programs nobody here wrote with and without the plugin and compare
# what they do: torture/run-torture.sh (GCC's torture suite) and
# csmith/run-csmith.sh (random programs).  Sourced by bash scripts.
# Copyright (C) 2026 The gearshift developers.
# This file is part of gearshift, distributed under the GNU General Public
# License version 3 or later; see COPYING.

# Compile with "$@" into log file LOG, within $cc_timeout seconds; echo
# ok, ice (an internal compiler error, a crash or a time-out of the
# compiler) or fail.
compile () {
  local log=$1 st; shift
  timeout -k 5 "$cc_timeout" "$@" > "$log" 2>&1; st=$?
  if [ $st = 124 ] || [ $st -gt 128 ] \
     || grep -q 'internal compiler error' "$log"; then
    [ $st = 124 ] && echo "compiler timed out after ${cc_timeout}s" >> "$log"
    [ $st -gt 128 ] && echo "compiler killed by signal $((st - 128))" >> "$log"
    echo ice
  elif [ $st != 0 ]; then
    echo fail
  else
    echo ok
  fi
}

# The most telling line of compiler log LOG.
first_error () {
  grep -m1 -E 'internal compiler error|error:|killed by|timed out' "$1" \
    || head -n1 "$1"
}

# The gearshift options of the instrumented builds: the plugin, its
# arguments "$@" (KEY=VALUE), -fchecking, the runtime's header and
# library.  Uses $plugin, $include and $libdir.
plugin_flags () {
  local a
  printf '%s\n' -fplugin="$plugin"
  for a in "$@"; do printf '%s\n' "-fplugin-arg-gearshift-$a"; done
  printf '%s\n' -fchecking -I "$include"
}
runtime_libs () {
  printf '%s\n' -L "$libdir" -lgearshift -Wl,-rpath,"$libdir"
}

# The defaults of the options below: the build tree, from its top.
plugin=plugin/gearshift.so
libdir=runtime/.libs
include=runtime/include
cc=gcc
jobs=$(nproc 2>/dev/null || echo 2)

# The options both campaigns take: the build tree ($plugin, $libdir,
# $include), the compiler ($cc), the jobs ($jobs), the scratch dir
# ($work), --help (calls "usage").  Handle "$1" (and "$2"), and set
# $shifts to the number of arguments used, 0 if "$1" is none of them.
common_option () {
  shifts=2
  case $1 in
    --plugin) plugin=${2?} ;;
    --runtime-libdir) libdir=${2?} ;;
    --include) include=${2?} ;;
    --cc) cc=${2?} ;;
    -j) jobs=${2?} ;;
    -j*) jobs=${1#-j}; shifts=1 ;;
    --work) work=${2?} ;;
    --help|-h) usage; exit 0 ;;
    *) shifts=0 ;;
  esac
}

# Check the common options once parsed, "die" if one is wrong, and make
# the paths absolute (the programs run in directories of their own).
check_common_options () {
  [ -f "$plugin" ] || die "no plugin at $plugin (see --help)"
  [ -f "$libdir/libgearshift.so" ] || die "no libgearshift.so in $libdir"
  [ -f "$include/gearshift.h" ] || die "no gearshift.h in $include"
  plugin=$(realpath "$plugin"); libdir=$(realpath "$libdir")
  include=$(realpath "$include")
  case $jobs in ''|*[!0-9]*|0) die "bad job count: $jobs" ;; esac
  mkdir -p "$work" || die "cannot create $work"
  work=$(realpath "$work")
}

# Milliseconds since the epoch.
now_ms () { echo $(($(date +%s%N) / 1000000)); }
