#!/usr/bin/env bash
# Install the given Debian/Ubuntu packages that are not installed yet; nothing when all are.
# Needs root or sudo; skips quietly on systems without apt (the caller checks what it needs).
# Usage: bash scripts/apt-install.sh PACKAGE...
set -euo pipefail
command -v apt-get >/dev/null || exit 0
# Ubuntu 24.04 renamed some libraries (libglib2.0-0 -> libglib2.0-0t64, libpython3.12 ->
# libpython3.12t64); the new package "provides" the old name, which then counts as installed.
provided=$(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' 2>/dev/null \
    | sed -n 's/^ii *//p' | tr ',' '\n' | sed 's/ *(.*//; s/^ *//')
missing=""
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" && continue
    grep -qxF "$p" <<<"$provided" && continue
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null || { echo "please install:$missing (apt-get install$missing)" >&2; exit 0; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
echo "installing:$missing" >&2
# A bare machine or container has no package lists yet; refresh them only when a package is missing.
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
