"""The append-only journal: validated, all-or-nothing appends; export; reads by time and seq.

Every append runs in one transaction that holds the database's write lock (SQLite ``BEGIN
IMMEDIATE``, a PostgreSQL advisory lock), so checks against the current state cannot go stale,
sequence numbers are handed out in commit order, and two desktops answering the same contact
cannot both succeed. The events and the current-state rows they change are written together.
"""
from __future__ import annotations

import contextlib
import gc
import operator
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

import orjson
import sqlalchemy as sa

from balans.core.journal.events import Event, parse_time, stored_event
from balans.core.journal.fastcheck import CHECKS as FAST_CHECKS, event as certain_event
from balans.core.journal.first_import import escaped, first_import
from balans.core.journal.lines import duplicate_key, key_marks, split_lines  # noqa: F401
from balans.core.journal.refusals import NotAllowed, ServerBusy, busy, refusal  # noqa: F401
from balans.core.storage.tables import ContactRow, EmployeeRow, EventRow, ReasonRow, TaskRow
from balans.core.journal.state import StateTracker, TransitionError
from balans.core.storage.bulk import indexes_set_aside
from balans.core.storage.store import Store
from balans.core.timeutil import to_micros
from balans.core.journal.validation import parse_event

EVENT_COLUMNS = "seq, id, ts, type, actor, data"  # what row_to_event takes, in order
MAX_REPORTED = 10
ANALYZE_AFTER = 10_000  # events in one append after which the planner's statistics are renewed
CHUNK = 500
APPEND_LOCK = 4242002  # PostgreSQL advisory lock key serialising journal appends
NOTIFY_CHANNEL = "balans_events"
# Columns a client gives when appending; ``seq`` is the database's to hand out.
EVENT_INSERT_COLUMNS = ("id", "t", "ts", "type", "employee", "contact", "task", "actor", "data")
_PG_INSERT = (
    f"INSERT INTO events ({', '.join(EVENT_INSERT_COLUMNS)}) "
    f"SELECT {', '.join(EVENT_INSERT_COLUMNS)} FROM unnest("
    "%s::text[], %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], "
    f"%s::text[], %s::text[]) WITH ORDINALITY AS u({', '.join(EVENT_INSERT_COLUMNS)}, n) "
    "ORDER BY n RETURNING seq, t, type")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class LineError:
    line: int  # 1-based line in the file, or position in the batch
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class JournalError(ValueError):
    """A batch was rejected; nothing of it was stored."""

    def __init__(self, errors: Sequence[LineError]):
        self.errors = list(errors)
        more = "" if len(errors) < MAX_REPORTED else " (and possibly more)"
        super().__init__("; ".join(map(str, errors[:3])) + (
            f"; {len(errors) - 3} more error(s){more}" if len(errors) > 3 else ""))


class _NotCertain(Exception):
    """The first-import lane met a line it is not certain of: the general path takes over."""


@dataclass(frozen=True)
class AppendResult:
    stored: int
    skipped: int  # events whose id was already in the journal
    last_seq: int


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big batch is in memory.

    A million events are millions of live container objects; every full collection walks all of
    them, which made importing quadratic-ish. Events and their field dicts form no cycles, so
    plain reference counting frees them; the collector resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def decode_lines(lines: Iterable[str]) -> list[tuple[int, Event]]:
    """Parse JSON Lines into events, numbering lines from 1; blank lines are ignored."""
    lines = lines if isinstance(lines, list) else list(lines)
    events = _decode_certain(lines)
    return events if events is not None else _decode_each(lines)


def _decode_certain(lines: list[str]) -> list[tuple[int, Event]] | None:
    """The events of a file whose every line is certainly valid, else ``None``.

    The fast way through a big import: each line goes through its type's compiled check
    (``fastcheck``) and the duplicate-key test is one count over the whole file. At the first
    line that is not certain, this gives up and ``_decode_each`` goes through the file line by
    line, so a refused file gets exactly the errors it always got."""
    events: list[tuple[int, Event]] = []
    add, loads, checks = events.append, orjson.loads, FAST_CHECKS
    keys = 0
    try:
        for number, line in enumerate(lines, 1):
            if not line or line.isspace():  # what ``not line.strip()`` says, without a copy
                continue
            obj = loads(line)
            if type(obj) is not dict:
                return None
            keys += len(obj)
            check = checks.get(obj.get("type"))
            envelope = check(obj) if check is not None else None
            if envelope is None:
                return None
            add((number, certain_event(obj, envelope)))
    except (ValueError, TypeError):  # not JSON, a wrong value, an unhashable type: not certain
        return None
    return events if key_marks(lines) <= keys else None


