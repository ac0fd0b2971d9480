"""An index of the journal, built one event at a time, that the day's figures are read from.

Applying an event is O(1): it lands in the record of its contact, task or employee. The summary
(`summary.compute`) and the live board (`live.board.LiveTracker`) both read these records, so the
end-of-day figures and the figures "so far today" come from one piece of code.

Every entry keeps its time (integer microseconds) and its apply order ``n``; ``(time, n)`` is the
order in which things happened, so a late-imported event still lands in its place in time.
Plans and definitions (shift/role.planned, reason.defined, employee.added) apply whatever their
own timestamp: a plan stored after the day it is for still describes that day.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterable, Mapping

from balans.core.journal.events import Event, parse_time
from balans.core.roster.spans import subtract, union
from balans.core.timeutil import to_micros

Key = tuple[int, int]  # (microseconds, apply order)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICRO = timedelta(microseconds=1)
LIFECYCLE = ("task.started", "task.paused", "task.finished", "task.cancelled")
IMPORTED = ""  # who answered an imported contact when the export named no team member


class ContactRec:
    """One contact. ``answers`` in arrival order of the events; sort before reading by time."""

    __slots__ = ("id", "arrived", "channel", "reason", "answers", "ended", "abandoned")

    def __init__(self, contact_id: str) -> None:
        self.id = contact_id
        self.arrived: Key | None = None
        self.channel: str | None = None
        self.reason: str | None = None
        self.answers: list[tuple[int, int, str]] = []  # (us, n, employee)
        # (us, n, employee, outcome, reason, task)
        self.ended: tuple[int, int, str, str, str | None, str | None] | None = None
        self.abandoned: Key | None = None

    def closed_at(self) -> int | None:
        """When it stopped waiting or being served (ended or abandoned), if it did."""
        times = [rec[0] for rec in (self.ended, self.abandoned) if rec is not None]
        return min(times) if times else None


class TaskRec:
    __slots__ = ("id", "created", "title", "kind", "due", "contact", "changes", "life")

    def __init__(self, task_id: str) -> None:
        self.id = task_id
        self.created: Key | None = None
        self.title: str | None = None
        self.kind: str | None = None
        self.due: int | None = None  # as created
        self.contact: str | None = None
        self.changes: list[tuple[int, int, dict[str, Any]]] = []
        self.life: list[tuple[int, int, str, str | None]] = []  # (us, n, verb, employee)

    def lifecycle(self, cutoff: int) -> list[tuple[int, int, str, str | None]]:
        """started/paused/finished/cancelled before ``cutoff``, in time order."""
        self.life.sort()
        if self.life and self.life[-1][0] >= cutoff:
            return [entry for entry in self.life if entry[0] < cutoff]
        return self.life

    def closed_at(self, cutoff: int) -> int | None:
        """When it was first finished or cancelled (before ``cutoff``), if it was."""
        for us, _n, verb, _emp in self.lifecycle(cutoff):
            if verb in ("finished", "cancelled"):
                return us
        return None

    def field_at(self, name: str, cutoff: int) -> Any:
        """A field (title, kind, due, estimate_min) as last set before ``cutoff``."""
        value = getattr(self, name, None) if name in ("title", "kind", "due") else None
        for us, _n, fields in sorted(self.changes, key=lambda c: c[:2]):
            if us >= cutoff:
                break
            if name in fields:
                value = fields[name]
        return value


class EmployeeRec:
    __slots__ = ("id", "name", "channels", "modes", "roles", "shifts", "off", "stamps")

    def __init__(self, employee_id: str) -> None:
        self.id = employee_id
        self.name: str = employee_id
        self.channels: tuple[str, ...] | None = None
        self.modes: list[tuple[int, int, str]] = []  # (us, n, mode)
        self.roles: list[tuple[int, int, str]] = []  # (start, end, role) in journal order
        self.shifts: list[tuple[int, int]] = []
        # Time a shift.cancelled called off (until a later shift.planned gives it back): the
        # role plan there counts nowhere, as the planner's grid does not show it either.
        self.off: list[tuple[int, int]] = []
        self.stamps: list[int] = []  # times of the events naming this employee (not plans)

    def active_between(self, lo: int, hi: int) -> bool:
        return any(lo <= t < hi for t in self.stamps)


class Ledger:
    """The index. ``apply`` events in journal order; read the records."""

    def __init__(self) -> None:
        self.employees: dict[str, EmployeeRec] = {}
        self.contacts: dict[str, ContactRec] = {}
        self.tasks: dict[str, TaskRec] = {}
        self.reasons: dict[str, tuple[str, str]] = {}  # reason -> (label, demand)
        self.usual_outcomes: dict[str, str] = {}  # reason -> the catalogue's usual outcome
        self.obstacles: list[tuple[int, int, str, str]] = []  # (us, n, employee, text)
        self.count = 0
        self._handlers: dict[str, Callable[[Event, Mapping[str, Any], int, int], None]] = {
            "employee.added": self._employee_added,
            "employee.changed": self._employee_changed,
            "reason.defined": self._reason_defined,
            "shift.planned": self._shift_planned,
            "shift.cancelled": self._shift_cancelled,
            "role.planned": self._role_planned,
            "mode.changed": self._mode_changed,
            "contact.arrived": self._contact_arrived,
            "contact.answered": self._contact_answered,
            "contact.ended": self._contact_ended,
            "contact.abandoned": self._contact_abandoned,
            "contact.imported": self._contact_imported,
            "task.created": self._task_created,
            "task.changed": self._task_changed,
            "obstacle.logged": self._obstacle_logged,
        }

    def apply(self, event: Event) -> None:
        self.count += 1
        us = (event.ts - _EPOCH) // _MICRO  # exact, as timeutil.to_micros, in one C call
        handler = self._handlers.get(event.type)
        if handler is not None:
            handler(event, event.fields, us, self.count)
        elif event.type in LIFECYCLE:
            self._task_life(event, event.fields, us, self.count)

    def extend(self, events: Iterable[Event]) -> None:
        for event in events:
            self.apply(event)

    # -- records ------------------------------------------------------------------------------

    def employee(self, employee_id: str) -> EmployeeRec:
        rec = self.employees.get(employee_id)
        if rec is None:
            rec = self.employees[employee_id] = EmployeeRec(employee_id)
        return rec

    def contact(self, contact_id: str) -> ContactRec:
        rec = self.contacts.get(contact_id)
        if rec is None:
            rec = self.contacts[contact_id] = ContactRec(contact_id)
        return rec

    def task(self, task_id: str) -> TaskRec:
        rec = self.tasks.get(task_id)
        if rec is None:
            rec = self.tasks[task_id] = TaskRec(task_id)
        return rec

    def reason_demand(self, reason: str | None) -> str | None:
        entry = self.reasons.get(reason) if reason is not None else None
        return entry[1] if entry else None

    # -- handlers -----------------------------------------------------------------------------

    def _stamp(self, f: Mapping[str, Any], us: int) -> None:
        employee = f.get("employee")
        if employee is not None:
            self.employee(employee).stamps.append(us)

    def _employee_added(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.employee(f["employee"])
        rec.name = f.get("name") or rec.id
        channels = f.get("channels")
        rec.channels = tuple(channels) if channels else None
        rec.stamps.append(us)

    def _employee_changed(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.employee(f["employee"])
        if f.get("name"):
            rec.name = f["name"]
        if "channels" in f:
            rec.channels = tuple(f["channels"]) if f["channels"] else None

    def _reason_defined(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        self.reasons[f["reason"]] = (f.get("label") or f["reason"], f["demand"])
        if f.get("usual_outcome"):
            self.usual_outcomes[f["reason"]] = f["usual_outcome"]
        else:
            self.usual_outcomes.pop(f["reason"], None)

    def _shift_planned(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        start, end = _span(f)
        rec = self.employee(f["employee"])
        rec.shifts.append((start, end))
        rec.off = subtract(rec.off, start, end)

    def _shift_cancelled(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        """That time is no longer a shift (a later shift.planned may give it back)."""
        rec = self.employee(f["employee"])
        rec.shifts = subtract(rec.shifts, *_span(f))
        rec.off = union([*rec.off, _span(f)])

    def _role_planned(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        start, end = _span(f)
        self.employee(f["employee"]).roles.append((start, end, f["role"]))

    def _mode_changed(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.employee(f["employee"])
        rec.modes.append((us, n, f["mode"]))
        rec.stamps.append(us)

    def _contact_arrived(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.contact(f["contact"])
        if rec.arrived is None or (us, n) < rec.arrived:
            rec.arrived = (us, n)
            rec.channel = f["channel"]
            rec.reason = f.get("reason")

    def _contact_answered(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        self.contact(f["contact"]).answers.append((us, n, f["employee"]))
        self._stamp(f, us)

    def _contact_ended(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.contact(f["contact"])
        if rec.ended is None or (us, n) < rec.ended[:2]:
            rec.ended = (us, n, f["employee"], f["outcome"], f.get("reason"),
                         f.get("task"))
        self._stamp(f, us)

    def _contact_abandoned(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.contact(f["contact"])
        if rec.abandoned is None or (us, n) < rec.abandoned:
            rec.abandoned = (us, n)

    def _contact_imported(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        """A finished contact from another system: arrived, and answered and ended (with no
        outcome: ``None`` marks it) or abandoned. Who answered is the employee when the export
        named a team member, else nobody in particular (``IMPORTED``)."""
        rec = self.contact(f["contact"])
        if rec.arrived is not None:
            return
        rec.arrived, rec.channel, rec.reason = (us, n), f["channel"], f.get("reason")
        if f.get("answered_at"):
            who = f.get("employee") or IMPORTED
            rec.answers.append((_micros(f["answered_at"]), n, who))
            rec.ended = (_micros(f["ended_at"]), n, who, None, f.get("reason"), None)
        elif f.get("abandoned_at"):
            rec.abandoned = (_micros(f["abandoned_at"]), n)

    def _task_created(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        rec = self.task(f["task"])
        if rec.created is None or (us, n) < rec.created:
            rec.created = (us, n)
            rec.title = f.get("title")
            rec.kind = f.get("kind")
            rec.due = _micros(f.get("due"))
            rec.contact = f.get("contact")

    def _task_changed(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        fields = {k: v for k, v in f.items() if k != "task"}
        if "due" in fields:
            fields["due"] = _micros(fields["due"])
        self.task(f["task"]).changes.append((us, n, fields))

    def _task_life(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        verb = event.type.split(".", 1)[1]
        # task.cancelled names no employee; whoever recorded it acted on the task.
        who = f.get("employee") or (event.actor if verb == "cancelled" else None)
        self.task(f["task"]).life.append((us, n, verb, who))
        self._stamp(f, us)

    def _obstacle_logged(self, event: Event, f: Mapping[str, Any], us: int, n: int) -> None:
        self.obstacles.append((us, n, f["employee"], f["text"]))
        self._stamp(f, us)

    # -- housekeeping -------------------------------------------------------------------------

    def forget_before(self, moment: int) -> None:
        """Drop what no figure from ``moment`` on can need: contacts and tasks closed before it,
        mode changes, obstacles and plan blocks that ended before it. A long-running live board
        calls this when the day rolls over, so it does not carry every past day along."""
        far = 1 << 62
        self.contacts = {k: c for k, c in self.contacts.items()
                         if c.closed_at() is None or c.closed_at() >= moment}
        self.tasks = {k: t for k, t in self.tasks.items()
                      if (t.closed_at(far) is None or t.closed_at(far) >= moment)}
        self.obstacles = [o for o in self.obstacles if o[0] >= moment]
        for rec in self.employees.values():
            rec.modes = [m for m in rec.modes if m[0] >= moment]
            rec.roles = [r for r in rec.roles if r[1] > moment]
            rec.shifts = [s for s in rec.shifts if s[1] > moment]
            rec.off = [s for s in rec.off if s[1] > moment]
            rec.stamps = [t for t in rec.stamps if t >= moment]


def _span(f: Mapping[str, Any]) -> tuple[int, int]:
    return (to_micros(parse_time(f["start"], "start")), to_micros(parse_time(f["end"], "end")))


def _micros(value: Any) -> int | None:
    return None if value in (None, "") else to_micros(parse_time(value, "due"))
