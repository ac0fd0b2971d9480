"""Keep working when the team server is away: a local outbox, replayed in order, exactly once.

Every action's events carry ids (see ``operations``), so replaying an event that reached the server
just before the connection broke is skipped there: nothing is stored twice. The outbox is a small
SQLite file in the user's data folder, so it survives a restart of the app.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import sqlalchemy as sa

from balans.core.journal.events import Event
from balans.core.journal.journal import (AppendResult, Journal, JournalError, decode_lines,
                                 event_to_line)


def is_connection_problem(exc: BaseException) -> bool:
    if isinstance(exc, sa.exc.DBAPIError):
        return bool(exc.connection_invalidated) or isinstance(
            exc, (sa.exc.OperationalError, sa.exc.InterfaceError))
    return isinstance(exc, (ConnectionError, OSError))


@dataclass(frozen=True)
class Rejected:
    """An outboxed event the server refused on replay (someone else got there first)."""

    line: str
    reason: str


class Outbox:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        with self._connect() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS outbox "
                         "(pos INTEGER PRIMARY KEY AUTOINCREMENT, line TEXT NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # an outboxed action is a promise: keep it
        return conn

    def put(self, events: Sequence[Event]) -> None:
        with self._lock, self._connect() as conn:
            conn.executemany("INSERT INTO outbox (line) VALUES (?)",
                             [(event_to_line(e),) for e in events])

    def pending(self) -> list[tuple[int, str]]:
        with self._lock, self._connect() as conn:
            return conn.execute("SELECT pos, line FROM outbox ORDER BY pos").fetchall()

    def __len__(self) -> int:
        with self._lock, self._connect() as conn:
            return conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]

    def drop_through(self, pos: int) -> None:
        with self._lock, self._connect() as conn:
            conn.execute("DELETE FROM outbox WHERE pos <= ?", (pos,))


class OutboxJournal:
    """A Journal that queues appends locally while the server cannot be reached."""

    def __init__(self, journal: Journal, outbox: Outbox):
        self.journal = journal
        self.outbox = outbox
        self.rejected: list[Rejected] = []

    def __getattr__(self, name: str):  # reads go straight to the journal
        return getattr(self.journal, name)

    @property
    def queued(self) -> int:
        return len(self.outbox)

    def append(self, events: Sequence[Event], progress=None) -> AppendResult:  # noqa: ANN001
        events = list(events)
        if any(e.id is None for e in events):
            raise ValueError("outboxed events need ids so that a replay cannot store them twice")
        if len(self.outbox):
            self.flush()
        if len(self.outbox) == 0:
            try:
                return self.journal.append(events, progress)
            except JournalError:
                raise
            except Exception as exc:
                if not is_connection_problem(exc):
                    raise
        self.outbox.put(events)  # keep order: once anything waits, everything after waits too
        return AppendResult(stored=0, skipped=0, last_seq=-1)

    def flush(self) -> int:
        """Replay the outbox in order; returns how many events the server took now."""
        stored = 0
        for pos, line in self.outbox.pending():
            try:
                result = self.journal.append(decode_lines([line]))
            except JournalError as exc:
                self.rejected.append(Rejected(line, str(exc.errors[0].reason)))
            except Exception as exc:
                if is_connection_problem(exc):
                    return stored
                raise
            else:
                stored += result.stored
            self.outbox.drop_through(pos)
        return stored
