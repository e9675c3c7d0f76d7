#!/usr/bin/env bash
# memcached, live-updated under load to its Debian security release.
# Version 1 is memcached 1.6.18-1 as Debian 12 ships its source, built by
# its own configure and make with CC=gearshift-gcc; version 2 is the
# security release 1.6.18-1+deb12u1, built the same way by "gearshift
# build -o memcached-v2.so --program memcached -- make memcached".  The
# configure options are Debian's (--enable-sasl --enable-tls) plus
# --enable-sasl-pwdb: the release fixes the password check of
# memcached's own password file, sasl_server_userdb_checkpass, which
# Debian's build leaves out.
#
# 1. Under load: memcached runs with 4 worker threads (-t 4), each in a
#    libevent loop, besides its listener and background threads; load.c
#    drives it (CONNS connections, each setting and getting keys of its
#    own and checking every reply) for SECONDS seconds, and "gearshift
#    update PID memcached-v2.so" comes 1.5 s in.  Checks: the update
#    succeeded, no request failed, no connection dropped, every key
#    written reads back; prints the update's outcome and the latency of
#    each second of the load.
# 2. SASL: memcached with -S -t 4 and a password file that names a user
#    twice; the SASL library holds the password check as a callback and
#    calls it through its pointer.  Version 1 stops at the user's first
#    line, the security release reads them all: sasl-probe.c
#    authenticates with the second line's password, refused before the
#    update and accepted after it, so the callback runs the new code.
# Usage: examples/memcached/live.sh [--conns N] [--seconds S] [--out DIR]
#          [--bench ROUNDS] [--make-test] [BUILDDIR]
#   BUILDDIR    a built gearshift tree (default: the source tree)
#   --conns     connections of the load (default 8)
#   --seconds   length of the load (default 4)
#   --out       where the builds and outputs go (default
#               $TMPDIR/gearshift-memcached/live; kept)
#   --bench     also build version 1 without the plugin and compare the
#               two under the same load: ROUNDS interleaved rounds of
#               SECONDS each (medians of requests per second and of the
#               rounds' p50 and p99 latency), then callgrind's
#               instructions per request of each, counted from the first
#               request to the last (valgrind is installed when missing)
#   --make-test first run memcached's own test suite ("make test", TLS
#               tests included: about 8 minutes) on version 1 built with
#               the plugin, then again with GEARSHIFT_STRESS=1000 for
#               every server the tests start (an in-place update of
#               each thread every millisecond); both must pass
# The sources are fetched once with examples/lib/fetch-source.sh (root
# the first time); libevent-dev, libsasl2-dev, libsasl2-modules,
# libssl-dev, pkg-config and make are installed when missing.  The builds
# take about a minute on 2 cores.
# Exit status: 0 when the updates happened and every check passed.
set -euo pipefail
die () { echo "live-memcached: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
work=${TMPDIR:-/tmp}/gearshift-memcached
out=$work/live
conns=8
seconds=4
make_test=
bench=
while [ $# -gt 0 ]; do
  case $1 in
    --make-test) make_test=1; shift ;;
    --bench) bench=$2; shift 2 ;;
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
for p in libevent-dev libsasl2-dev libsasl2-modules libssl-dev pkg-config \
	 make ${make_test:+libio-socket-ssl-perl} ${bench:+valgrind}; do
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
conf="--enable-sasl --enable-tls --enable-sasl-pwdb"
rm -rf "$out"; mkdir -p "$out"
cp -a "$v1" "$out/v1src"
cp -a "$v2" "$out/v2src"
[ -n "$bench" ] && cp -a "$v1" "$out/plainsrc"
echo "== building 1.6.18-1: CC=gearshift-gcc ./configure $conf && make memcached"
echo "   and 1.6.18-1+deb12u1: gearshift build -o memcached-v2.so --program memcached -- make memcached"
[ -n "$bench" ] && echo "   and 1.6.18-1 without the plugin: ./configure $conf && make memcached"
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
if [ -n "$bench" ]; then
  ( cd "$out/plainsrc" && ./configure $conf && make memcached ) \
    > "$out/build-plain.log" 2>&1 \
    || die "cannot build version 1 without the plugin (see $out/build-plain.log)"
