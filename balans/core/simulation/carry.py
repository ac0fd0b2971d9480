"""What the simulator carries from one day to the next: the open backlog and unanswered e-mail."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class SimTask:
    """An open backlog item as the simulator sees it (the journal sees only its events)."""

    id: str
    title: str
    kind: str
    due: date
    estimate_min: int
    created: date
    remaining_s: float           # work left, in seconds of focused work
    holder: str | None = None    # in progress with this employee (started, not paused)
    order: int = 0               # creation order, for first-in-first-out ties
    reason: str | None = None    # the contact reason of the contact it follows up


@dataclass(slots=True)
class DayStats:
    """Figures of one simulated day that the journal alone does not show."""

    backlog_work_s: float = 0.0   # seconds of task work actually done
    tasks_created: int = 0
    tasks_finished: int = 0
    tasks_cancelled: int = 0
    resumption_s: float = 0.0     # seconds spent getting back into a task after a switch
    interruptions: int = 0        # contacts answered with a task in progress
    pulls: int = 0                # times the lead pulled someone from back office to contact


@dataclass(slots=True)
class SimState:
    """Carry-over between days. ``simulate_day`` never mutates the state it is given."""

    tasks: dict[str, SimTask] = field(default_factory=dict)
    # Unanswered e-mails: (contact id, arrival time, reason id).
    emails: list[tuple[str, datetime, str]] = field(default_factory=list)
    next_order: int = 0
    last_day: DayStats | None = None

    def copy(self) -> "SimState":
        return SimState({k: copy.copy(t) for k, t in self.tasks.items()}, list(self.emails),
                        self.next_order, copy.copy(self.last_day))

    def backlog_hours(self) -> float:
        return sum(t.remaining_s for t in self.tasks.values()) / 3600
