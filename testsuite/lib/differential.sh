# Shell functions shared by the differential campaigns, which build
# programs nobody here wrote with and without the plugin and compare
# what they do: torture/run-torture.sh (GCC's torture suite) and
# csmith/run-csmith.sh (random programs).  Sourced by bash scripts.
# Copyright (C) 2026 The gearshift developers.
# This file is part of gearshift, distributed under the GNU General Public
# License version 3 or later; see COPYING.

. "$(dirname "${BASH_SOURCE[0]}")/build-tree.sh"

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

# Milliseconds since the epoch.
now_ms () { echo $(($(date +%s%N) / 1000000)); }
