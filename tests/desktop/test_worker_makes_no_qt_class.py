"""The start-up's worker makes no Qt class: every module it imports while the window paints is
free of PySide6 classes (see balans.desktop.app.PANEL_DEPENDENCIES for the crash this avoids)."""
from __future__ import annotations

import os
import subprocess
import sys

# In a fresh interpreter: the GUI side as far as the app has it when the worker starts, then the
# worker's part of the start-up (_open) on a thread, then every module that part brought in that
# holds a Qt class (a Qt subclass defined there, or a PySide6 class imported into it).
PROBE = r"""
import argparse, sys, threading
from PySide6.QtWidgets import QApplication
app = QApplication([])
import balans.desktop.app as app_module, balans.desktop.main_window
from shiboken6 import Shiboken
before = set(sys.modules)
args = argparse.Namespace(screenshot=None)
result = {}
thread = threading.Thread(target=lambda: result.update(
    app_module._open(sys.argv[1], None, "Europe/Amsterdam", args, None)))
thread.start()
thread.join()
assert "store" in result, result
def holds_qt(module):
    return any(isinstance(v, type) and issubclass(v, Shiboken.Object)
               for v in vars(module).values())
new = sorted(set(sys.modules) - before)
print("new", len(new))
print("qt", [n for n in new if n.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")
             or (sys.modules[n] is not None and holds_qt(sys.modules[n]))])
"""


def test_the_worker_imports_no_module_that_holds_a_qt_class(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    env.pop("BALANS_DB", None)
    out = subprocess.run([sys.executable, "-c", PROBE, f"sqlite:///{tmp_path / 'x.db'}"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert int(lines["new"]) > 50  # the database layer and the panels' core did load there
    assert lines["qt"] == "[]"

