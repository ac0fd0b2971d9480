"""The end-of-day summary as plain frozen data, and its JSON shape (CONTRACT.md section 3).

Values are exact (floats from exact microsecond sums); ``to_json`` rounds to 2 decimals.
Everything beyond the contract sits under the top-level key ``"extra"`` so the contract's keys
stay exactly as specified.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from balans.core.vocabulary import Flag


@dataclass(frozen=True)
class SummarySettings:
    """Thresholds and targets; the desktop passes the user's settings in, core never reads them."""

    switches_per_hour_limit: float = 1.0  # CONTEXT_SWITCHING when the rate is above this
    backoffice_realized_limit: float = 0.7  # BACKOFFICE_NOT_REALIZED when realised is below this
    backoffice_min_planned: float = 30.0  # ... and at least this many backoffice minutes planned
    target_phone_s: float = 20.0
    target_chat_s: float = 60.0
    target_counter_s: float = 300.0
    target_email_s: float = 172_800.0
    cost_per_hour: float = 40.0  # EUR per handling hour, for the cost of contact reasons
    interval_minutes: int = 15  # chart intervals
    # While the day is still running (figures cut at now) a flag needs a sustained pattern, not
    # a rate from a few minutes of data. Complete days keep the contract's flags.
    live_min_working_minutes: float = 60.0  # CONTEXT_SWITCHING: at least this long at work
    live_min_switches: int = 3  # ... and at least this many switches + interruptions
    live_min_aside_minutes: float = 30.0  # UNFINISHED_TASKS: a task put aside at least this long

    def target_s(self, channel: str) -> float:
        return float(getattr(self, f"target_{channel}_s", self.target_phone_s))


def r2(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@dataclass(frozen=True)
class RoleMinutes:
    contact: float = 0.0
    backoffice: float = 0.0
    break_: float = 0.0

    @property
    def total(self) -> float:
        return self.contact + self.backoffice + self.break_

    def of(self, role: str) -> float:
        """The minutes of one role by its vocabulary name ("break" is ``break_`` here)."""
        return self.break_ if role == "break" else getattr(self, role)

    def to_json(self) -> dict[str, float]:
        return {"contact": r2(self.contact), "backoffice": r2(self.backoffice),
                "break": r2(self.break_)}


@dataclass(frozen=True)
class EmployeeDay:
    employee: str
    planned_minutes: RoleMinutes
    actual_minutes: RoleMinutes
    adherence: float | None
    backoffice_realized: float | None
    switches: int
    interruptions: int
    context_switches_per_hour: float | None
    contacts_handled: int
    tasks_finished: int
    unfinished_tasks: tuple[str, ...]
    flags: tuple[Flag, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "employee": self.employee,
            "planned_minutes": self.planned_minutes.to_json(),
            "actual_minutes": self.actual_minutes.to_json(),
            "adherence": r2(self.adherence),
            "backoffice_realized": r2(self.backoffice_realized),
            "switches": self.switches,
            "interruptions": self.interruptions,
            "context_switches_per_hour": r2(self.context_switches_per_hour),
            "contacts_handled": self.contacts_handled,
            "tasks_finished": self.tasks_finished,
            "unfinished_tasks": list(self.unfinished_tasks),
            "flags": list(self.flags),
        }


@dataclass(frozen=True)
class ChannelDay:
    channel: str
    offered: int
    answered: int
    abandoned: int
    service_level: float | None
    avg_wait_s: float | None
    aht_s: float | None

    def to_json(self) -> dict[str, Any]:
        return {"offered": self.offered, "answered": self.answered, "abandoned": self.abandoned,
                "service_level": r2(self.service_level), "avg_wait_s": r2(self.avg_wait_s),
                "aht_s": r2(self.aht_s)}


@dataclass(frozen=True)
class Backlog:
    open_start: int
    created: int
    finished: int
    cancelled: int
    open_end: int
    overdue_end: int

    def to_json(self) -> dict[str, int]:
        return {"open_start": self.open_start, "created": self.created,
                "finished": self.finished, "cancelled": self.cancelled,
                "open_end": self.open_end, "overdue_end": self.overdue_end}


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    count: int
    handling_minutes: float

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "count": self.count,
                "handling_minutes": r2(self.handling_minutes)}


