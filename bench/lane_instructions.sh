#!/usr/bin/env bash
# Instructions a line of the first import's lane costs (decode, check, state, row; no database):
# a count, not a time, so it does not move with what the neighbours on the machine do.
#
#     bash bench/lane_instructions.sh [lines=30000]
#
# Runs the lane over the import benchmark's journal under valgrind's callgrind twice, with and
# without the lane, and prints the difference per line. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-30000}
python=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')  # not a shim
script=$(mktemp --suffix=.py)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'PY'
import gc, sys
sys.path[:0] = [".", "bench"]
from bench_import import journal_lines
from balans.core.journal.first_import import first_import
lines = journal_lines(int(sys.argv[1]))
gc.disable()
first_import(lines[:3000], lambda rows: None)  # warmed: modules, compiled checks, minutes
if sys.argv[2] == "1":
    first_import(lines, lambda rows: None)
PY
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$python" "$script" "$lines" "$1" \
        2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
with=$(count 1)
without=$(count 0)
echo "lane: $(( (with - without) / lines )) instructions a line ($lines lines)"
