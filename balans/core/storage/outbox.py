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
from balans.core.journal.refusals import NotAllowed, ServerBusy

# SQLSTATEs of a lost connection: class 08, and the server shutting down or starting up.
_GONE = ("57P01", "57P02", "57P03")


def is_connection_problem(exc: BaseException) -> bool:
    """Only a server that cannot be reached makes an action wait in the outbox; a refusal
    (no right, a failed check) or a busy server is the user's to hear about at once."""
    if isinstance(exc, (NotAllowed, ServerBusy, JournalError)):
        return False
    if isinstance(exc, sa.exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        state = getattr(exc.orig, "sqlstate", None)
        if state:
            return state.startswith("08") or state in _GONE
        return isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError))
    return isinstance(exc, (ConnectionError, TimeoutError))


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
        self._rejected_lock = threading.Lock()

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

    def take_rejected(self) -> list[Rejected]:
        """The replayed actions the server refused since the last call (to tell the user)."""
        with self._rejected_lock:
            taken, self.rejected = self.rejected, []
        return taken

    def _reject(self, line: str, reason: str) -> None:
        with self._rejected_lock:
            self.rejected.append(Rejected(line, reason))

    def flush(self) -> int:
        """Replay the outbox in order; returns how many events the server took now.

        An event the server refuses (taken by a colleague meanwhile, not this login's to record,
        a failed check) is set aside for the user to hear about and dropped, so it cannot block
        the actions behind it; a lost connection stops the replay, to go on later; a busy
        server is reported (ServerBusy) and the outbox kept."""
        stored = 0
        for pos, line in self.outbox.pending():
            try:
                result = self.journal.append(decode_lines([line]))
            except JournalError as exc:
                self._reject(line, str(exc.errors[0].reason))
            except NotAllowed as exc:
                self._reject(line, str(exc))
            except ServerBusy:
                raise
            except sa.exc.DBAPIError as exc:
                if is_connection_problem(exc):
                    return stored
                self._reject(line, str(exc.orig).splitlines()[0] if str(exc.orig) else
                             type(exc.orig).__name__)
            except (ConnectionError, TimeoutError):
                return stored
            else:
                stored += result.stored
            self.outbox.drop_through(pos)
        return stored
