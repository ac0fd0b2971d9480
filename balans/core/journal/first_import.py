"""A first import in one pass: a file of certainly valid lines into an empty journal.

The general path (``journal.decode_lines``, then ``Journal.append``) makes an ``Event`` of
every line, then goes over them again for stored ids, the current state and the rows. A first
import of a big file — the migration from another system, a demo year — meets none of what
those passes are for: nothing is stored yet, and a file worth importing is valid. So this lane
checks each line (``fastcheck``), applies it to the state and builds its journal row while the
line's objects are fresh, and makes no events at all.

It gives up (returns ``None``) at anything it is not certain of: a line its type's check does
not accept, an event that cannot happen, a key given twice, a reference the file never
satisfies. The importer then takes the general path from the start, which words the errors
exactly as ever; and it takes that path whenever the journal turns out not to be empty. An id
given twice is the database's to notice where the rows are stored as they come (SQLite): its
unique index refuses the repeat, on insert or when a bulk load builds the index again, and the
importer hands over just the same; where they wait (PostgreSQL) the lane keeps the ids itself
and gives up before anything is inserted.
The rows and state are those the general path builds (``tests/core/test_first_import.py``).
"""
from __future__ import annotations

from typing import Any, Callable

import orjson

from balans.core.journal.fastcheck import CHECKS
from balans.core.journal.lines import key_marks
from balans.core.journal.state import EMPLOYEE_FIELDS, STEPS, StateTracker

Row = tuple[Any, ...]  # journal.EVENT_INSERT_COLUMNS, in that order
CHUNK = 20_000  # rows handed on at a time: stored while fresh, then let go
# Per type, in one look-up: its check, its state step (or None), whether it names an employee.
LANE = {kind: (check, STEPS.get(kind), kind in EMPLOYEE_FIELDS) for kind, check in CHECKS.items()}


def escaped(text: str) -> str:
    """U+2028, U+2029 and U+0085 written as escapes: JSON allows them raw, but editors,
    JavaScript and Python's ``splitlines`` break lines there, so an export would not re-import."""
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace(
            "\x85", "\\u0085")
    return text


def first_import(lines: list[str], sink: Callable[[list[Row]], None],
                 stream: bool = True) -> StateTracker | None:
    """Check ``lines`` as a first import, handing their journal rows to ``sink`` in order, a
    chunk at a time (``stream``: the sink's store refuses a repeated id) or all at the end
    (repeated ids are looked for here); the state they lead to, or ``None`` when any line is not
    certainly fine (see the module's description: the caller then undoes what the sink
    stored)."""
    tracker = StateTracker()
    ids: set[str] = set()
    loads, dumps, lane, seen = orjson.loads, orjson.dumps, LANE, ids.add
    employees = tracker.employees
    keys = place = 0  # place: the event's place in the batch, its seq until stored
    chunk = CHUNK if stream else max(len(lines), 1)  # not streamed: one chunk, kept till the end
    rows: list[Row] = []
    try:
        for start in range(0, len(lines), chunk):
            if rows:
                sink(rows)
            rows = []
            add = rows.append
            for line in lines[start:start + chunk]:
                if not line or line.isspace():  # what ``not line.strip()`` says, without a copy
                    continue
                obj = loads(line)
                entry = lane.get(obj.get("type"))  # AttributeError: not an object
                if entry is None:
                    return None
                keys += len(obj)
                check, step, by_employee = entry
                envelope = check(obj)
                if envelope is None:
                    return None
                # Taken out of obj, which now holds the fields.
                kind, t, ts_text, event_id, actor, employee, contact, task = envelope
                if not stream and event_id is not None:  # the general path skips a repeated
                    if event_id in ids:  # event or refuses it
                        return None
                    seen(event_id)
                # StateTracker.apply_fields, written out: an unknown employee is not certain.
                if by_employee and employee not in employees:
                    return None
                if step is not None:
                    step(tracker, obj, t, place, place)
                place += 1
                data = dumps(obj).decode()
                add((event_id, t, ts_text, kind, employee, contact, task, actor,
                     data if data.isascii() else escaped(data)))
    except (ValueError, TypeError, AttributeError):  # not JSON, a wrong value, an impossible
        return None  # event, a line that is no object, ...
    if tracker.check_pending() is not None or key_marks(lines) > keys:
        return None
    if rows:  # the last chunk (all of them when not streamed): only now certain
        sink(rows)
    tracker.all_touched()  # the steps ran without noting them: every row is the file's
    return tracker
