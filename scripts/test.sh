#!/usr/bin/env bash
# Install everything the test suite needs into the project's virtual environment (.venv), then
# run it. Exit status 5 (no tests) is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA_PACKAGES="postgresql poppler-utils dbus-daemon binutils dovecot-imapd" bash scripts/system-deps.sh
source scripts/venv.sh
balans_venv '.[test]'
balans_libpython  # the frozen-build smoke test runs PyInstaller
set +e
"$VENV_PY" -m pytest -q "$@"
status=$?
set -e
if [ "$status" = "5" ]; then
    echo "pytest collected no tests: failing" >&2
    exit 1
fi
exit "$status"
