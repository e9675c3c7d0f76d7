#!/bin/sh
# Fetch KissFFT's source from Debian's source package, once, and print the
# directory holding it.  KissFFT is not part of gearshift: nothing of it
# is committed; bench.sh and live/run.sh call this script.
# Usage: sh examples/kissfft/fetch.sh WORKDIR
# The source goes to WORKDIR/src/kissfft-131.1.0 (apt-get source kissfft;
# its log in WORKDIR/apt.log), by ../lib/fetch-source.sh, which may add
# deb-src entries (needs root): see there.
# Exit status: 0, or 2 with a message on stderr.
set -u
[ $# = 1 ] || { echo "fetch.sh: usage: fetch.sh WORKDIR" >&2; exit 2; }
exec sh "$(dirname "$0")/../lib/fetch-source.sh" "$1" kissfft 131.1.0 \
  kiss_fft.c
