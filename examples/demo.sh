#!/bin/sh
# Set up, build and run the live-update demo (a fresh Debian 12 machine is
# enough).  The demo itself is examples/demo/.
set -e
cd "$(dirname "$0")/.."
sh tools/setup.sh
if [ -f examples/demo/run.sh ]; then
  exec sh examples/demo/run.sh
fi
exec make -C examples/demo run
