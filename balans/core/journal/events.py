"""Journal events: the one data shape everything in Balans is derived from.

An :class:`Event` is immutable plain data. ``fields`` holds the type-specific fields exactly as
they appear in the JSON Lines exchange format (times stay ISO strings there, so an export gives
back what was imported); ``ts`` is parsed once, because every computation needs it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

ROLES = ("contact", "backoffice", "break")
MODES = ("contact", "backoffice", "break", "offline")
CHANNELS = ("phone", "counter", "chat", "email")
OUTCOMES = ("resolved", "follow_up", "referred")
DEMANDS = ("value", "failure")

# Per type: required fields, optional fields. Every event also has ts, type, id?, actor?.
SCHEMA: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "employee.added": (("employee", "name"), ("channels",)),
    "reason.defined": (("reason", "label", "demand"), ()),
    "shift.planned": (("employee", "start", "end"), ()),
    "role.planned": (("employee", "start", "end", "role"), ()),
    "mode.changed": (("employee", "mode"), ()),
    "contact.arrived": (("contact", "channel"), ("reason",)),
    "contact.answered": (("contact", "employee"), ()),
    "contact.ended": (("contact", "employee", "outcome"), ("reason", "task")),
    "contact.abandoned": (("contact",), ()),
    "task.created": (("task", "title"), ("kind", "due", "estimate_min", "contact")),
    "task.changed": (("task",), ("title", "kind", "due", "estimate_min")),
    "task.started": (("task", "employee"), ("note",)),  # note: a hand-over note
    "task.paused": (("task", "employee"), ()),
    "task.finished": (("task", "employee"), ()),
    "task.cancelled": (("task",), ()),
    "obstacle.logged": (("employee", "text"), ()),
}
EVENT_TYPES = tuple(SCHEMA)
TIME_FIELDS = ("start", "end", "due")
ENVELOPE = ("id", "ts", "type", "actor")


@dataclass(frozen=True, slots=True)
class Event:
    """One journal entry. ``seq`` is the storage order, ``None`` before it is stored."""

    type: str
    ts: datetime
    fields: Mapping[str, Any] = field(default_factory=dict)
    id: str | None = None
    actor: str | None = None
    seq: int | None = None
    # Set by the importer: the time as written when that is already canonical, sparing a big
    # import the re-encoding. init=False: ``dataclasses.replace`` must not carry it onto a
    # changed event.
    ts_text: str | None = field(default=None, init=False, compare=False, repr=False)

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]

    @property
    def employee(self) -> str | None:
        return self.fields.get("employee")

    def to_json(self) -> dict[str, Any]:
        """The exchange-format object, envelope first (id, ts, type, then fields, then actor)."""
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["ts"] = self.ts.isoformat()
        out["type"] = self.type
        out.update(self.fields)
        if self.actor is not None:
            out["actor"] = self.actor
        return out


def make(type: str, ts: datetime, *, id: str | None = None, actor: str | None = None,
         **fields: Any) -> Event:
    """Convenience constructor used by operations, the simulator and tests."""
    if ts.tzinfo is None:
        raise ValueError("event time must carry a UTC offset")
    return Event(type=type, ts=ts, fields=fields, id=id, actor=actor)


def is_canonical_time(text: str) -> bool:
    """``YYYY-MM-DDTHH:MM:SS+HH:MM`` exactly: what ``datetime.isoformat()`` writes back."""
    return (len(text) == 25 and text[10] == "T" and text[19] in "+-" and text[22] == ":"
            and text[19:] != "-00:00")


def parse_time(value: Any, name: str = "time") -> datetime:
    """Parse an ISO 8601 time that must carry a UTC offset; raise ValueError with a plain reason."""
    if type(value) is str and len(value) == 25:  # fast path: 2026-11-23T08:30:00+01:00
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is not None:
                return moment
    if not isinstance(value, str):
        raise ValueError(f"{name} must be an ISO 8601 string")
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} {value!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError(f"{name} {value!r} has no UTC offset")
    return moment
