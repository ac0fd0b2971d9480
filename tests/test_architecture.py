"""The Qt-free core is a check, not a hope."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "balans" / "core"
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "balans.desktop")


def test_core_modules_never_import_qt_or_the_desktop():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN or name.startswith("balans.desktop"):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_the_core_loads_no_qt():
    code = ("import sys, balans.core.journal.journal, balans.core.storage.store, balans.core.journal.events;"
            "import pkgutil, importlib, balans.core as c;"
            "[importlib.import_module('balans.core.' + m.name) for m in "
            "pkgutil.iter_modules(c.__path__) if m.name != 'migrations'];"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contract_holds():
    # The tool installed beside this python (a virtual environment's bin/ need not be on PATH).
    beside = Path(sys.executable).parent / "lint-imports"
    tool = str(beside) if beside.exists() else "lint-imports"
    result = subprocess.run([tool], capture_output=True, text=True, cwd=CORE.parents[1])
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_models_hold_only_qt_models():
    """Reading and plain data live in the core; ``desktop/models`` adapts them for Qt views."""
    models = CORE.parent / "desktop" / "models"
    for path in models.glob("*.py"):
        if path.name == "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "(QAbstractTableModel)" in text or "(QAbstractItemModel)" in text \
            or "(QAbstractListModel)" in text, f"{path.name} holds no Qt model"
