# Shell functions and defaults shared by the scripts that build programs
# with the plugin of a build tree: the differential campaigns
# (differential.sh) and the benchmarks (examples/*/bench.sh).  Sourced by
# bash scripts, which define "usage" and "die" (and set $work's default).
# Copyright (C) 2026 The gearshift developers.
# This file is part of gearshift, distributed under the GNU General Public
# License version 3 or later; see COPYING.

# The plugin's arguments: those of --plugin-arg, then "$@" (each
# KEY=VALUE), one -fplugin-arg-gearshift-KEY=VALUE a line.  The plugin
# takes the last value of a key: a script's own choices ("$@") win.
plugin_arg_flags () {
  local a
  for a in ${plugin_args[@]+"${plugin_args[@]}"} "$@"; do
    printf '%s\n' "-fplugin-arg-gearshift-$a"
  done
}

# The gearshift options of the instrumented builds: the plugin, its
# arguments (plugin_arg_flags "$@"), -fchecking, the runtime's header and
# library.  Uses $plugin, $include and $libdir.
plugin_flags () {
  printf '%s\n' -fplugin="$plugin"
  plugin_arg_flags "$@"
  printf '%s\n' -fchecking -I "$include"
}
# The link options of a program linked with the runtime in $libdir: the
# library, and the other flags that the build tree's gearshift.pc gives
# (configure's GS_LINK_FLAGS), when $libdir is runtime/.libs of a build
# tree; then the run-time path.
runtime_libs () {
  local pc=$libdir/../gearshift.pc f
  printf '%s\n' -L "$libdir" -lgearshift
  if [ -f "$pc" ]; then
    for f in $(sed -n 's/^Libs: *//p' "$pc"); do
      case $f in -L*|-l*) ;; *) printf '%s\n' "$f" ;; esac
    done
  fi
  printf '%s\n' -Wl,-rpath,"$libdir"
}

# The defaults of the options below: the build tree, from its top.
plugin=plugin/gearshift.so
libdir=runtime/.libs
include=runtime/include
cc=gcc
jobs=$(nproc 2>/dev/null || echo 2)
plugin_args=()

# The options every such script takes: the build tree ($plugin,
# $libdir, $include), the plugin's arguments ($plugin_args, KEY=VALUE,
# repeatable), the compiler ($cc), the jobs ($jobs), the scratch
# dir ($work), --help (calls "usage").  Handle "$1" (and "$2"), and set
# $shifts to the number of arguments used, 0 if "$1" is none of them.
common_option () {
  shifts=2
  case $1 in
    --plugin) plugin=${2?} ;;
    --runtime-libdir) libdir=${2?} ;;
    --include) include=${2?} ;;
    --plugin-arg) plugin_args+=("${2?}") ;;
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
  command -v "$cc" > /dev/null || die "no compiler $cc"
  plugin=$(realpath "$plugin"); libdir=$(realpath "$libdir")
  include=$(realpath "$include")
  case $jobs in ''|*[!0-9]*|0) die "bad job count: $jobs" ;; esac
  mkdir -p "$work" || die "cannot create $work"
  work=$(realpath "$work")
}

