#!/bin/sh
# Fetch KissFFT's source from Debian's source package, once, and print the
# directory holding it.  KissFFT is not part of gearshift: nothing of it
# is committed; bench.sh and live/run.sh call this script.
# Usage: sh examples/kissfft/fetch.sh WORKDIR
# The source goes to WORKDIR/src/kissfft-131.1.0 (apt-get source kissfft;
# its log in WORKDIR/apt.log).  When no deb-src entry is configured, the
# machine's "deb" entries are mirrored as deb-src in files of their own,
# /etc/apt/sources.list.d/gearshift-deb-src.sources (deb822 entries) and
# .list (one-line entries) (needs root); dpkg-dev is installed when
# dpkg-source is missing.
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
    # Each enabled deb822 "Types: deb" stanza again, as deb-src; and each
    # one-line "deb" entry (a debootstrap system has only those).
    d=/etc/apt/sources.list.d
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
         }' $d/*.sources > "$work/deb-src.sources" 2> /dev/null
    sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' /etc/apt/sources.list \
      $d/*.list > "$work/deb-src.list" 2> /dev/null
    found=
    for f in sources list; do
      [ -s "$work/deb-src.$f" ] || continue
      found=1
      log "adding deb-src entries in $d/gearshift-deb-src.$f"
      { echo "# Added by gearshift examples/kissfft/fetch.sh for apt-get source kissfft."
        cat "$work/deb-src.$f"; } > "$d/gearshift-deb-src.$f" \
        || die "cannot write $d/gearshift-deb-src.$f (run as root, or add a deb-src entry)"
    done
    [ -n "$found" ] || die "no 'deb' entry in /etc/apt to mirror as deb-src"
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
