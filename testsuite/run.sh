#!/bin/sh
# Set up, build and run the test suite (a fresh Debian 12 machine is
# enough).  Results: testsuite/gearshift.sum and testsuite/gearshift.log.
set -e
cd "$(dirname "$0")/.."
sh tools/setup.sh
exec make check