fi
gcc -O2 -pthread -o "$out/load" "$here/load.c" \
  || die "cannot build the load"
gcc -O2 -o "$out/sasl-probe" "$here/sasl-probe.c" \
  || die "cannot build sasl-probe"
echo "   built in $(( $(date +%s) - start )) s"
if [ -n "$make_test" ]; then
  echo "== memcached's own tests (make test) on 1.6.18-1 built with the plugin"
  rm -f "$out/v1src/t/whitespace.t"
  ( cd "$out/v1src" && make && make test ) > "$out/make-test.log" 2>&1 \
    || die "make test failed (see $out/make-test.log)"
  grep -E '^(Files=|Result:)' "$out/make-test.log" | sed 's/^/   /'
  echo "== and again, every server under GEARSHIFT_STRESS=1000"
  ( cd "$out/v1src" && GEARSHIFT_STRESS=1000 make test ) \
    > "$out/make-test-stress.log" 2>&1 \
    || die "make test under GEARSHIFT_STRESS failed (see $out/make-test-stress.log)"
  grep -E '^(Files=|Result:)' "$out/make-test-stress.log" | sed 's/^/   /'
fi
"$build/tools/gearshift" check "$out/v1src/memcached" "$out/memcached-v2.so" \
  > "$out/check.txt" || die "gearshift check refuses (see $out/check.txt)"
grep '^check: [0-9]* globals' "$out/check.txt" | sed 's/^/   /'

root=$( [ "$(id -u)" = 0 ] && echo -u root || true)
server=
trap '[ -z "$server" ] || kill $server 2> /dev/null || true' EXIT
# start_server PORT LOG COMMAND...: run COMMAND as $server, wait for PORT.
start_server () {
  local port=$1 log=$2; shift 2
  "$@" -p "$port" -U 0 -l 127.0.0.1 $root > "$log" 2>&1 &
  server=$!
  for _ in $(seq 600); do
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && return 0
    sleep 0.05
  done
  die "memcached does not listen on $port (see $log)"
}
stop_server () {
  kill "$server" 2> /dev/null || true
  wait "$server" 2> /dev/null || true
  server=
}
port=$(( 20000 + $$ % 10000 ))

fail=0
check () { # WHAT COMMAND...
  local what=$1; shift
  if "$@"; then echo "   ok: $what"; else echo "   FAILED: $what"; fail=1; fi
}

echo "== memcached 1.6.18-1, 4 worker threads, under load ($conns connections, $seconds s)"
start_server "$port" "$out/memcached.log" "$out/v1src/memcached" -t 4
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
check "the update to the security release happened" \
  grep -q '^updated pid' "$out/update.txt"
check "no request failed, no connection dropped, every key reads back" \
  test "$loadstatus" = 0
check "memcached still runs" kill -0 "$server"
stop_server

echo "== SASL: memcached 1.6.18-1 -S -t 4, a password file naming alice twice"
mkdir -p "$out/sasl"
printf 'mech_list: plain\n' > "$out/sasl/memcached.conf"
# The realm in the name, or SASL adds the host's.
printf 'alice@gearshift:first-password\nalice@gearshift:second-password\n' \
  > "$out/sasl/pwdb"
probe () { # PASSWORD: accepted or refused
  "$out/sasl-probe" "$port" alice@gearshift "$1" 2> "$out/sasl/probe.err" \
    || true
}
SASL_CONF_PATH=$out/sasl MEMCACHED_SASL_PWDB=$out/sasl/pwdb \
  start_server "$port" "$out/memcached-sasl.log" "$out/v1src/memcached" \
	       -S -t 4
before1=$(probe first-password); before2=$(probe second-password)
echo "   before the update: first line's password $before1, second line's $before2"
"$build/tools/gearshift" update "$server" "$out/memcached-v2.so" \
  > "$out/update-sasl.txt" 2>&1 || true
sed 's/^/   $ gearshift update PID memcached-v2.so: /' "$out/update-sasl.txt" \
  | fold -w 100 -s
