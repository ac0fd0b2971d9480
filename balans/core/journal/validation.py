"""Checking one journal line on its own: shape, types, allowed values, times.

Checks that need the rest of the journal (references, transitions) live in ``state``.
"""
from __future__ import annotations

import math
from typing import Any

from balans.core.journal.events import (CHANNELS, DEMANDS, ENVELOPE, MODES, OUTCOMES, ROLES, SCHEMA,
                                TIME_FIELDS, Event, is_canonical_time, parse_time)

_CHOICES = {
    "mode": MODES,
    "role": ROLES,
    "channel": CHANNELS,
    "outcome": OUTCOMES,
    "demand": DEMANDS,
}
_ID_FIELDS = ("employee", "contact", "task", "reason")
_TEXT_FIELDS = ("name", "label", "title", "kind", "text", "note")
MAX_ID = 200


def _check_text(name: str, value: Any, *, limit: int = 400, empty_ok: bool = False) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string")
    if not empty_ok and not value.strip():
        raise ValueError(f"{name} must not be empty")
    if len(value) > limit:
        raise ValueError(f"{name} is longer than {limit} characters")


def _id(name: str, value: Any) -> None:
    if type(value) is not str or not value or len(value) > MAX_ID:
        _check_text(name, value, limit=MAX_ID)


def _text(name: str, value: Any) -> None:
    limit = 2000 if name == "text" else 400
    if type(value) is not str or not value.strip() or len(value) > limit:
        _check_text(name, value, limit=limit)


def _choice(name: str, value: Any) -> None:
    if value not in _CHOICES[name]:
        raise ValueError(f"{name} {value!r} is not one of {', '.join(_CHOICES[name])}")


def _time(name: str, value: Any) -> None:
    parse_time(value, name)


def _estimate(name: str, value: Any) -> None:
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or not math.isfinite(value) or value < 0):
        raise ValueError("estimate_min must be a number of minutes, 0 or more")


def _channels(name: str, value: Any) -> None:
    if not isinstance(value, list) or any(c not in CHANNELS for c in value):
        raise ValueError(f"channels must be a list of {', '.join(CHANNELS)}")


_CHECKS = {**{n: _id for n in _ID_FIELDS}, **{n: _text for n in _TEXT_FIELDS},
           **{n: _choice for n in _CHOICES}, **{n: _time for n in TIME_FIELDS},
           "estimate_min": _estimate, "channels": _channels}
# Per type: (required names, allowed names, [(name, check)]) precomputed once.
_SPECS = {kind: (required, frozenset(required) | frozenset(optional))
          for kind, (required, optional) in SCHEMA.items()}
_ENVELOPE = frozenset(ENVELOPE)


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
    ts_text = obj.get("ts")
    if ts_text is None:
        raise ValueError("missing field 'ts'")
    ts = parse_time(ts_text, "ts")
    event_id = obj.get("id")
    if event_id is not None:
        _id("id", event_id)
    actor = obj.get("actor")
    if actor is not None:
        _id("actor", actor)
    fields = {k: v for k, v in obj.items() if k not in _ENVELOPE}
    for name in required:
        if fields.get(name) is None:
            raise ValueError(f"{kind} needs field {name!r}")
    for name, value in fields.items():
        if name not in allowed:
            raise ValueError(f"{kind} has no field {name!r}")
        if value is not None:
            _CHECKS[name](name, value)
    if "end" in fields and "start" in fields:
        if parse_time(fields["end"], "end") <= parse_time(fields["start"], "start"):
            raise ValueError("end must be after start")
    if kind == "task.changed" and len(fields) == 1:
        raise ValueError("task.changed changes nothing (give title, kind, due or estimate_min)")
    event = Event(type=kind, ts=ts, fields=fields, id=event_id, actor=actor)
    if is_canonical_time(ts_text):
        object.__setattr__(event, "ts_text", ts_text)
    return event
