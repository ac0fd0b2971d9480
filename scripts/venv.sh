# Sourced by app.sh, test.sh and build.sh: the project's virtual environment in .venv, made with
# the python3 on PATH (or $PYTHON), with Balans installed into it in editable mode.
#
# Debian and Ubuntu refuse a system-wide `pip install` (PEP 668) and their python3 comes without
# ensurepip, which `python3 -m venv` needs: the python3.X-venv package adds it. A python that
# has it (pyenv, python.org, a distribution's venv package already installed) needs nothing.
#
# Usage: source scripts/venv.sh; balans_venv '.[test]'   -> sets VENV_PY and puts .venv/bin on PATH

balans_venv() {
    local spec="${1:-.}" py="${PYTHON:-python3}" venv="$PWD/.venv"
    command -v "$py" >/dev/null || { echo "$py not found: Balans needs Python 3.11 or newer" >&2; return 1; }
    "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "$("$py" --version 2>&1) is too old: Balans needs Python 3.11 or newer" >&2; return 1; }
    # A venv whose python is gone (pyenv version removed) or that has no pip (made while
    # ensurepip was missing) is made again.
    if [ -d "$venv" ] && ! "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
        rm -rf "$venv"
    fi
    if [ ! -d "$venv" ]; then
        if ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then
            local ver
            ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
            # python3-venv pulls in the one for the distribution's default python3; a python3.X
            # that is not the default needs its own python3.X-venv.
            if [ "$(command -v "$py")" = /usr/bin/python3 ]; then
                bash scripts/apt-install.sh python3-venv
            else
                bash scripts/apt-install.sh "python$ver-venv"
            fi
            "$py" -c 'import ensurepip' 2>/dev/null || {
                echo "$py has no venv support: install python3-venv (apt-get install python3-venv)" >&2
                return 1; }
        fi
        "$py" -m venv "$venv" || { rm -rf "$venv"; return 1; }
    fi
    VENV_PY="$venv/bin/python"
    export PATH="$venv/bin:$PATH" VIRTUAL_ENV="$venv"
    # Install again only when the project's dependencies or the requested extras changed: the
    # editable install picks up code changes by itself.
    local stamp="$venv/.balans-installed" want
    want="$spec $(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        "$VENV_PY" -m pip install --quiet -e "$spec" || return 1
        echo "$want" >"$stamp"
    fi
}

# PyInstaller bundles the python's shared library; Debian and Ubuntu ship it apart from their
# python3 (libpython3.X). Other pythons (pyenv, python.org) have it or say so in the build.
balans_libpython() {
    "$VENV_PY" -c 'import sys; sys.exit(sys.base_prefix != "/usr")' || return 0
    local ver
    ver=$("$VENV_PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    "$VENV_PY" -c "import ctypes.util, sys; sys.exit(not ctypes.util.find_library('python$ver'))" \
        && return 0
    bash scripts/apt-install.sh "libpython$ver"
}