after1=$(probe first-password); after2=$(probe second-password)
wrong=$(probe wrong-password)
echo "   after the update: first line's password $after1, second line's $after2, a wrong one $wrong"
check "the update of the SASL server happened" \
  grep -q '^updated pid' "$out/update-sasl.txt"
check "version 1 reads only the first line (before: accepted, refused)" \
  test "$before1 $before2" = "accepted refused"
check "the SASL library's callback runs the security release (after: accepted, accepted, refused)" \
  test "$after1 $after2 $wrong" = "accepted accepted refused"
stop_server
[ "$fail" = 0 ] || exit 1

if [ -n "$bench" ]; then
  echo "== overhead: 1.6.18-1 built with the plugin against without, the same load ($conns connections, $seconds s), $bench interleaved rounds"
  for r in $(seq "$bench"); do
    for b in plain v1; do
      start_server "$port" "$out/bench-$b-$r.log" "$out/${b}src/memcached" -t 4
      "$out/load" "$port" "$conns" "$seconds" > "$out/bench-$b-$r.txt" 2>&1 \
	|| die "the load failed on the $b build (see $out/bench-$b-$r.txt)"
      stop_server
    done
  done
  # Requests per second, p50 and p99 of each round, then their medians.
  summary () { # BUILD
    for r in $(seq "$bench"); do
      awk -v s="$seconds" '/^requests /{ sub(",", "", $2); n = $2 }
	/^all: /{ p50 = $3; p99 = $6 }
	END { printf "%.0f %s %s\n", n / s, p50, p99 }' "$out/bench-$1-$r.txt"
    done > "$out/bench-$1.rounds"
    for k in 1 2 3; do
      cut -d' ' -f$k "$out/bench-$1.rounds" | sort -n \
	| awk '{ v[NR] = $1 } END { printf "%s ", v[int((NR + 1) / 2)] }'
    done
  }
  read -r pr p50 p99 <<< "$(summary plain)"
  read -r gr g50 g99 <<< "$(summary v1)"
  printf '   %-8s %12s %8s %8s\n' build "requests/s" "p50 us" "p99 us"
  printf '   %-8s %12s %8s %8s\n' plain "$pr" "$p50" "$p99" plugin "$gr" "$g50" "$g99"
  awk -v a="$gr" -v b="$pr" -v c="$g50" -v d="$p50" -v e="$g99" -v f="$p99" \
    'BEGIN { printf "   ratio    %12.3f %8.3f %8.3f (plugin / plain)\n", a / b, c / d, e / f }'
  echo "== instructions per request (callgrind, from the first request to the last, $conns connections, $seconds s)"
  # memcached sets its limit of open files to its connections (-c);
  # under valgrind, which keeps 12 of them, only to the limit it was
  # started with less 12.
  for b in plain v1; do
    start_server "$port" "$out/callgrind-$b.log" \
      bash -c 'ulimit -n 1024 && exec "$@"' valgrind valgrind \
      --tool=callgrind --callgrind-out-file="$out/callgrind-$b.out" \
      "$out/${b}src/memcached" -t 4 -c 1012
    callgrind_control -z "$server" > /dev/null 2>&1
    "$out/load" "$port" "$conns" "$seconds" > "$out/callgrind-$b.txt" 2>&1 \
      || die "the load failed under callgrind (see $out/callgrind-$b.txt)"
    callgrind_control -d "$server" > /dev/null 2>&1
    stop_server
    ir=$(cat "$out"/callgrind-$b.out.* 2> /dev/null \
	   | awk '/^summary:/{ s += $2 } END { print s + 0 }')
    n=$(awk '/^requests /{ sub(",", "", $2); print $2 }' "$out/callgrind-$b.txt")
    echo "$b $ir $n" >> "$out/callgrind.txt"
  done
  awk '{ ir[$1] = $2 / $3; printf "   %-8s %12.0f instructions per request (%d requests)\n", ($1 == "v1" ? "plugin" : $1), ir[$1], $3 }
    END { printf "   ratio    %12.3f (plugin / plain)\n", ir["v1"] / ir["plain"] }' \
    "$out/callgrind.txt"
fi
echo "live-memcached: ok (the builds and outputs are in $out)"
