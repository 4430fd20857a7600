#!/usr/bin/env bash
# Builds a small example class from the bundled submissions into $1 (one student per file or folder):
# correct work, catalogued mistakes, a time-out, a file that does not load, a crash in a call, a student
# with two scripts (a submission problem) and a name that must be escaped in HTML.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: scripts/class-example.sh DIR}"
mkdir -p "$out"
s="$root/submissions"
cp "$s/python/correct.py" "$out/ada.py"
cp "$s/python/correct_styles.py" "$out/grace.py"
cp "$s/notebook/correct.ipynb" "$out/katherine.ipynb"
cp "$s/python/mistakes/transposed_draw.py" "$out/alan.py"
cp "$s/python/mistakes/fan_out.py" "$out/barbara.py"
cp "$s/python/mistakes/int_dtype.py" "$out/edsger.py"
cp "$s/python/mistakes/seed_in_loop.py" "$out/donald.py"
cp "$s/python/mistakes/transposed_draw.py" "$out/<b>mallory<-b>.py"
cp "$s/broken/infinite_loop.py" "$out/linus.py"
cp "$s/broken/syntax_error.py" "$out/ken.py"
cp "$s/broken/exception.py" "$out/dennis.py"
mkdir -p "$out/margaret"
cp "$s/python/correct.py" "$out/margaret/a.py"
cp "$s/python/mistakes/no_seed.py" "$out/margaret/b.py"