def _decode_each(lines: list[str]) -> list[tuple[int, Event]]:
    """Line by line, collecting (up to ``MAX_REPORTED``) errors worded for the user."""
    events: list[tuple[int, Event]] = []
    errors: list[LineError] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
            duplicate = duplicate_key(line, obj)
        except ValueError as exc:
            reason = getattr(exc, "msg", None) or str(exc).split(":")[0]
            errors.append(LineError(number, f"not valid JSON ({reason})"))
        else:
            if duplicate is not None:
                errors.append(LineError(number, f"field {duplicate!r} is given twice"))
                continue
            try:
                events.append((number, parse_event(obj)))
            except ValueError as exc:
                errors.append(LineError(number, str(exc)))
        if len(errors) >= MAX_REPORTED:
            break
    if errors:
        raise JournalError(errors)
    return events


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Slices of ``items`` small enough for one IN (...) list."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _dumps(obj: Any) -> str:
    """One JSON line, with the line separators JSON allows raw escaped (``escaped``)."""
    data = orjson.dumps(obj)
    return data.decode() if data.isascii() else escaped(data.decode())


def event_to_line(event: Event) -> str:
    return _dumps(event.to_json())


STATE_TABLES = {
    "employees": EmployeeRow.__table__,
    "reasons": ReasonRow.__table__,
    "contacts": ContactRow.__table__,
    "tasks": TaskRow.__table__,
}


