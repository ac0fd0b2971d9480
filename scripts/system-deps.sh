#!/usr/bin/env bash
# System libraries Qt needs (also offscreen), a font, and (EXTRA_PACKAGES) PostgreSQL and tools for
# the test suite. Installs only what is missing; skips quietly on non-Debian systems.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt-install.sh libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 \
    libdbus-1-3 libglib2.0-0 libx11-6 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
    libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 \
    fonts-dejavu-core ${EXTRA_PACKAGES:-}
