#!/usr/bin/env bash
# Open the app on the embedded SQLite database, after installing Balans into the project's
# virtual environment (.venv) and, on Debian/Ubuntu, the libraries Qt needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
source scripts/venv.sh
balans_venv .
exec "$VENV_PY" -m balans "$@"
