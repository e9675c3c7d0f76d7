#!/bin/sh
# Fetch a Debian source package, once, and print the directory holding
# it.  Code that is not gearshift's is never committed: the examples that
# build some (kissfft/, realcode/) fetch it with this script at run time.
# Usage: sh examples/lib/fetch-source.sh WORKDIR PACKAGE VERSION-PREFIX CHECKFILE
# e.g.   sh examples/lib/fetch-source.sh /tmp/w zlib 1:1.2.13 zlib.h
# The source goes to WORKDIR/src/DIR, DIR being the name dpkg-source
# gives it (PACKAGE-UPSTREAMVERSION, e.g. zlib-1.2.13.dfsg), which must
# hold the file CHECKFILE; apt-get's log goes to WORKDIR/apt.log.  One
# package a WORKDIR: the next call finds WORKDIR/src/.fetched and fetches
# nothing.
# The version fetched is the newest source version apt knows whose
# Debian version (epoch included) starts with VERSION-PREFIX (or is
# VERSION-PREFIX less its last character when that is "$": "1.6.18-1$"
# is 1.6.18-1, not 1.6.18-1+deb12u1), or the
# next one when its download fails (a security archive may be out of
# reach); when none is found, whatever "apt-get source PACKAGE" fetches,
# with a warning.
# When no deb-src entry is configured, the machine's "deb" entries are
# mirrored as deb-src in files of their own,
# /etc/apt/sources.list.d/gearshift-deb-src.sources (deb822 entries) and
# .list (one-line entries) (needs root); dpkg-dev is installed when
# dpkg-source is missing.
# Exit status: 0, or 2 with a message on stderr.
set -u
die () { echo "fetch-source.sh: $*" >&2; exit 2; }

[ $# = 4 ] \
  || die "usage: fetch-source.sh WORKDIR PACKAGE VERSION-PREFIX CHECKFILE"
package=$2
prefix=$3
check=$4
log () { echo "$package: $*" >&2; }

# The directory under $work/src holding $check, if any.
source_dir () {
  for d in "$work"/src/*/; do
    [ -f "$d$check" ] && { echo "${d%/}"; return 0; }
  done
  return 1
}

mkdir -p "$1" || die "cannot create $1"
work=$(cd "$1" && pwd)
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
      { echo "# Added by gearshift examples/lib/fetch-source.sh for apt-get source."
        cat "$work/deb-src.$f"; } > "$d/gearshift-deb-src.$f" \
        || die "cannot write $d/gearshift-deb-src.$f (run as root, or add a deb-src entry)"
    done
    [ -n "$found" ] || die "no 'deb' entry in /etc/apt to mirror as deb-src"
    log "apt-get update"
    apt-get update -q >> "$apt" 2>&1 || die "apt-get update failed (see $apt)"
  fi
  # The versions starting with $prefix, newest first.  ("apt-get source
  # P=V" wants V whole: it has no wildcards.)
  versions=$(apt-cache showsrc "$package" 2>> "$apt" \
	       | sed -n 's/^Version: *//p' | sort -u \
	       | while read -r v; do
		   case $prefix in
		     *'$') [ "$v" != "${prefix%?}" ] || echo "$v" ;;
		     *) case $v in "$prefix"*) echo "$v" ;; esac ;;
		   esac
		 done)
  sorted=
  while [ -n "$versions" ]; do
    best=
    for v in $versions; do
      if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then
	best=$v
      fi
    done
    sorted="$sorted $best"
    versions=$(for v in $versions; do [ "$v" = "$best" ] || echo "$v"; done)
  done
  log "fetching Debian's $package source package"
  rm -rf "$work/src"; mkdir -p "$work/src"
  fetched=
  for v in $sorted; do
    if ( cd "$work/src" && apt-get source -q "$package=$v" ) >> "$apt" 2>&1
    then
      fetched=1; break
    fi
    log "cannot fetch $package $v, trying an older version"
    rm -rf "$work/src"; mkdir -p "$work/src"
  done
  if [ -z "$fetched" ]; then
    log "warning: no version $prefix* fetched; fetching apt's default"
    ( cd "$work/src" && apt-get source -q "$package" ) >> "$apt" 2>&1 \
      || die "apt-get source $package failed (see $apt)"
  fi
  source_dir > /dev/null \
    || die "no $check in $work/src/*/ after apt-get source $package"
  touch "$work/src/.fetched"
fi
source_dir || die "no $check in $work/src/*/ (remove $work/src and retry)"
