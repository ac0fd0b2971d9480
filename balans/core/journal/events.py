"""Journal events: the one data shape everything in Balans is derived from.

An :class:`Event` is immutable plain data. ``fields`` holds the type-specific fields exactly as
they appear in the JSON Lines exchange format (times stay ISO strings there, so an export gives
back what was imported); ``ts`` is parsed once, because every computation needs it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from balans.core.vocabulary import EventType as T

# Per type: required fields, optional fields. Every event also has ts, type, id?, actor?.
SCHEMA: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    T.EMPLOYEE_ADDED: (("employee", "name"), ("channels",)),
    T.EMPLOYEE_CHANGED: (("employee",), ("name", "channels")),
    T.EMPLOYEE_DEACTIVATED: (("employee",), ()),
    T.REASON_DEFINED: (("reason", "label", "demand"), ("agreement", "usual_outcome")),
    T.REASON_RETIRED: (("reason",), ()),
    T.SHIFT_PLANNED: (("employee", "start", "end"), ()),
    T.SHIFT_CANCELLED: (("employee", "start", "end"), ()),
    T.ROLE_PLANNED: (("employee", "start", "end", "role"), ()),
    T.MODE_CHANGED: (("employee", "mode"), ()),
    T.CONTACT_ARRIVED: (("contact", "channel"), ("reason",)),
    T.CONTACT_ANSWERED: (("contact", "employee"), ()),
    T.CONTACT_ENDED: (("contact", "employee", "outcome"), ("reason", "task")),
    T.CONTACT_ABANDONED: (("contact",), ()),
    # From another system (a telephony/ACD or queue-ticket export): a whole, finished contact.
    T.CONTACT_IMPORTED: (("contact", "channel", "source"),
                         ("answered_at", "ended_at", "abandoned_at", "reason", "employee")),
    # Interval statistics from another system: what a queue was offered from start to end.
    T.QUEUE_INTERVAL: (("source", "channel", "start", "end", "offered"),
                       ("answered", "abandoned", "handle_s")),
    T.TASK_CREATED: (("task", "title"), ("kind", "due", "estimate_min", "contact")),
    T.TASK_CHANGED: (("task",), ("title", "kind", "due", "estimate_min")),
    T.TASK_STARTED: (("task", "employee"), ("note",)),  # note: a hand-over note
    T.TASK_PAUSED: (("task", "employee"), ()),
    T.TASK_FINISHED: (("task", "employee"), ()),
    T.TASK_CANCELLED: (("task",), ()),
    T.OBSTACLE_LOGGED: (("employee", "text"), ()),
}
if set(SCHEMA) != set(T):  # one list of event types: the vocabulary and the schema agree
    raise RuntimeError(f"SCHEMA and EventType differ: {set(SCHEMA) ^ set(T)}")
TIME_FIELDS = ("start", "end", "due", "answered_at", "ended_at", "abandoned_at")


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


_new = object.__new__
(_set_type, _set_ts, _set_fields, _set_id, _set_actor, _set_seq, _set_ts_text) = (
    getattr(Event, name).__set__
    for name in ("type", "ts", "fields", "id", "actor", "seq", "ts_text"))


def stored_event(type: str, ts: datetime, fields: Mapping[str, Any], id: str | None,  # noqa: A002
                 actor: str | None, seq: int | None = None, ts_text: str | None = None
                 ) -> Event:
    """``Event(...)`` for the bulk paths (import, reads of thousands of rows) at a third of the
    cost: the frozen dataclass's ``__init__`` goes through ``object.__setattr__`` per field,
    this sets the slots directly. The same immutable event either way."""
    event = _new(Event)
    _set_type(event, type)
    _set_ts(event, ts)
    _set_fields(event, fields)
    _set_id(event, id)
    _set_actor(event, actor)
    _set_seq(event, seq)
    _set_ts_text(event, ts_text)
    return event


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