class Journal:
    """Reads and appends; each method is one transaction on its own connection."""

    def __init__(self, store: Store):
        self.store = store
        self.engine = store.engine
        self._ph = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        self._db_state: bool | None = None

    # ----------------------------------------------------------------- writing
    def _begin(self, conn: sa.Connection) -> None:
        if self.engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPEND_LOCK})")

    def append(self, numbered: Sequence[tuple[int, Event]] | Sequence[Event],
               progress: Progress | None = None) -> AppendResult:
        """Validate and store a batch, all or nothing. Raises JournalError on any bad event."""
        items = [(i + 1, e) if isinstance(e, Event) else e for i, e in enumerate(numbered)]
        return self._append_numbered(items, progress)

    def _append_numbered(self, items: list[tuple[int, Event]],
                         progress: Progress | None) -> AppendResult:
        result = self._locked(lambda conn: self._append_locked(conn, items, progress))
        assert result is not None
        return result

    def _locked(self, work: Callable[[sa.Connection], AppendResult | None]
                ) -> AppendResult | None:
        """Run ``work`` in one transaction holding the journal's write lock."""
        options = {"sqlite_begin": "IMMEDIATE"}
        try:
            with self.engine.connect().execution_options(**options) as conn:
                with conn.begin():
                    self._begin(conn)
                    result = work(conn)
        except sa.exc.DBAPIError as exc:
            plain = refusal(exc) or busy(exc, self.engine, APPEND_LOCK)
            if plain is None:
                raise
            raise plain from None
        if result is not None and result.stored >= ANALYZE_AFTER:
            self._refresh_statistics()
        return result

    def _refresh_statistics(self) -> None:
        """After a bulk load, tell the query planner what the tables now hold.

        PostgreSQL's autovacuum gets round to it eventually; until then it plans the day's
        queries for empty tables (measured: 111 ms instead of 43 ms for a day's slice). SQLite
        plans by its indexes and needs nothing. Only the tables' owner may analyse them; a
        login that may not simply leaves it to autovacuum."""
        if self.engine.dialect.name != "postgresql":
            return
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE events, contacts, tasks, shifts, role_blocks")
        except sa.exc.DBAPIError:
            pass

    def _append_locked(self, conn: sa.Connection, items: list[tuple[int, Event]],
                       progress: Progress | None) -> AppendResult:
        fresh, skipped = self._drop_known(conn, items)
        tracker = self._prefetch(conn, fresh)
        errors: list[LineError] = []
        rows: list[tuple[Any, ...]] = []
        self._check_events(fresh, tracker, rows, errors)
        if errors:
            errors.sort(key=lambda e: e.line)
            raise JournalError(errors)
        return self._store(conn, rows, tracker, skipped, progress)

    def _first_locked(self, conn: sa.Connection, lines: list[str],
                      progress: Progress | None) -> AppendResult | None:
        """A first import in one pass (``first_import``), if the journal is still empty.

        The rows are stored as they are checked (on SQLite), then the state they lead to; a
        line the lane is not certain of raises ``_NotCertain``, which rolls all of it back."""
        if not self._empty(conn):
            return None
        seqs: list[int] = []

        def store(rows: list[tuple[Any, ...]]) -> None:
            try:
                seqs.extend(self._insert_events(conn, rows))
            except sa.exc.DBAPIError:  # refused before the file was checked to its end: the
                raise _NotCertain from None  # general path checks it all first, as ever
            if progress:
                progress(len(seqs), len(lines))

        # Stored while checked on SQLite, where a rollback gives the numbers back; PostgreSQL's
        # sequence does not, so there the rows wait until the whole file is certain.
        stream = self.engine.dialect.name == "sqlite"
        try:
            with indexes_set_aside(conn, len(lines), 0):
                tracker = first_import(lines, store, stream)
                if tracker is None:
                    raise _NotCertain
                if not self._state_by_database(conn):
                    self._write_state(conn, tracker)
                self._write_plan_rows(conn, tracker, seqs)
        except sa.exc.IntegrityError:  # a repeated id, found when its index is built again
            raise _NotCertain from None
        if progress:
            progress(len(seqs), len(seqs))
        return self._stored(conn, len(seqs), 0, seqs[-1] if seqs else 0)

    @staticmethod
    def _empty(conn: sa.Connection) -> bool:
        """No events and no current state: what a first import's lane assumes."""
        return all(conn.execute(sa.select(table.c[0]).limit(1)).first() is None
                   for table in (EventRow.__table__, *STATE_TABLES.values()))

    def _store(self, conn: sa.Connection, rows: list[tuple[Any, ...]], tracker: StateTracker,
               skipped: int, progress: Progress | None) -> AppendResult:
        """Write checked journal rows and the state they lead to."""
        total = len(rows)
        step = max(CHUNK * 20, total // 50 or 1)
        seqs: list[int] = []
        with indexes_set_aside(conn, total, self._max_seq(conn)):
            # State rows first: events' shift/role rows refer to employees, contacts to employees.
            if not self._state_by_database(conn):
                self._write_state(conn, tracker)
            for start in range(0, total, step):
                seqs.extend(self._insert_events(conn, rows[start:start + step]))
                if progress:
                    progress(min(start + step, total), total)
            self._write_plan_rows(conn, tracker, seqs)
        return self._stored(conn, total, skipped, seqs[-1] if seqs else self._max_seq(conn))

    def _stored(self, conn: sa.Connection, total: int, skipped: int,
                last_seq: int) -> AppendResult:
        if total and self.engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_notify('{NOTIFY_CHANNEL}', '{last_seq}')")
        return AppendResult(stored=total, skipped=skipped, last_seq=last_seq)

    @staticmethod
    def _check_events(fresh: list[tuple[int, Event]], tracker: StateTracker,
                      rows: list[tuple[Any, ...]], errors: list[LineError]) -> None:
        """Check and apply each event in order, building its row or noting why it cannot be."""
        apply, add, dumps = tracker.apply, rows.append, orjson.dumps  # per event: no look-ups
        for index, (line, event) in enumerate(fresh):
            t = to_micros(event.ts)
            try:
                # The seq given here is the row's place in this batch; the database hands out
                # the real numbers on insert and the plan rows are renumbered after.
                apply(event, len(rows), index, t)
            except TransitionError as exc:
                errors.append(LineError(line, str(exc)))
                if len(errors) >= MAX_REPORTED:
                    break
                continue
            f = event.fields
            get = f.get
            data = dumps(f if type(f) is dict else dict(f))
            add((event.id, t, event.ts_text or event.ts.isoformat(), event.type,
                 get("employee"), get("contact"), get("task"), event.actor,
                 data.decode() if data.isascii() else escaped(data.decode())))
        pending = tracker.check_pending()
        if pending is not None:
            index, reason = pending
            errors.append(LineError(fresh[index][0], reason))

    @staticmethod
    def _max_seq(conn: sa.Connection) -> int:
        return conn.execute(sa.text("SELECT MAX(seq) FROM events")).scalar() or 0

    def _insert_events(self, conn: sa.Connection, rows: list[tuple[Any, ...]]) -> list[int]:
        """Insert journal rows in order; the database numbers them. Returns their seqs."""
        if not rows:
            return []
        if self.engine.dialect.name != "postgresql":
            # SQLite gives an INTEGER PRIMARY KEY the highest rowid + 1; this transaction holds
            # the write lock, so the numbers are known before and checked after.
            first = self._max_seq(conn) + 1
            conn.exec_driver_sql(self._insert_sql("events", EVENT_INSERT_COLUMNS), rows)
            last = conn.exec_driver_sql("SELECT last_insert_rowid()").scalar()
            if last != first + len(rows) - 1:
                raise RuntimeError("the journal's numbering moved during an append")
            return list(range(first, first + len(rows)))
        columns = list(zip(*rows))
        returned = conn.exec_driver_sql(_PG_INSERT, tuple(list(c) for c in columns)).all()
        returned.sort()
        # Numbers are drawn in the ORDER BY order; check that rather than trust it.
        if [(r[1], r[2]) for r in returned] != [(row[1], row[3]) for row in rows]:
            raise RuntimeError("the database numbered the journal rows out of order")
        return [r[0] for r in returned]

    def _state_by_database(self, conn: sa.Connection) -> bool:
        """True for an employee login on a team server: it may not write the state tables, and
        the database derives them from the events it inserts (see ``server``)."""
        if self.engine.dialect.name != "postgresql":
            return False
        if self._db_state is None:
            self._db_state = not conn.execute(
                sa.text("SELECT has_table_privilege('tasks', 'UPDATE')")).scalar()
        return self._db_state

    def _drop_known(self, conn: sa.Connection, items: list[tuple[int, Event]]
                    ) -> tuple[list[tuple[int, Event]], int]:
        """Leave out events whose id is stored already (or repeated earlier in the batch)."""
        ids = [e.id for _, e in items]
        unique = set(ids)
        unique.discard(None)
        if not unique:
            return items, 0
        known: set[str] = set()
        if conn.execute(sa.text("SELECT 1 FROM events LIMIT 1")).first() is not None:
            unique_ids = [i for i in dict.fromkeys(ids) if i is not None]
            for chunk in chunks(unique_ids):
                known.update(conn.execute(
                    sa.text("SELECT id FROM events WHERE id IN :ids").bindparams(
                        sa.bindparam("ids", expanding=True)), {"ids": list(chunk)}).scalars())
        if not known and len(unique) == len(ids) - ids.count(None):
            return items, 0
        fresh: list[tuple[int, Event]] = []
        seen: dict[str, Event] = {}
        errors: list[LineError] = []
        for line, event in items:
            if event.id is None:
                fresh.append((line, event))
            elif event.id in known:
                continue
            elif event.id in seen:
                if seen[event.id].to_json() != event.to_json():
                    errors.append(LineError(line, f"id {event.id!r} is used twice for "
                                                  "different events"))
            else:
                seen[event.id] = event
                fresh.append((line, event))
        if errors:
            raise JournalError(errors[:MAX_REPORTED])
        return fresh, len(items) - len(fresh)

    def _prefetch(self, conn: sa.Connection, events: list[tuple[int, Event]]) -> StateTracker:
        """Load the current-state rows this batch refers to, and no others (this runs while the
        write lock is held, so every query here costs every writer)."""
        tracker = StateTracker()
        # An empty table (a first import) has nothing to look up: not even the ids are gathered.
        filled = {name for name, table in STATE_TABLES.items()
                  if conn.execute(sa.select(table.c.id).limit(1)).first() is not None}
        wanted: dict[str, set[str]] = {name: set() for name in filled}
        if filled:
            employees, contacts, tasks, reasons = (
                wanted.get(name, set()) for name in ("employees", "contacts", "tasks", "reasons"))
            for _, event in events:
                f = event.fields
                if "employee" in f:
                    employees.add(f["employee"])
                if "contact" in f:
                    contacts.add(f["contact"])
                if f.get("task"):
                    tasks.add(f["task"])
                if event.type.startswith("reason."):  # redefining or retiring updates its row
                    reasons.add(f["reason"])
        targets = {"employees": tracker.employees, "reasons": tracker.reasons,
                   "contacts": tracker.contacts, "tasks": tracker.tasks}
        for name, ids in wanted.items():
            table = STATE_TABLES[name]
            if not ids:
                continue
            for chunk in chunks(sorted(ids)):
                for row in conn.execute(sa.select(table).where(table.c.id.in_(list(chunk)))):
                    targets[name][row.id] = dict(row._mapping)
                    tracker.prefetched.setdefault(name, set()).add(row.id)
        return tracker

    def _insert_sql(self, table: str, cols: Sequence[str]) -> str:
        quoted = ", ".join(f'"{c}"' for c in cols)
        return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join([self._ph] * len(cols))})"

    def _write_state(self, conn: sa.Connection, tracker: StateTracker) -> None:
        """Insert the rows this batch created; update the ones that existed before it."""
        sources = {"employees": tracker.employees, "reasons": tracker.reasons,
                   "contacts": tracker.contacts, "tasks": tracker.tasks}
        for name in ("employees", "reasons", "contacts", "tasks"):
            ids = tracker.touched[name]
            if not ids:
                continue
            table = STATE_TABLES[name]
            cols = [c.name for c in table.columns]
            source = sources[name]
            existed = tracker.prefetched.get(name, set())
            row_of = operator.itemgetter(*cols)
            # In the order the rows were made (close together in memory, and the same order
            # every run), not the set's.
            if not existed and len(ids) == len(source):  # all made by this batch
                fresh = list(map(row_of, source.values()))
            else:
                fresh = [row_of(row) for i, row in source.items() if i in ids and i not in existed]
            if fresh:
                conn.exec_driver_sql(self._insert_sql(name, cols), fresh)
            setters = [c for c in cols if c != "id"]
            old = [tuple(source[i][c] for c in setters) + (i,) for i in ids if i in existed]
            if old:
                # A plain UPDATE (not an upsert) so a role that may only update, may.
                assignments = ", ".join(f'"{c}" = {self._ph}' for c in setters)
                conn.exec_driver_sql(
                    f"UPDATE {name} SET {assignments} WHERE id = {self._ph}", old)

    def _write_plan_rows(self, conn: sa.Connection, tracker: StateTracker,
                         seqs: list[int]) -> None:
        for name, rows in (("shifts", tracker.shifts), ("role_blocks", tracker.role_blocks),
                           ("queue_intervals", tracker.queue_intervals)):
            if not rows:
                continue
            for row in rows:  # the row's place in the batch becomes its stored seq
                row["seq"] = seqs[row["seq"]]
            cols = list(rows[0])
            conn.exec_driver_sql(self._insert_sql(name, cols),
                                 [tuple(r[c] for c in cols) for r in rows])

    def import_lines(self, lines: Iterable[str], progress: Progress | None = None) -> AppendResult:
        """Append a JSON Lines file: the whole file is checked before anything is stored."""
        with _no_cyclic_gc():
            lines = lines if isinstance(lines, list) else list(lines)
            if self._looks_empty():  # a first import: one pass, if every line is fine
                with contextlib.suppress(_NotCertain):
                    result = self._locked(lambda conn: self._first_locked(conn, lines, progress))
                    if result is not None:
                        return result
            return self._append_numbered(decode_lines(lines), progress)

    def _looks_empty(self) -> bool:
        with self.engine.connect() as conn:
            return self._empty(conn)

    # ----------------------------------------------------------------- reading
    def max_seq(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.text("SELECT MAX(seq) FROM events")).scalar() or 0

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.text("SELECT COUNT(*) FROM events")).scalar() or 0

    def export_lines(self, t_from: int | None = None, t_to: int | None = None) -> Iterator[str]:
        """The journal (optionally events with t in [t_from, t_to)) as JSON Lines, in seq order."""
        query = "SELECT id, ts, type, actor, data FROM events"
        clauses, params = [], {}
        if t_from is not None:
            clauses.append("t >= :t_from")
            params["t_from"] = t_from
        if t_to is not None:
            clauses.append("t < :t_to")
            params["t_to"] = t_to
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        query += " ORDER BY seq"
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=5000).execute(
                sa.text(query), params)
            for event_id, ts, kind, actor, data in result:
                yield _line(event_id, ts, kind, actor, data)

    def events(self, where: str = "", params: dict[str, Any] | None = None) -> list[Event]:
        """Events matching a SQL condition on the events table, in seq order."""
        sql = f"SELECT {EVENT_COLUMNS} FROM events"
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY seq"
        with self.engine.connect() as conn:
            return [row_to_event(*row) for row in conn.execute(sa.text(sql), params or {})]

    def events_after(self, seq: int, limit: int = 10_000) -> list[Event]:
        """Events stored after ``seq`` (what another desktop has appended since)."""
        sql = f"SELECT {EVENT_COLUMNS} FROM events WHERE seq > :seq ORDER BY seq LIMIT :limit"
        with self.engine.connect() as conn:
            return [row_to_event(*row) for row in conn.execute(
                sa.text(sql), {"seq": seq, "limit": limit})]


def _line(event_id: str | None, ts: str, kind: str, actor: str | None, data: str) -> str:
    obj: dict[str, Any] = {}
    if event_id is not None:
        obj["id"] = event_id
    obj["ts"] = ts
    obj["type"] = kind
    obj.update(orjson.loads(data))
    if actor is not None:
        obj["actor"] = actor
    return _dumps(obj)


def row_to_event(seq: int, event_id: str | None, ts: str, kind: str, actor: str | None,
                 data: str) -> Event:
    return stored_event(kind, parse_time(ts), orjson.loads(data), event_id, actor, seq)
