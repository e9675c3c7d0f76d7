#!/usr/bin/env bash
# SQLite's shell, live-updated in the middle of a long query while it
# holds an on-disk database, an uncommitted transaction and a temp table.
# Version 1 is SQLite 3.40.1 as Debian 12 ships it (the amalgamation
# sqlite3.c and shell.c); version 2 is the same with two changes: the
# version constant (sqlite3_version[], "3.40.9") and the body of
# sqlite3_sourceid (another source id).  The shell runs a script: before
# the update, window functions (lag, lead, ntile); then a long query,
# during which "gearshift update PID sqlite3-v2.so" comes; after it, the
# window functions again, the temp table, COMMIT, ATTACH of a new file,
# VACUUM INTO.  SQLite recognises its built-in window functions and its
# VFS back-end by comparing addresses of its constants ("pFunc->zName ==
# lagName", "pMethods == &posixIoMethods"), which v1 stored at start-up:
# they must still compare equal in v2.  Every result must be what the
# same script gives run by version 1 built without the plugin (the
# version lines after the update excepted, which must be v2's), and the
# files written after the update must read back right.
# Usage: examples/realcode/live-sqlite.sh [--rows N] [--out DIR] [BUILDDIR]
#   BUILDDIR  a built gearshift tree (default: the source tree)
#   --rows    rows of the long query (default 30000000, about 9 s
#             instrumented; the update comes 1 s into it)
#   --out     where the builds and outputs go (default
#             $TMPDIR/gearshift-realcode/live-sqlite; kept)
# SQLite's source is fetched once, as examples/realcode/bench.sh does
# (needs root the first time: see ../lib/fetch-source.sh); tcl and make
# are installed when missing.  Three builds of sqlite3.c take about 3
# minutes on 2 cores.
# Exit status: 0 when the update happened and every check passed.
set -euo pipefail
die () { echo "live-sqlite: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
work=${TMPDIR:-/tmp}/gearshift-realcode
out=$work/live-sqlite
rows=30000000
while [ $# -gt 0 ]; do
  case $1 in
    --rows) rows=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -*) sed -n '/^# Usage/,/^# Exit/p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2 ;;
    *) break ;;
  esac
done
build=$(cd "${1:-$src}" && pwd)
[ -f "$build/plugin/gearshift.so" ] \
  || die "no plugin in $build (build first)"
for t in tclsh:tcl make:make; do
  command -v "${t%%:*}" > /dev/null && continue
  [ "$(id -u)" = 0 ] || die "${t%%:*} is missing (apt-get install ${t#*:})"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${t#*:}" \
    > /dev/null || die "cannot install ${t#*:}"
done

# The amalgamation and the shell, made once, where bench.sh makes them.
sqlite=$(sh "$here/../lib/fetch-source.sh" "$work/sqlite" sqlite3 3.40.1 \
	   test/speedtest1.c) || exit 1
gen=$work/sqlite/gen
if [ ! -f "$gen/.made" ]; then
  echo "== making SQLite's amalgamation sqlite3.c"
  rm -rf "$gen"; mkdir -p "$gen"
  ( cd "$gen" && "$sqlite/configure" && make sqlite3.c ) > "$gen/make.log" 2>&1 \
    || die "cannot make sqlite3.c (see $gen/make.log)"
  touch "$gen/.made"
fi
[ -f "$gen/shell.c" ] || ( cd "$gen" && make shell.c ) >> "$gen/make.log" 2>&1 \
  || die "cannot make shell.c (see $gen/make.log)"

# Version 2: the same files under the same names (statics are matched by
# file name), two changes.
rm -rf "$out"; mkdir -p "$out/v1" "$out/v2"
cp "$gen/sqlite3.c" "$gen/sqlite3.h" "$gen/shell.c" "$out/v1/"
cp "$gen/sqlite3.h" "$gen/shell.c" "$out/v2/"
sed -e 's/^#define SQLITE_VERSION        "3\.40\.1"$/#define SQLITE_VERSION        "3.40.9"/' \
    -e 's/^#define SQLITE_SOURCE_ID      "\(.*\)"$/#define SQLITE_SOURCE_ID      "\1 gearshift-v2"/' \
    "$gen/sqlite3.c" > "$out/v2/sqlite3.c"
[ "$(diff "$gen/sqlite3.c" "$out/v2/sqlite3.c" | grep -c '^>')" = 2 ] \
  || die "version 2: the two changes did not apply"

# SQLite's default options, as its own build uses them (thread-safe,
# extensions loadable).
plain="gcc -O2 -I. -I$build/runtime/include"
cc="$plain -fplugin=$build/plugin/gearshift.so"
lflags="-Wl,-z,pack-relative-relocs"
echo "== building version 1 (gcc -O2 -fplugin=gearshift.so), version 2"
echo "   (the same, -fPIC -shared) and version 1 without the plugin"
start=$(date +%s)
( cd "$out/v1" && $cc -c sqlite3.c -o sqlite3.o && $cc -c shell.c -o shell.o \
    && gcc -o ../sqlite3-v1 shell.o sqlite3.o -L"$build/runtime/.libs" \
	   -lgearshift $lflags -Wl,-rpath,"$build/runtime/.libs" -lm ) \
  > "$out/build-v1.log" 2>&1 &
v1=$!
( cd "$out/v2" && $cc -fPIC -c sqlite3.c -o sqlite3.o \
    && $cc -fPIC -c shell.c -o shell.o \
    && gcc -shared -o ../sqlite3-v2.so shell.o sqlite3.o $lflags -lm ) \
  > "$out/build-v2.log" 2>&1 &
v2=$!
wait $v1 || die "cannot build version 1 (see $out/build-v1.log)"
wait $v2 || die "cannot build version 2 (see $out/build-v2.log)"
( cd "$out/v1" && $plain -o ../sqlite3-plain sqlite3.c shell.c -lm ) \
  > "$out/build-plain.log" 2>&1 \
  || die "cannot build the plain shell (see $out/build-plain.log)"
echo "   built in $(( $(date +%s) - start )) s"

# The session.  .system touch MARKER tells this script that the long
# query is about to start.
cat > "$out/script.sql" <<EOF
.bail on
CREATE TABLE t(id INTEGER PRIMARY KEY, grp INT, v INT);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<1000)
  INSERT INTO t SELECT x, x%4, x*7%13 FROM c;