@dataclass(frozen=True)
class Obstacle:
    employee: str
    ts: datetime
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"employee": self.employee, "ts": self.ts.isoformat(), "text": self.text}


@dataclass(frozen=True)
class TeamDay:
    channels: tuple[ChannelDay, ...]  # channels that had arrivals, in Channel order
    first_contact_resolution: float | None
    failure_demand_share: float | None
    backlog: Backlog
    reasons: tuple[ReasonCount, ...]
    obstacles: tuple[Obstacle, ...]

    def channel(self, name: str) -> ChannelDay | None:
        return next((c for c in self.channels if c.channel == name), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "channels": {c.channel: c.to_json() for c in self.channels},
            "first_contact_resolution": r2(self.first_contact_resolution),
            "failure_demand_share": r2(self.failure_demand_share),
            "backlog": self.backlog.to_json(),
            "reasons": [r.to_json() for r in self.reasons],
            "obstacles": [o.to_json() for o in self.obstacles],
        }


# -- extras (beyond the contract) ----------------------------------------------------------------

@dataclass(frozen=True)
class ReasonCost:
    reason: str
    label: str
    demand: str | None  # "value", "failure", or None for an undefined reason
    count: int
    handling_minutes: float
    cost: float

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "label": self.label, "demand": self.demand,
                "count": self.count, "handling_minutes": r2(self.handling_minutes),
                "cost": r2(self.cost)}


@dataclass(frozen=True)
class RepeatContact:
    """A contact ended with a ``task`` that was already open before the contact arrived: the
    customer came back about an open case (a failure-demand signal)."""

    contact: str
    task: str
    employee: str
    channel: str | None
    ts: datetime

    def to_json(self) -> dict[str, Any]:
        return {"contact": self.contact, "task": self.task, "employee": self.employee,
                "channel": self.channel, "ts": self.ts.isoformat()}


@dataclass(frozen=True)
class IntervalFigures:
    """One chart interval. People figures are average heads (role minutes / interval minutes)."""

    start: datetime
    offered: dict[str, int]
    service_level: dict[str, float | None]
    waiting_end: int  # contacts waiting at the interval's end (live channels and e-mail)
    backlog_open_end: int
    planned: RoleMinutes  # in people
    actual: RoleMinutes  # in people

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "offered": dict(self.offered),
                "service_level": {k: r2(v) for k, v in self.service_level.items()},
                "waiting_end": self.waiting_end, "backlog_open_end": self.backlog_open_end,
                "planned": self.planned.to_json(), "actual": self.actual.to_json()}


@dataclass(frozen=True)
class SummaryExtra:
    reason_costs: tuple[ReasonCost, ...]
    total_cost: float
    failure_cost: float
    repeat_contacts: tuple[RepeatContact, ...]
    intervals: tuple[IntervalFigures, ...]
    cost_per_hour: float

    def to_json(self) -> dict[str, Any]:
        return {
            "cost_per_hour": self.cost_per_hour,
            "reason_costs": [r.to_json() for r in self.reason_costs],
            "total_cost": r2(self.total_cost),
            "failure_cost": r2(self.failure_cost),
            "repeat_contacts": [r.to_json() for r in self.repeat_contacts],
            "intervals": [i.to_json() for i in self.intervals],
        }


@dataclass(frozen=True)
class DaySummary:
    date: date
    employees: tuple[EmployeeDay, ...]
    team: TeamDay
    extra: SummaryExtra | None = field(default=None, compare=False)

    def employee(self, employee_id: str) -> EmployeeDay | None:
        return next((e for e in self.employees if e.employee == employee_id), None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date.isoformat(),
            "employees": [e.to_json() for e in self.employees],
            "team": self.team.to_json(),
        }
        if self.extra is not None:
            out["extra"] = self.extra.to_json()
        return out

