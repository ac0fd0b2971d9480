#!/usr/bin/env bash
# Qt's translation pipeline (docs/translations.md):
#   1. pyside6-lupdate collects the tr() / translate() / QT_TRANSLATE_NOOP strings of every
#      module under balans/ into balans_nl.ts (all strings) and balans_en.ts (only the plurals:
#      English needs its own "1 switch" / "2 switches");
#   2. a translator fills in balans_nl.ts (Qt Linguist: pyside6-linguist FILE.ts);
#   3. pyside6-lrelease compiles each .ts to the .qm the app loads. Both are committed.
# Usage: bash scripts/translations.sh [update|release|all]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=balans/resources/translations
tool() {  # the PySide6 tools beside the python that has PySide6 (.venv when it exists)
    local py=python3
    [ -x .venv/bin/python ] && py=.venv/bin/python
    "$py" -c "import sys, PySide6.scripts.pyside_tool as t; sys.argv[0] = '$1'; t.$2()" "${@:3}"
}
sources=$(find balans -name '*.py' -not -path '*/migrations/*' | LC_ALL=C sort)
step="${1:-all}"
if [ "$step" = update ] || [ "$step" = all ]; then
    tool lupdate lupdate -locations relative -no-obsolete $sources -target-language nl \
        -ts "$dir/balans_nl.ts"
    tool lupdate lupdate -locations relative -no-obsolete -pluralonly $sources \
        -target-language en -ts "$dir/balans_en.ts"
fi
if [ "$step" = release ] || [ "$step" = all ]; then
    for ts in "$dir"/balans_*.ts; do
        tool lrelease lrelease -silent "$ts" -qm "${ts%.ts}.qm"
    done
fi
