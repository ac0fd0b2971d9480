#!/usr/bin/env bash
# System libraries Qt needs (also offscreen), a font, and PostgreSQL for the test suite.
# Installs only what is missing; needs root or sudo, and skips quietly on non-Debian systems.
set -euo pipefail
command -v apt-get >/dev/null || exit 0
PACKAGES="libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
libx11-6 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
libxcb-render-util0 libxcb-xinerama0 libxcb-image0 fonts-dejavu-core ${EXTRA_PACKAGES:-}"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null || { echo "please install:$missing" >&2; exit 0; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
