"""The live board as plain frozen data: queues, backlog, who does what, suggestions."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from balans.core.summary.model import IntervalFigures, SummarySettings, r2


@dataclass(frozen=True)
class LiveSettings:
    summary: SummarySettings = field(default_factory=SummarySettings)
    calm_minutes: float = 10.0  # queues count as calm after this long without anyone over target
    service_level_target: float = 0.8  # share answered within the channel's target (staffing)
    default_aht_s: float = 290.0  # handling time before the day has its own
    arrival_window_minutes: float = 30.0  # recent arrivals that set the expected load
    queue_channels: tuple[str, ...] = ("phone", "counter", "chat")  # live queues (not e-mail)


@dataclass(frozen=True)
class ChannelLive:
    channel: str
    waiting: int
    longest_wait_s: float | None
    offered: int  # arrived today so far
    answered: int
    abandoned: int
    service_level: float | None  # within target / decided (contacts still inside target excluded)
    in_contact: int  # people in contact mode who can take this channel
    required: int | None  # agents the recent load needs (Erlang C), None when not computed
    building: bool  # the queue grows beyond what the people in contact mode absorb

    def to_json(self) -> dict[str, Any]:
        return {"channel": self.channel, "waiting": self.waiting,
                "longest_wait_s": r2(self.longest_wait_s), "offered": self.offered,
                "answered": self.answered, "abandoned": self.abandoned,
                "service_level": r2(self.service_level), "in_contact": self.in_contact,
                "required": self.required, "building": self.building}


@dataclass(frozen=True)
class BacklogLive:
    open: int
    in_progress: int
    overdue: int  # open with due before now
    due_today: int  # open with due from now to the day's end
    oldest_age_s: float | None
    oldest_task: str | None
    days_to_clear: float | None  # open / recently finished per day

    def to_json(self) -> dict[str, Any]:
        return {"open": self.open, "in_progress": self.in_progress, "overdue": self.overdue,
                "due_today": self.due_today, "oldest_age_s": r2(self.oldest_age_s),
                "oldest_task": self.oldest_task, "days_to_clear": r2(self.days_to_clear)}


@dataclass(frozen=True)
class TaskInHand:
    task: str
    title: str | None
    since: datetime
    due: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {"task": self.task, "title": self.title, "since": self.since.isoformat(),
                "due": self.due.isoformat() if self.due else None}


@dataclass(frozen=True)
class EmployeeLive:
    employee: str
    name: str
    on_shift: bool
    planned_role: str | None  # the role block at now
    planned_until: datetime | None  # end of that block
    mode: str | None  # the last mode change today; None before the first
    mode_since: datetime | None
    tasks_in_progress: tuple[TaskInHand, ...]
    serving: str | None  # contact id
    serving_channel: str | None
    serving_since: datetime | None
    switches: int
    interruptions: int
    context_switches_per_hour: float | None
    flags: tuple[str, ...]
    next_role: str | None = None  # the next planned block with another role than now's
    next_start: datetime | None = None

    @property
    def present(self) -> bool:
        """On shift, or at work anyway (serving, or in a working mode outside the shift)."""
        return self.on_shift or self.serving is not None or self.mode in (
            "contact", "backoffice", "break")

    def to_json(self) -> dict[str, Any]:
        def iso(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {"employee": self.employee, "name": self.name, "on_shift": self.on_shift,
                "planned_role": self.planned_role, "planned_until": iso(self.planned_until),
                "mode": self.mode, "mode_since": iso(self.mode_since),
                "tasks_in_progress": [t.to_json() for t in self.tasks_in_progress],
                "serving": self.serving, "serving_channel": self.serving_channel,
                "serving_since": iso(self.serving_since), "switches": self.switches,
                "interruptions": self.interruptions,
                "context_switches_per_hour": r2(self.context_switches_per_hour),
                "flags": list(self.flags), "next_role": self.next_role,
                "next_start": iso(self.next_start)}


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "pull_in" or "release"
    employee: str
    channel: str | None
    reason: str  # why now
    cost: str  # what it costs the person and the backlog

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "employee": self.employee, "channel": self.channel,
                "reason": self.reason, "cost": self.cost}


@dataclass(frozen=True)
class LiveState:
    now: datetime
    channels: tuple[ChannelLive, ...]
    backlog: BacklogLive
    employees: tuple[EmployeeLive, ...]
    suggestions: tuple[Suggestion, ...]
    intervals: tuple[IntervalFigures, ...] = ()  # since the day's start, for the board's chart

    def channel(self, name: str) -> ChannelLive | None:
        return next((c for c in self.channels if c.channel == name), None)

    def employee(self, employee_id: str) -> EmployeeLive | None:
        return next((e for e in self.employees if e.employee == employee_id), None)

    def to_json(self) -> dict[str, Any]:
        return {"now": self.now.isoformat(),
                "channels": [c.to_json() for c in self.channels],
                "backlog": self.backlog.to_json(),
                "employees": [e.to_json() for e in self.employees],
                "suggestions": [s.to_json() for s in self.suggestions],
                "intervals": [i.to_json() for i in self.intervals]}
