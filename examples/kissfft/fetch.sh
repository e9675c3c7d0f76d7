#!/bin/sh
# Fetch KissFFT's source from Debian's source package, once, and print the
# directory holding it.  KissFFT is not part of gearshift: nothing of it
# is committed; bench.sh and live/run.sh call this script.
# Usage: sh examples/kissfft/fetch.sh WORKDIR
# The source goes to WORKDIR/src/kissfft-131.1.0 (apt-get source kissfft;
# its log in WORKDIR/apt.log).  When no deb-src entry is configured, one
# is added in a file of its own,
# /etc/apt/sources.list.d/gearshift-deb-src.sources, mirroring the
# machine's deb822 "Types: deb" entries (needs root); dpkg-dev is
# installed when dpkg-source is missing.
# Exit status: 0, or 2 with a message on stderr.
set -u
die () { echo "fetch.sh: $*" >&2; exit 2; }
log () { echo "kissfft: $*" >&2; }

[ $# = 1 ] || die "usage: fetch.sh WORKDIR"
version=131.1.0
mkdir -p "$1" || die "cannot create $1"
work=$(cd "$1" && pwd)
src=$work/src/kissfft-$version
if [ ! -f "$work/src/.fetched" ]; then
  apt=$work/apt.log
  : > "$apt"
  if ! command -v dpkg-source > /dev/null; then
    log "installing dpkg-dev (for dpkg-source)"
    apt-get install -y -q dpkg-dev >> "$apt" 2>&1 \
      || die "cannot install dpkg-dev (see $apt)"
  fi
  if ! grep -qsE '^[[:space:]]*(Types:.*deb-src|deb-src[[:space:]])' \
       /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
       /etc/apt/sources.list.d/*.sources; then
    list=/etc/apt/sources.list.d/gearshift-deb-src.sources
    log "adding deb-src entries in $list"
    # Each enabled "Types: deb" stanza again, as deb-src.
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         /(^|\n)Types:[^\n]*(^|[ \t])deb([ \t]|\n|$)/ &&
         !/(^|\n)Enabled:[ \t]*no/ {
           out = "";
           n = split($0, line, "\n");
           for (i = 1; i <= n; i++) {
             if (line[i] ~ /^#/) continue;
             if (line[i] ~ /^Types:/) line[i] = "Types: deb-src";
             out = out line[i] "\n";
           }
           printf "%s\n", out;
         }' /etc/apt/sources.list.d/*.sources > "$work/deb-src.sources" \
      2> /dev/null
    grep -q 'Types: deb-src' "$work/deb-src.sources" \
      || die "no deb822 'Types: deb' entry in /etc/apt/sources.list.d to mirror"
    { echo "# Added by gearshift examples/kissfft/fetch.sh for apt-get source kissfft."
      cat "$work/deb-src.sources"; } > "$list" \
      || die "cannot write $list (run as root, or add a deb-src entry)"
    log "apt-get update"
    apt-get update -q >> "$apt" 2>&1 || die "apt-get update failed (see $apt)"
  fi
  log "fetching Debian's kissfft source package"
  rm -rf "$work/src"; mkdir -p "$work/src"
  ( cd "$work/src" && apt-get source -q "kissfft=$version*" ) >> "$apt" 2>&1 \
    || ( cd "$work/src" && apt-get source -q kissfft ) >> "$apt" 2>&1 \
    || die "apt-get source kissfft failed (see $apt)"
  [ -f "$src/kiss_fft.c" ] || die "no $src/kiss_fft.c after apt-get source"
  touch "$work/src/.fetched"
fi
echo "$src"
