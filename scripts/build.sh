#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller: dist/balans/balans (the command line) and
# dist/balans/balans-desktop (the app, no console window); see docs/packaging.md.
# Builds from the project's virtual environment (.venv). Extra arguments go to PyInstaller,
# e.g. --distpath /tmp/out --workpath /tmp/work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
source scripts/venv.sh
balans_venv .
balans_libpython
"$VENV_PY" -c "import PyInstaller" 2>/dev/null || "$VENV_PY" -m pip install --quiet "pyinstaller>=6"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
start=$SECONDS
if ! "$VENV_PY" -m PyInstaller --noconfirm build.spec "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "build failed" >&2
    exit 1
fi
# Qt plugins whose system libraries were not on this machine are bundled without them; the
# target system must then provide them (scripts/system-deps.sh installs them before a build).
missing=$(sed -n "s/.*could not resolve '\([^']*\)'.*/\1/p" "$log" | sort -u | tr '\n' ' ')
[ -n "$missing" ] && echo "note: not bundled (missing here): $missing" >&2
dist=dist
for ((i = 1; i <= $#; i++)); do
    [ "${!i}" = "--distpath" ] && { j=$((i + 1)); dist="${!j}"; }
done
echo "built $dist/balans/balans and $dist/balans/balans-desktop in $((SECONDS - start)) s," \
     "$(du -sh "$dist/balans" | cut -f1)" >&2
