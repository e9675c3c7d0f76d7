#!/bin/sh
# Generate configure and the Makefile.in files from a fresh checkout
# (they are not kept in git).  Then: ./configure && make.
set -e
cd "$(dirname "$0")"
autoreconf --force --install
