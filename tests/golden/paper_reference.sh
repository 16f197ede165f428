#!/usr/bin/env bash
# Generates the PyTorch reference (exit 77 = skipped when torch is missing) and checks the golden
# model's paper arithmetic against it.
set -u
checker=$1
out=$2
/usr/bin/python3 "$(dirname "$0")/../../scripts/lbt_reference.py" --out "$out" || exit $?
exec "$checker" "$out"
