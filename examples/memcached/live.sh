#!/usr/bin/env bash
# memcached, live-updated under load to its Debian security release.
# Version 1 is memcached 1.6.18-1 as Debian 12 ships its source, built by
# its own configure (Debian's options: --enable-sasl --enable-tls) and
# make with CC=gearshift-gcc; version 2 is the security release
# 1.6.18-1+deb12u1, built the same way by "gearshift build -o
# memcached-v2.so --program memcached -- make memcached".  memcached runs
# with 4 worker threads (-t 4), each in a libevent loop, besides its
# listener and background threads; load.c drives it (CONNS connections,
# each setting and getting keys of its own and checking every reply)
# for SECONDS seconds, and "gearshift update PID memcached-v2.so" comes
# 1.5 s in.  Checks: the update succeeded, no request failed, no
# connection dropped, every key written reads back; the script prints the
# update's outcome and the latency of each second of the load.
# Usage: examples/memcached/live.sh [--conns N] [--seconds S] [--out DIR]
#          [--make-test] [BUILDDIR]
#   BUILDDIR    a built gearshift tree (default: the source tree)
#   --conns     connections of the load (default 8)
#   --seconds   length of the load (default 4)
#   --out       where the builds and outputs go (default
#               $TMPDIR/gearshift-memcached; kept)
#   --make-test first run memcached's own test suite ("make test", TLS
#               tests included: about 8 minutes) on version 1 built with
#               the plugin; it must pass
# The sources are fetched once with examples/lib/fetch-source.sh (root
# the first time); libevent-dev, libsasl2-dev, libssl-dev, pkg-config and
# make are installed when missing.  The builds take about a minute on 2
# cores.
# Exit status: 0 when the update happened and every check passed.
set -euo pipefail
die () { echo "live-memcached: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
work=${TMPDIR:-/tmp}/gearshift-memcached
out=$work/live
conns=8
seconds=4
make_test=
while [ $# -gt 0 ]; do
  case $1 in
    --make-test) make_test=1; shift ;;
    --conns) conns=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -*) sed -n '/^# Usage/,/^# Exit/p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2 ;;
    *) break ;;
  esac
done
build=$(cd "${1:-$src}" && pwd)
[ -f "$build/plugin/gearshift.so" ] \
  || die "no plugin in $build (build first)"
missing=
for p in libevent-dev libsasl2-dev libssl-dev pkg-config make \
	 ${make_test:+libio-socket-ssl-perl}; do
  dpkg -s "$p" > /dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  [ "$(id -u)" = 0 ] || die "missing:$missing (apt-get install$missing)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing > /dev/null \
    || die "cannot install$missing"
fi

v1=$(sh "$src/examples/lib/fetch-source.sh" "$work/v1" memcached \
       '1.6.18-1$' memcached.c) || exit 1
v2=$(sh "$src/examples/lib/fetch-source.sh" "$work/v2" memcached \
       '1.6.18-1+deb12u1' memcached.c) || exit 1
grep -q 'deb12u1' "$v2/debian/changelog" \
  || die "version 2 is not the security release"

export GEARSHIFT_GCC_PLUGIN="$build/plugin/gearshift.so" \
  GEARSHIFT_GCC_INCLUDEDIR="$src/runtime/include" \
  GEARSHIFT_GCC_LIBDIR="$build/runtime/.libs"
driver="$build/tools/gearshift-gcc"
conf="--enable-sasl --enable-tls"
rm -rf "$out"; mkdir -p "$out"
cp -a "$v1" "$out/v1src"
cp -a "$v2" "$out/v2src"
echo "== building 1.6.18-1: CC=gearshift-gcc ./configure $conf && make memcached"
echo "   and 1.6.18-1+deb12u1: gearshift build -o memcached-v2.so --program memcached -- make memcached"
start=$(date +%s)
( cd "$out/v1src" && CC=$driver ./configure $conf && make memcached ) \
  > "$out/build-v1.log" 2>&1 &
b1=$!
( cd "$out/v2src" && CC=$driver ./configure $conf \
    && "$build/tools/gearshift" build -o ../memcached-v2.so \
	 --program memcached -- make memcached ) > "$out/build-v2.log" 2>&1 &
b2=$!
wait $b1 || die "cannot build version 1 (see $out/build-v1.log)"
wait $b2 || die "cannot build version 2 (see $out/build-v2.log)"
gcc -O2 -pthread -o "$out/load" "$here/load.c" \
  || die "cannot build the load"
echo "   built in $(( $(date +%s) - start )) s"
if [ -n "$make_test" ]; then
  echo "== memcached's own tests (make test) on 1.6.18-1 built with the plugin"
  # Debian's rules leave out the whitespace test (it fails in a checkout);
  # the tests need the helpers that "make" builds (timedrun).
  rm -f "$out/v1src/t/whitespace.t"
  ( cd "$out/v1src" && make && make test ) > "$out/make-test.log" 2>&1 \
    || die "make test failed (see $out/make-test.log)"
  grep -E '^(Files=|Result:)' "$out/make-test.log" | sed 's/^/   /'
fi
"$build/tools/gearshift" check "$out/v1src/memcached" "$out/memcached-v2.so" \
  > "$out/check.txt" || die "gearshift check refuses (see $out/check.txt)"
grep '^check: [0-9]* globals' "$out/check.txt" | sed 's/^/   /'

echo "== memcached 1.6.18-1, 4 worker threads, under load ($conns connections, $seconds s)"
port=$(( 20000 + $$ % 10000 ))
"$out/v1src/memcached" -t 4 -p "$port" -U 0 -l 127.0.0.1 \
  $( [ "$(id -u)" = 0 ] && echo -u root ) > "$out/memcached.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 100); do
  (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break
  sleep 0.05
done
"$out/load" "$port" "$conns" "$seconds" > "$out/load.txt" 2>&1 &
load=$!
sleep 1.5
"$build/tools/gearshift" update "$server" "$out/memcached-v2.so" \
  > "$out/update.txt" 2>&1 || true
loadstatus=0
wait $load || loadstatus=$?
sed 's/^/   $ gearshift update PID memcached-v2.so: /' "$out/update.txt" \
  | fold -w 100 -s
sed 's/^/   load: /' "$out/load.txt"

echo "== checks"
fail=0
check () { # WHAT COMMAND...
  local what=$1; shift
  if "$@"; then echo "   ok: $what"; else echo "   FAILED: $what"; fail=1; fi
}
check "the update to the security release happened" \
  grep -q '^updated pid' "$out/update.txt"
check "no request failed, no connection dropped, every key reads back" \
  test "$loadstatus" = 0
check "memcached still runs" kill -0 "$server"
[ "$fail" = 0 ] || exit 1
echo "live-memcached: ok (the builds and outputs are in $out)"
