"""Run something once a widget has been painted for the first time.

The app starts loading its database only after the window is on screen: loading means importing
SQLAlchemy, Alembic and the panels' libraries, which holds Python's GIL for a second or more and
would otherwise delay the GUI thread's first paint (see app.py and bench/bench_startup.py).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        # A window that is never painted (minimised at start, say) must still get going.
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._done:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # after this paint has been handled and flushed
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None],
                      fallback_ms: int = 1000) -> None:
    _FirstPaint(widget, callback, fallback_ms)
