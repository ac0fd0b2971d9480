"""Checking one journal line on its own: shape, types, allowed values, times.

Checks that need the rest of the journal (references, transitions) live in ``state``.
"""
from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from balans.core.journal.events import (SCHEMA, TIME_FIELDS, Event, is_canonical_time,
                                        parse_time, stored_event)
from balans.core.vocabulary import Channel, Demand, Mode, Outcome, Role

CHOICES: dict[str, tuple[str, ...]] = {
    "mode": tuple(Mode),
    "role": tuple(Role),
    "channel": tuple(Channel),
    "outcome": tuple(Outcome),
    "demand": tuple(Demand),
    "usual_outcome": tuple(Outcome),
}
_ID_FIELDS = ("employee", "contact", "task", "reason")
_TEXT_FIELDS = ("name", "label", "title", "kind", "text", "agreement", "note")
MAX_ID = 200
MAX_CANCEL = timedelta(days=2)  # readers find plan rows by start within two days of a window
# Control characters, and the separators JSON allows raw but line-splitting code splits on.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
YEARS = (1900, 2999)  # event times outside these are a typing error, and overflow day arithmetic


def _check_text(name: str, value: Any, *, limit: int = 400, empty_ok: bool = False) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string")
    if not empty_ok and not value.strip():
        raise ValueError(f"{name} must not be empty")
    if len(value) > limit:
        raise ValueError(f"{name} is longer than {limit} characters")


def check_id(name: str, value: Any) -> None:
    if type(value) is not str or not value or len(value) > MAX_ID:
        _check_text(name, value, limit=MAX_ID)
    if not value.isprintable():  # fast path first: str.isprintable is C
        if _CONTROL.search(value):
            raise ValueError(f"{name} {value!r} holds a control character")
    if value.isspace():
        raise ValueError(f"{name} must not be blank")


def text_limit(name: str) -> int:
    return 2000 if name in ("text", "agreement") else 400


def check_text(name: str, value: Any) -> None:
    limit = text_limit(name)
    if type(value) is not str or not value.strip() or len(value) > limit:
        _check_text(name, value, limit=limit)
    if "\x00" in value:  # no database text can hold it
        raise ValueError(f"{name} holds a NUL character")


def check_choice(name: str, value: Any) -> None:
    if value not in CHOICES[name]:
        raise ValueError(f"{name} {value!r} is not one of {', '.join(CHOICES[name])}")


def _time(name: str, value: Any) -> None:
    _in_range(name, value, parse_time(value, name))


def _in_range(name: str, text: Any, moment: Any) -> None:
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise ValueError(f"{name} {text!r} is out of range (years {YEARS[0]} to {YEARS[1]})")


def _estimate(name: str, value: Any) -> None:
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or not math.isfinite(value) or value < 0):
        raise ValueError("estimate_min must be a number of minutes, 0 or more")


def _count(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number, 0 or more")


def _seconds(name: str, value: Any) -> None:
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or not math.isfinite(value) or value < 0):
        raise ValueError(f"{name} must be a number of seconds, 0 or more")


def _imported_times(fields: dict[str, Any], ts: Any) -> None:
    """A contact from another system is finished: answered and ended, or abandoned."""
    arrived = parse_time(ts, "ts")
    answered, ended, gone = (parse_time(fields[n], n) if fields.get(n) else None
                             for n in ("answered_at", "ended_at", "abandoned_at"))
    if answered is not None and gone is not None:
        raise ValueError("an imported contact is either answered or abandoned, not both")
    if answered is None and gone is None:
        raise ValueError("an imported contact needs answered_at and ended_at, or abandoned_at")
    if answered is not None and ended is None:
        raise ValueError("an answered imported contact needs ended_at")
    if ended is not None and answered is None:
        raise ValueError("ended_at needs answered_at")
    for name, moment, after, what in (("answered_at", answered, arrived, "arrived"),
                                      ("ended_at", ended, answered, "was answered"),
                                      ("abandoned_at", gone, arrived, "arrived")):
        if moment is not None and after is not None and moment < after:
            raise ValueError(f"{name} is before the contact {what}")


def _channels(name: str, value: Any) -> None:
    if not isinstance(value, list) or any(c not in CHOICES["channel"] for c in value):
        raise ValueError(f"channels must be a list of {', '.join(Channel)}")


CHECKS = {**{n: check_id for n in _ID_FIELDS}, **{n: check_text for n in _TEXT_FIELDS},
          **{n: check_choice for n in CHOICES}, **{n: _time for n in TIME_FIELDS},
          "estimate_min": _estimate, "channels": _channels, "source": check_id,
          "offered": _count, "answered": _count, "abandoned": _count, "handle_s": _seconds}
# Per type: (required names, allowed names, [(name, check)]) precomputed once.
_SPECS = {kind: (required, frozenset(required) | frozenset(optional))
          for kind, (required, optional) in SCHEMA.items()}


# Types whose fields are checked against each other (besides any with both start and end).
CHECKED_TOGETHER = frozenset({"shift.cancelled", "employee.changed", "contact.imported",
                              "task.changed"})


def check_together(kind: str, fields: dict[str, Any], ts_text: Any) -> None:
    """The checks that look at more than one field of a line."""
    if "end" in fields and "start" in fields:
        if parse_time(fields["end"], "end") <= parse_time(fields["start"], "start"):
            raise ValueError("end must be after start")
    if kind == "shift.cancelled" and (parse_time(fields["end"], "end")
                                      - parse_time(fields["start"], "start")) > MAX_CANCEL:
        raise ValueError("shift.cancelled spans at most two days (cancel one shift at a time)")
    if kind == "employee.changed" and len(fields) == 1:
        raise ValueError("employee.changed changes nothing (give name or channels)")
    if kind == "contact.imported":
        _imported_times(fields, ts_text)
    if kind == "task.changed" and len(fields) == 1:
        raise ValueError("task.changed changes nothing (give title, kind, due or estimate_min)")


def parse_event(obj: Any) -> Event:
    """Turn one decoded JSON object into an Event, or raise ValueError saying what is wrong."""
    if type(obj) is not dict:
        raise ValueError("a journal line must be a JSON object")
    kind = obj.get("type")
    if kind is None:
        raise ValueError("missing field 'type'")
    spec = _SPECS.get(kind) if type(kind) is str else None
    if spec is None:
        raise ValueError(f"unknown event type {kind!r}")
    required, allowed = spec
    fields = obj.copy()  # a copy, then the envelope out: cheaper than filtering every key
    ts_text = fields.pop("ts", None)
    if ts_text is None:
        raise ValueError("missing field 'ts'")
    ts = parse_time(ts_text, "ts")
    if not YEARS[0] <= ts.year <= YEARS[1]:
        _in_range("ts", ts_text, ts)
    del fields["type"]
    event_id = fields.pop("id", None)
    if event_id is not None:
        check_id("id", event_id)
    actor = fields.pop("actor", None)
    if actor is not None:
        check_id("actor", actor)
    for name in required:
        if fields.get(name) is None:
            raise ValueError(f"{kind} needs field {name!r}")
    for name, value in fields.items():
        if name not in allowed:
            raise ValueError(f"{kind} has no field {name!r}")
        if value is None:
            continue
        check = CHECKS[name]
        if (check is check_id and type(value) is str and 0 < len(value) <= MAX_ID
                and value.isprintable() and not value.isspace()):
            continue  # the common case, without a call (``check_id`` checks the rest)
        check(name, value)
    check_together(kind, fields, ts_text)
    return stored_event(kind, ts, fields, event_id, actor,
                        ts_text=ts_text if is_canonical_time(ts_text) else None)
