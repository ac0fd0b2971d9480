"""The words Balans uses, defined once and typed.

Each is a ``StrEnum``: a member *is* its string (``Mode.CONTACT == "contact"``), so journal
fields, JSON and SQL keep plain text while the code names a value instead of spelling it.
Adding an event type means adding it to :class:`EventType` and to the journal's ``SCHEMA``
(``balans.core.journal.events``), which checks at import that the two agree.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Iterable


class Role(StrEnum):
    """A planned block's role (``role.planned``)."""

    CONTACT = "contact"
    BACKOFFICE = "backoffice"
    BREAK = "break"


class Mode(StrEnum):
    """What someone actually does (``mode.changed``): a role, or offline."""

    CONTACT = "contact"
    BACKOFFICE = "backoffice"
    BREAK = "break"
    OFFLINE = "offline"


class Channel(StrEnum):
    PHONE = "phone"
    COUNTER = "counter"
    CHAT = "chat"
    EMAIL = "email"


# Queues a customer waits in right now; e-mail waits in a backlog of days instead.
LIVE_CHANNELS: tuple[Channel, ...] = (Channel.PHONE, Channel.COUNTER, Channel.CHAT)


class Outcome(StrEnum):
    RESOLVED = "resolved"
    FOLLOW_UP = "follow_up"
    REFERRED = "referred"


class Demand(StrEnum):
    VALUE = "value"
    FAILURE = "failure"


class Flag(StrEnum):
    """A sustained pattern the end-of-day summary points at (CONTRACT section 3)."""

    CONTEXT_SWITCHING = "CONTEXT_SWITCHING"
    UNFINISHED_TASKS = "UNFINISHED_TASKS"
    BACKOFFICE_NOT_REALIZED = "BACKOFFICE_NOT_REALIZED"


class Area(StrEnum):
    """What a change touches; a panel refreshes when it shows one of the areas that changed."""

    ROSTER = "roster"
    REASONS = "reasons"
    PLAN = "plan"
    QUEUES = "queues"
    TASKS = "tasks"
    FLAGS = "flags"
    OBSTACLES = "obstacles"


ALL_AREAS: frozenset[Area] = frozenset(Area)


class EventType(StrEnum):
    EMPLOYEE_ADDED = "employee.added"
    EMPLOYEE_CHANGED = "employee.changed"
    EMPLOYEE_DEACTIVATED = "employee.deactivated"
    REASON_DEFINED = "reason.defined"
    REASON_RETIRED = "reason.retired"
    SHIFT_PLANNED = "shift.planned"
    SHIFT_CANCELLED = "shift.cancelled"
    ROLE_PLANNED = "role.planned"
    MODE_CHANGED = "mode.changed"
    CONTACT_ARRIVED = "contact.arrived"
    CONTACT_ANSWERED = "contact.answered"
    CONTACT_ENDED = "contact.ended"
    CONTACT_ABANDONED = "contact.abandoned"
    CONTACT_IMPORTED = "contact.imported"  # a finished contact from a telephony/ticket export
    QUEUE_INTERVAL = "queue.interval"  # interval statistics from such an export
    TASK_CREATED = "task.created"
    TASK_CHANGED = "task.changed"
    TASK_STARTED = "task.started"
    TASK_PAUSED = "task.paused"
    TASK_FINISHED = "task.finished"
    TASK_CANCELLED = "task.cancelled"
    OBSTACLE_LOGGED = "obstacle.logged"


_E, _A = EventType, Area
AREAS_BY_TYPE: dict[str, frozenset[Area]] = {
    _E.EMPLOYEE_ADDED: frozenset({_A.ROSTER}),
    _E.EMPLOYEE_CHANGED: frozenset({_A.ROSTER}),
    _E.EMPLOYEE_DEACTIVATED: frozenset({_A.ROSTER, _A.PLAN}),
    _E.REASON_DEFINED: frozenset({_A.REASONS}),
    _E.REASON_RETIRED: frozenset({_A.REASONS}),
    _E.SHIFT_PLANNED: frozenset({_A.PLAN}),
    _E.SHIFT_CANCELLED: frozenset({_A.PLAN}),
    _E.ROLE_PLANNED: frozenset({_A.PLAN}),
    _E.MODE_CHANGED: frozenset({_A.ROSTER, _A.FLAGS}),
    _E.CONTACT_ARRIVED: frozenset({_A.QUEUES}),
    _E.CONTACT_ANSWERED: frozenset({_A.QUEUES, _A.ROSTER, _A.FLAGS}),
    _E.CONTACT_ENDED: frozenset({_A.QUEUES, _A.ROSTER}),
    _E.CONTACT_ABANDONED: frozenset({_A.QUEUES}),
    _E.CONTACT_IMPORTED: frozenset({_A.QUEUES}),
    _E.QUEUE_INTERVAL: frozenset({_A.QUEUES}),
    _E.TASK_CREATED: frozenset({_A.TASKS}),
    _E.TASK_CHANGED: frozenset({_A.TASKS}),
    _E.TASK_STARTED: frozenset({_A.TASKS, _A.ROSTER}),
    _E.TASK_PAUSED: frozenset({_A.TASKS, _A.ROSTER, _A.FLAGS}),
    _E.TASK_FINISHED: frozenset({_A.TASKS, _A.ROSTER, _A.FLAGS}),
    _E.TASK_CANCELLED: frozenset({_A.TASKS}),
    _E.OBSTACLE_LOGGED: frozenset({_A.OBSTACLES}),
}


def areas_of(types: Iterable[str]) -> frozenset[Area]:
    """The areas touched by events of these types (an unknown type touches everything)."""
    out: set[Area] = set()
    for kind in types:
        out |= AREAS_BY_TYPE.get(kind, ALL_AREAS)
    return frozenset(out)
