#!/bin/sh
# Set up, build and run the demo (a fresh Debian 12 machine is enough):
# a KissFFT spectrum analyser updated live to a new version while it
# runs, examples/kissfft/live/.  Arguments go to its run.sh (--out DIR,
# --iterations N).  The smaller demo of examples/demo/ runs with
# "sh examples/demo/run.sh" once this has built the tree.
set -e
cd "$(dirname "$0")/.."
sh tools/setup.sh
exec sh examples/kissfft/live/run.sh "$@"
