"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed. When
that is a worker thread and the garbage holds Qt wrappers (widgets, chart items, connected
lambdas), their C++ destructors run there and take Qt's locks while the GUI thread, holding the
GIL, waits on the same locks: a deadlock (seen as a hang in a panel test on Debian's Python).
So the automatic collector is switched off and a timer on the GUI thread collects instead, by
the same thresholds (the pattern of pyqtgraph's ``GarbageCollector``). Reference counting, which
frees almost everything, is unaffected.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold (None: none did)."""
        generation = None
        for gen, (count, threshold) in enumerate(zip(gc.get_count(), self._thresholds)):
            if count <= threshold:
                break
            generation = gen
        return None if generation is None else gc.collect(generation)
