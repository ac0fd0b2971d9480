"""Reproduce the start-up crash of Qt classes made on a worker thread (docs/packaging.md,
"Threads and Qt classes").

The GUI thread paints 240 style-sheet-styled Python subclasses of QFrame from its event loop
while a worker thread imports modules:

    QT_QPA_PLATFORM=offscreen python bench/qt_class_race.py panels   # pyqtgraph and the panels
    QT_QPA_PLATFORM=offscreen python bench/qt_class_race.py core     # PANEL_DEPENDENCIES only

One run per process (a module is imported once); count the exit codes over many runs, e.g.
``for i in $(seq 30); do python bench/qt_class_race.py panels >/dev/null 2>&1; echo $?; done``.
On Python 3.11 with PySide6 6.11 ``panels`` ended in SIGSEGV (139) in 29 of 125 runs, ``core`` in
none of 105; on Python 3.12 ``panels`` in none of 20.
"""
from __future__ import annotations

import importlib
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    pass


class Caption(QLabel):
    pass


def main(which: str, cards: int = 240) -> int:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet("QFrame { border: 1px solid #ccc; border-radius: 4px; } "
                      "QLabel { color: #333; }")
    top = QWidget()
    grid = QGridLayout(top)
    for i in range(cards):
        card = Card()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(card).addWidget(Caption(f"card {i}"))
        grid.addWidget(card, i // 12, i % 12)
    top.resize(1200, 900)
    top.show()

    from balans.desktop.app import PANEL_DEPENDENCIES
    from balans.desktop.main_window import PANELS

    names = PANEL_DEPENDENCIES if which == "core" else ["pyqtgraph", *(m for _, m, _ in PANELS)]
    done = threading.Event()

    def work() -> None:
        for name in names:
            importlib.import_module(name)
        done.set()

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: app.quit() if done.is_set() else top.update())
    timer.start()
    threading.Thread(target=work, daemon=True).start()
    app.exec()
    print(f"{which}: imported {len(names)} modules on the worker while painting")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("panels", "core"):
        sys.exit("usage: qt_class_race.py panels|core")
    sys.exit(main(sys.argv[1]))
