"""Checking one journal line on its own: shape, types, allowed values, times.

Checks that need the rest of the journal (references, transitions) live in ``state``.
"""
from __future__ import annotations

import math
from typing import Any

from balans.core.events import (CHANNELS, DEMANDS, ENVELOPE, MODES, OUTCOMES, ROLES, SCHEMA,
                                TIME_FIELDS, Event, parse_time)

_CHOICES = {
    "mode": MODES,
    "role": ROLES,
    "channel": CHANNELS,
    "outcome": OUTCOMES,
    "demand": DEMANDS,
}
_ID_FIELDS = ("employee", "contact", "task", "reason")
_TEXT_FIELDS = ("name", "label", "title", "kind", "text")
MAX_ID = 200


def _check_text(name: str, value: Any, *, limit: int = 400, empty_ok: bool = False) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string")
    if not empty_ok and not value.strip():
        raise ValueError(f"{name} must not be empty")
    if len(value) > limit:
        raise ValueError(f"{name} is longer than {limit} characters")


def parse_event(obj: Any) -> Event:
    """Turn one decoded JSON object into an Event, or raise ValueError saying what is wrong."""
    if not isinstance(obj, dict):
        raise ValueError("a journal line must be a JSON object")
    kind = obj.get("type")
    if kind is None:
        raise ValueError("missing field 'type'")
    if kind not in SCHEMA:
        raise ValueError(f"unknown event type {kind!r}")
    if "ts" not in obj:
        raise ValueError("missing field 'ts'")
    ts = parse_time(obj["ts"], "ts")
    event_id = obj.get("id")
    if event_id is not None:
        _check_text("id", event_id, limit=MAX_ID)
    actor = obj.get("actor")
    if actor is not None:
        _check_text("actor", actor, limit=MAX_ID)
    required, optional = SCHEMA[kind]
    fields = {k: v for k, v in obj.items() if k not in ENVELOPE}
    for name in required:
        if name not in fields or fields[name] is None:
            raise ValueError(f"{kind} needs field {name!r}")
    allowed = set(required) | set(optional)
    for name in fields:
        if name not in allowed:
            raise ValueError(f"{kind} has no field {name!r}")
    for name, value in fields.items():
        if value is None:
            if name in required:
                raise ValueError(f"{kind} needs field {name!r}")
            continue
        if name in _ID_FIELDS:
            _check_text(name, value, limit=MAX_ID)
        elif name in _TEXT_FIELDS:
            _check_text(name, value, limit=2000 if name == "text" else 400)
        elif name in _CHOICES:
            if value not in _CHOICES[name]:
                options = ", ".join(_CHOICES[name])
                raise ValueError(f"{name} {value!r} is not one of {options}")
        elif name in TIME_FIELDS:
            parse_time(value, name)
        elif name == "estimate_min":
            if (isinstance(value, bool) or not isinstance(value, (int, float))
                    or not math.isfinite(value) or value < 0):
                raise ValueError("estimate_min must be a number of minutes, 0 or more")
        elif name == "channels":
            if not isinstance(value, list) or any(c not in CHANNELS for c in value):
                raise ValueError(f"channels must be a list of {', '.join(CHANNELS)}")
    if "start" in fields and "end" in fields:
        if parse_time(fields["end"], "end") <= parse_time(fields["start"], "start"):
            raise ValueError("end must be after start")
    if kind == "task.changed" and len(fields) == 1:
        raise ValueError("task.changed changes nothing (give title, kind, due or estimate_min)")
    return Event(type=kind, ts=ts, fields=fields, id=event_id, actor=actor)
