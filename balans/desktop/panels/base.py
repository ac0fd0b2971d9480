"""What every panel has: a context, the areas it shows, a stale flag, and a `loaded` signal after
each refresh."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from balans.core.vocabulary import ALL_AREAS, Area
from balans.desktop.context import AppContext


class Panel(QWidget):
    """A panel refreshes itself when something it shows changes (an area of the journal, or the
    settings) and it is visible; otherwise it only marks itself stale and catches up when shown
    (no panel polls another panel)."""

    loaded = Signal()
    error = Signal(str)
    title = ""
    areas: frozenset[Area] = ALL_AREAS  # the areas of the journal this panel shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._loading = self._again = False
        ctx.changes.journal_changed.connect(self.journal_changed)
        ctx.changes.settings_changed.connect(self.mark_stale)

    def journal_changed(self, last_seq: int, areas: frozenset[Area] = ALL_AREAS) -> None:
        if areas & self.areas:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.load()

    def load(self) -> None:  # pragma: no cover - every panel overrides
        raise NotImplementedError

    # A busy office changes the journal every few seconds: while one read is under way, further
    # requests fold into a single read after it instead of queueing up on the worker.
    def begin_read(self) -> bool:
        """True when a read may start now; otherwise one more is noted for after this one."""
        if self._loading:
            self._again = True
            return False
        self._loading = True
        return True

    def read_done(self) -> bool:
        """Finish a read; True when another was asked for meanwhile (and is now started)."""
        self._loading = False
        if self._again:
            self._again = False
            self.load()
            return True
        return False

    def report_error(self, exc: Exception) -> None:
        self.error.emit(str(exc))
