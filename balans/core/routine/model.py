"""The daily routine as plain frozen data, and its JSON shape."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


@dataclass(frozen=True)
class RoutineItem:
    ts: datetime
    kind: str  # contact.arrived, task.created, task.changed, obstacle.logged
    ref: str | None  # the contact or task id
    text: str  # what it is, in a few words
    employee: str | None  # who logged it (obstacles)
    channel: str | None  # for contacts
    acted_upon: bool | None  # None: nothing in the journal can act on it (obstacles)
    acted_at: datetime | None
    acted_by: str | None
    action: str | None  # answered, ended, started, paused, finished, cancelled
    # The parts of ``text`` (English, as the JSON has it), for a list in the user's language:
    subject: str | None = None  # the task's title; the contact's reason
    fields: tuple[str, ...] = ()  # what a task.changed changed
    abandoned: bool = False  # a contact that left the queue unserved

    def to_json(self) -> dict[str, Any]:
        return {"ts": self.ts.isoformat(), "kind": self.kind, "ref": self.ref, "text": self.text,
                "employee": self.employee, "channel": self.channel, "acted_upon": self.acted_upon,
                "acted_at": _iso(self.acted_at), "acted_by": self.acted_by,
                "action": self.action}


@dataclass(frozen=True)
class OpenCase:
    task: str
    title: str | None
    kind: str | None
    status: str  # open, in_progress, paused
    holder: str | None  # who last started or paused it
    created: datetime
    age_days: float
    due: datetime | None
    overdue: bool
    last_activity: datetime

    def to_json(self) -> dict[str, Any]:
        return {"task": self.task, "title": self.title, "kind": self.kind,
                "status": self.status, "holder": self.holder,
                "created": self.created.isoformat(), "age_days": round(self.age_days, 2),
                "due": _iso(self.due), "overdue": self.overdue,
                "last_activity": self.last_activity.isoformat()}


@dataclass(frozen=True)
class WaitingContact:
    """A contact nobody has answered yet (an e-mail, typically): open work like a case."""

    contact: str
    channel: str | None
    reason: str | None
    arrived: datetime
    age_days: float

    def to_json(self) -> dict[str, Any]:
        return {"contact": self.contact, "channel": self.channel, "reason": self.reason,
                "arrived": self.arrived.isoformat(), "age_days": round(self.age_days, 2)}


@dataclass(frozen=True)
class Routine:
    date: date
    working_day: bool
    since: datetime  # end of the previous working day
    until: datetime
    items: tuple[RoutineItem, ...]
    open_cases: tuple[OpenCase, ...]
    waiting_contacts: tuple[WaitingContact, ...] = ()  # unanswered at the end, oldest first

    @property
    def not_acted_upon(self) -> tuple[RoutineItem, ...]:
        return tuple(i for i in self.items if i.acted_upon is False)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "working_day": self.working_day,
                "since": self.since.isoformat(), "until": self.until.isoformat(),
                "items": [i.to_json() for i in self.items],
                "open_cases": [c.to_json() for c in self.open_cases],
                "waiting_contacts": [c.to_json() for c in self.waiting_contacts]}
