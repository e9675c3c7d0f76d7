#!/usr/bin/env bash
# SQLite's shell, live-updated in the middle of a long query while it
# holds an on-disk database, an uncommitted transaction and a temp table.
# Version 1 is SQLite 3.40.1 as Debian 12 ships its source, built by
# SQLite's own configure and make with CC=gearshift-gcc (--disable-shared:
# the shell and the library in one program); version 2 is the same tree
# with two changes, the version (3.40.9, the constant sqlite3_version[])
# and the body of the SQL function sqlite_source_id(), built by the same
# configure and "gearshift build -o sqlite3-v2.so --program sqlite3 --
# make sqlite3".  The shell runs a script: before the update, window
# functions (lag, lead, ntile); then a long query, during which "gearshift
# update PID sqlite3-v2.so" comes; after it, the window functions again,
# the temp table, COMMIT, ATTACH of a new file, VACUUM INTO.  SQLite
# recognises its built-in window functions and its VFS back-end by
# comparing addresses of its constants ("pFunc->zName == lagName",
# "pMethods == &posixIoMethods"), which v1 stored at start-up: they must
# still compare equal in v2.  Every result must be what the same script
# gives run by version 1 built without the plugin (the version line
# after the update excepted, which must be v2's), and the files written
# after the update must read back right.
# Usage: examples/realcode/live-sqlite.sh [--rows N] [--out DIR] [BUILDDIR]
#   BUILDDIR  a built gearshift tree (default: the source tree)
#   --rows    rows of the long query (default 30000000, about 9 s
#             instrumented; the update comes 1 s into it)
#   --out     where the builds and outputs go (default
#             $TMPDIR/gearshift-realcode/live-sqlite; kept)
# SQLite's source is fetched once, as examples/realcode/bench.sh does
# (needs root the first time: see ../lib/fetch-source.sh); tcl, make and
# autoconf are installed when missing.  The builds take about 4 minutes on 2
# cores.
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
for t in tclsh:tcl make:make autoconf:autoconf; do
  command -v "${t%%:*}" > /dev/null && continue
  [ "$(id -u)" = 0 ] || die "${t%%:*} is missing (apt-get install ${t#*:})"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${t#*:}" \
    > /dev/null || die "cannot install ${t#*:}"
done

sqlite=$(sh "$here/../lib/fetch-source.sh" "$work/sqlite" sqlite3 3.40.1 \
	   test/speedtest1.c) || exit 1

# Version 2: the same tree, two changes: the version (the file VERSION,
# from which configure, which autoconf makes again, and the generated
# sqlite3.h take it: the constant sqlite3_version[]) and the body of the
# SQL function sqlite_source_id().
rm -rf "$out"; mkdir -p "$out"
cp -a "$sqlite" "$out/v1src"
cp -a "$sqlite" "$out/v2src"
echo 3.40.9 > "$out/v2src/VERSION"
sed -i 's/^  sqlite3_result_text(context, sqlite3_sourceid(), -1, SQLITE_STATIC);$/  sqlite3_result_text(context, "gearshift-v2", -1, SQLITE_STATIC);/' \
  "$out/v2src/src/func.c"
grep -q '"gearshift-v2"' "$out/v2src/src/func.c" \
  || die "version 2: the change of sqlite_source_id() did not apply"
# Both configure scripts made by the same autoconf: one of another
# autoconf than SQLite's detects other features (the math functions), and
# the update would rightly be refused (a table of built-in functions of
# another size).
for v in v1src v2src; do
  ( cd "$out/$v" && autoconf ) > "$out/autoconf-$v.log" 2>&1 \
    || die "autoconf failed (see $out/autoconf-$v.log)"
done

# Both built by SQLite's own configure and make, with gearshift-gcc as
# CC (static library: the update object is the shell and the library);
# version 2 by gearshift build.  The build tree's plugin and runtime.
export GEARSHIFT_GCC_PLUGIN="$build/plugin/gearshift.so" \
  GEARSHIFT_GCC_INCLUDEDIR="$src/runtime/include" \
  GEARSHIFT_GCC_LIBDIR="$build/runtime/.libs"
driver="$build/tools/gearshift-gcc"
conf="--disable-shared --disable-tcl"
echo "== building version 1: CC=gearshift-gcc ./configure $conf && make sqlite3"
echo "   and version 2: gearshift build -o sqlite3-v2.so --program sqlite3 -- make sqlite3"
start=$(date +%s)
( mkdir "$out/b1" && cd "$out/b1" \
    && CC=$driver CFLAGS=-O2 ../v1src/configure $conf && make sqlite3 ) \
  > "$out/build-v1.log" 2>&1 &
v1=$!
( mkdir "$out/b2" && cd "$out/b2" \
    && CC=$driver CFLAGS=-O2 ../v2src/configure $conf \
    && "$build/tools/gearshift" build -o ../sqlite3-v2.so --program sqlite3 \
	 -- make sqlite3 ) > "$out/build-v2.log" 2>&1 &
v2=$!
wait $v1 || die "cannot build version 1 (see $out/build-v1.log)"
wait $v2 || die "cannot build version 2 (see $out/build-v2.log)"
tail -1 "$out/build-v2.log" | sed 's/^/   /'
# The reference: version 1's amalgamation and shell, without the plugin.
( cd "$out/b1" && gcc -O2 -o ../sqlite3-plain shell.c sqlite3.c -lm ) \
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
SELECT sqlite_version(), sqlite_source_id() = 'gearshift-v2';
SELECT id, lag(v) OVER w, lead(v) OVER w, ntile(4) OVER w FROM t
  WHERE id <= 8 WINDOW w AS (ORDER BY id);
.system touch MARKER
.print == a long query, during which the update comes
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<$rows)
  SELECT sum(x) FROM c;
.print == after the update
SELECT sqlite_version(), sqlite_source_id() = 'gearshift-v2';
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
session "$out/live" "$out/b1/sqlite3"
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
	  after && !done { sub(/^3\.40\.1\|0$/, "3.40.9|1"); print; done = 1
			   next }
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