BEGIN;
INSERT INTO t VALUES(100000, 9, 9);
CREATE TEMP TABLE tt AS SELECT 42 AS a;
.print == before the update
SELECT sqlite_version(), substr(sqlite_source_id(), 70);
SELECT id, lag(v) OVER w, lead(v) OVER w, ntile(4) OVER w FROM t
  WHERE id <= 8 WINDOW w AS (ORDER BY id);
.system touch MARKER
.print == a long query, during which the update comes
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<$rows)
  SELECT sum(x) FROM c;
.print == after the update
SELECT sqlite_version(), substr(sqlite_source_id(), 70);
SELECT id, lag(v) OVER w, lead(v) OVER w, ntile(4) OVER w FROM t
  WHERE id <= 8 WINDOW w AS (ORDER BY id);
SELECT grp, count(*), sum(v), group_concat(id % 10, '') FROM t
  WHERE id <= 40 GROUP BY grp;
SELECT a FROM tt;
COMMIT;
ATTACH 'new.db' AS aux;
CREATE TABLE aux.t2(x);
INSERT INTO aux.t2 VALUES(1),(2),(3);
SELECT count(*), sum(x) FROM aux.t2;
DETACH aux;
VACUUM INTO 'copy.db';
SELECT count(*), sum(v) FROM t;
EOF

session () { # DIR SHELL: run the script in DIR with SHELL; its pid in DIR/pid
  rm -rf "$1"; mkdir -p "$1"
  ( cd "$1" && exec "$2" main.db < "$out/script.sql" > out 2> err ) &
  echo $! > "$1/pid"
}

echo "== the reference: version 1 without the plugin"
session "$out/plain" "$out/sqlite3-plain"
wait "$(cat "$out/plain/pid")" || die "the plain shell failed: $(cat "$out/plain/err")"

echo "== the live session: version 1, updated 1 s into the long query"
session "$out/live" "$out/sqlite3-v1"
pid=$(cat "$out/live/pid")
for _ in $(seq 600); do
  [ -f "$out/live/MARKER" ] && break
  kill -0 "$pid" 2> /dev/null || break
  sleep 0.05
done
[ -f "$out/live/MARKER" ] || die "the shell did not reach the long query"
sleep 1
"$build/tools/gearshift" update "$pid" "$out/sqlite3-v2.so" \
  > "$out/update.txt" 2>&1 || { cat "$out/update.txt"; die "the update failed"; }
sed 's/^/   $ gearshift update PID sqlite3-v2.so: /' "$out/update.txt"
wait "$pid" || die "the live shell failed: $(cat "$out/live/err")"

echo "== checks"
fail=0
check () { # WHAT COMMAND...
  local what=$1; shift
  if "$@"; then echo "   ok: $what"; else echo "   FAILED: $what"; fail=1; fi
}
# The plain output, with what version 2 says of itself after the update.
v2=$(awk '/^== after the update/ { after = 1; print; next }
	  after && !done { sub(/^3\.40\.1\|/, "3.40.9|")
			   sub(/$/, " gearshift-v2"); print; done = 1; next }
	  { print }' "$out/plain/out")
check "the update came during the long query (1 s in, it takes longer)" \
  grep -q '^updated pid' "$out/update.txt"
check "every result as version 1 without the plugin computes it, and the
          version lines after the update version 2's" \
  cmp -s <(echo "$v2") "$out/live/out"
check "the shell said nothing on stderr" test ! -s "$out/live/err"
check "copy.db (VACUUM INTO after the update) reads back" \
  test "$("$out/sqlite3-plain" "$out/live/copy.db" 'SELECT count(*), sum(v) FROM t')" = "1001|6015"
check "new.db (ATTACHed after the update) reads back" \
  test "$("$out/sqlite3-plain" "$out/live/new.db" 'SELECT count(*), sum(x) FROM t2')" = "3|6"
check "main.db holds the committed transaction" \
  test "$("$out/sqlite3-plain" "$out/live/main.db" 'SELECT count(*) FROM t WHERE id = 100000')" = "1"
if [ "$fail" = 1 ]; then
  echo "   the live session's output:"; sed 's/^/   | /' "$out/live/out"
  diff <(echo "$v2") "$out/live/out" | sed 's/^/   diff: /'
  exit 1
fi
echo "live-sqlite: ok (the builds and outputs are in $out)"
