"""Notice events appended by anyone — this window, another desktop, `balans import`.

PostgreSQL pushes a NOTIFY with every append; a listener thread turns it into a Qt signal. SQLite
has no push, so the worker polls the journal's highest sequence number (one index lookup) every
300 ms: a change then shows within half a second even at the 99th percentile (measured in
bench/bench_latency.py). Either way panels hear ``changed(last_seq, areas)`` once per new
sequence number, with the areas the new events touched (``balans.core.journal.changes``).
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from balans.core.journal.changes import JournalChanges, changes_after
from balans.core.journal.journal import NOTIFY_CHANNEL
from balans.desktop.context import AppContext

log = logging.getLogger(__name__)


class JournalWatcher(QObject):
    changed = Signal(int, object)  # last seq, frozenset[Area]
    connection_lost = Signal(str)
    connection_back = Signal()
    _notified = Signal(int)

    def __init__(self, ctx: AppContext, interval_ms: int = 300, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_seq = 0
        self._online = True
        self._polling = self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._notified.connect(self._heard)
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    def start(self, last_seq: int = 0) -> None:
        self.last_seq = last_seq
        self._timer.start()
        if self.ctx.store.dialect == "postgresql":
            # Push for speed; the poll stays as a slower safety net.
            self._timer.setInterval(2000)
            self._listener = threading.Thread(target=self._listen, name="balans-listen",
                                              daemon=True)
            self._listener.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()

    def poll(self) -> None:
        if self._polling:
            self._again = True  # a NOTIFY during a read: read once more after it
            return
        self._polling = True
        journal, after = self.ctx.journal, self.last_seq
        self.ctx.worker.submit(lambda: changes_after(journal, after), self._polled, self._failed)

    def _heard(self, seq: int) -> None:
        if seq > self.last_seq:
            self.poll()

    def _polled(self, changes: JournalChanges) -> None:
        self._polling = False
        if not self._online:
            self._online = True
            self.connection_back.emit()
        if changes.last_seq > self.last_seq:
            self.last_seq = changes.last_seq
            self.changed.emit(changes.last_seq, changes.areas)
        if self._again:
            self._again = False
            self.poll()

    def _failed(self, exc: Exception) -> None:
        self._polling = self._again = False
        if self._online:
            self._online = False
            from balans.core.storage.store import describe_connection_error

            self.connection_lost.emit(describe_connection_error(exc))

    def _listen(self) -> None:
        """LISTEN on a dedicated connection; reconnects until stopped."""
        import psycopg

        from balans.core.storage.address import listen_params

        params = listen_params(self.ctx.store.engine.url)
        while not self._stop.is_set():
            try:
                with psycopg.connect(**params) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0, stop_after=1):
                            try:
                                self._notified.emit(int(note.payload))
                            except ValueError:
                                pass
            except Exception as exc:  # server away: the poll reports it, we retry quietly
                log.debug("listener reconnecting: %s", exc)
                self._stop.wait(2.0)
