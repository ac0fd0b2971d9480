"""Database and keyring work off the GUI thread.

A worker thread runs its jobs one after another (SQLite likes one writer per process, and the
order of a user's actions is kept). Results come back to the GUI thread through queued signals;
the GUI never waits on the database. The app has two: the database worker for reads, polls and
the user's actions, and a second one for slow jobs (the optimiser, an evaluation, the demo fill)
so that a toggle never queues behind a minute of solving.
"""
from __future__ import annotations

import itertools
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Runner(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:  # reported to the caller, never swallowed
            log.debug("job %s failed: %s", job_id, exc)
            self.failed.emit(job_id, exc)
        else:
            self.finished.emit(job_id, result)


class Worker(QObject):
    """``submit(fn, on_done, on_error)``: run ``fn()`` on the worker thread."""

    _dispatch = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, name: str = "balans-db"):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._dispatch.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._thread.start()

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._dispatch.emit(job_id, fn)
        return job_id

    def pending(self) -> int:
        return len(self._pending)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._pending.pop(job_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: Exception) -> None:
        _, on_error = self._pending.pop(job_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background job failed: %s", exc)

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)
