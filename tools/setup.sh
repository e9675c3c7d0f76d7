#!/bin/sh
# Set up and build gearshift in this checkout, from nothing on Debian 12:
# install the Debian packages the build needs (only those missing), then
# bootstrap, configure and make.  Steps already done are not redone.
# The one place for these steps: examples/demo.sh and testsuite/run.sh
# call it, CI through testsuite/run.sh.  Extra arguments go to configure.
set -e
cd "$(dirname "$0")/.."

packages="gcc g++ make autoconf automake libtool pkg-config dejagnu
          gcc-12-plugin-dev libevent-dev cmake ccache"

missing=
if command -v dpkg-query > /dev/null; then
  for p in $packages; do
    dpkg-query -W -f '${Status}\n' "$p" 2> /dev/null \
      | grep -q '^install ok installed$' || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "setup: installing$missing"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi

[ -x configure ] || ./autogen.sh
[ -f Makefile ] || ./configure "$@"
make -j"$(nproc 2> /dev/null || echo 1)"
