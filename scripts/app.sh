#!/usr/bin/env bash
# Install Balans and the libraries Qt needs, then open the app on the embedded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
python3 -m pip install --quiet .
exec balans "$@"
