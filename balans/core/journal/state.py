"""Current state derived from the journal, and the transition rules it enforces.

A :class:`StateTracker` holds the rows of the current-state tables that a batch of events touches
(prefetched from the database), checks each event against them (references, transitions) and
applies it. The journal writes the touched rows back in the same transaction as the events.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.journal.events import SCHEMA, Event
from balans.core.journal.minutes import time_micros
from balans.core.timeutil import to_micros

EMPLOYEE_FIELDS = {"contact.answered", "contact.ended", "mode.changed", "shift.planned",
                   "role.planned", "task.started", "task.paused", "task.finished",
                   "obstacle.logged", "employee.changed", "employee.deactivated",
                   "shift.cancelled"}
CLOSED_TASK = ("finished", "cancelled")
Fields = Mapping[str, Any]
_CANNOT_END = {
    "waiting": QT_TRANSLATE_NOOP("Journal", "contact %1 has not been answered and cannot end"),
    "ended": QT_TRANSLATE_NOOP("Journal", "contact %1 has already ended and cannot end"),
    "abandoned": QT_TRANSLATE_NOOP("Journal", "contact %1 was abandoned and cannot end"),
}
_CANNOT_ABANDON = {
    "answered": QT_TRANSLATE_NOOP("Journal", "contact %1 is answered and cannot be abandoned"),
    "ended": QT_TRANSLATE_NOOP("Journal", "contact %1 is ended and cannot be abandoned"),
    "abandoned": QT_TRANSLATE_NOOP("Journal", "contact %1 is abandoned and cannot be abandoned"),
}
_UNKNOWN = {"task": QT_TRANSLATE_NOOP("Journal", "unknown task %1"),
            "contact": QT_TRANSLATE_NOOP("Journal", "unknown contact %1")}
_ALREADY_CLOSED = {
    "finished": QT_TRANSLATE_NOOP("Journal", "task %1 is already finished"),
    "cancelled": QT_TRANSLATE_NOOP("Journal", "task %1 is already cancelled"),
}


def _say(text: str, first: object, second: object = None, *, quote_second: bool = True) -> str:
    """A refusal (already in the user's language) with its ids quoted as ever (``'c-17'``)."""
    values = [repr(first)] + ([] if second is None else
                              [repr(second) if quote_second else str(second)])
    return fill(text, *values)


class TransitionError(ValueError):
    """An event that cannot happen given the journal so far."""


@dataclass(slots=True)  # slots: attribute reads a million times over
class StateTracker:
    employees: dict[str, dict[str, Any]] = field(default_factory=dict)
    reasons: dict[str, dict[str, Any]] = field(default_factory=dict)
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    shifts: list[dict[str, Any]] = field(default_factory=list)
    role_blocks: list[dict[str, Any]] = field(default_factory=list)
    queue_intervals: list[dict[str, Any]] = field(default_factory=list)
    # The rows this batch made or changed, noted by ``apply_fields`` (see ``all_touched``).
    touched: dict[str, set[str]] = field(default_factory=lambda: {
        "employees": set(), "reasons": set(), "contacts": set(), "tasks": set()})
    prefetched: dict[str, set[str]] = field(default_factory=dict)  # rows that existed before
    # References that may be satisfied later in the same batch: (what, id, line index).
    pending: list[tuple[str, str, int]] = field(default_factory=list)

    def _task(self, task_id: str) -> dict[str, Any]:
        row = self.tasks.get(task_id)
        if row is None:
            raise TransitionError(_say(translate("Journal", "unknown task %1"), task_id))
        return row

    def apply(self, event: Event, seq: int, index: int = 0, t: int | None = None) -> None:
        """Check ``event`` against the state and apply it; raise TransitionError if impossible.
        ``t`` is the event time in microseconds when the caller has it already."""
        self.apply_fields(event.type, event.fields, to_micros(event.ts) if t is None else t,
                          seq, index)

    def apply_fields(self, kind: str, f: Fields, t: int, seq: int, index: int) -> None:
        """``apply`` for an event given as its type, fields and time in microseconds."""
        if kind in EMPLOYEE_FIELDS and f["employee"] not in self.employees:
            raise TransitionError(_say(translate("Journal", "unknown employee %1"), f["employee"]))
        step = STEPS.get(kind)
        if step is not None:  # obstacle.logged changes no state beyond the journal itself
            step(self, f, t, seq, index)
            row = ROW_OF.get(kind)
            if row is not None:
                self.touched[row[0]].add(f[row[1]])

    def all_touched(self) -> None:
        """Note every row as touched: for a batch into empty tables (a first import), whose
        steps ran without ``apply_fields``'s noting; each of its rows was made by the batch."""
        self.touched = {name: set(getattr(self, name)) for name in self.touched}

    # One step per event type, chosen by a dictionary (a million-event import would otherwise
    # walk a chain of comparisons per event). Each gets the fields, the time in microseconds,
    # the event's place in the batch and its line index (for forward references).
    def _employee_added(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self.employees.get(f["employee"])
        channels = json.dumps(f.get("channels") or [])
        if row is None:
            row = {"id": f["employee"], "name": f["name"], "channels": channels,
                   "mode": "offline", "mode_since": None, "active": True}
            self.employees[f["employee"]] = row
        else:  # adding a known id again updates it and brings a former member back
            row.update(name=f["name"], channels=channels, active=True)

    def _employee_changed(self, f: Fields, t: int, seq: int, index: int) -> None:
        emp = f["employee"]
        row = self.employees[emp]
        if "name" in f:
            row["name"] = f["name"]
        if "channels" in f:
            row["channels"] = json.dumps(f["channels"] or [])

    def _employee_deactivated(self, f: Fields, t: int, seq: int, index: int) -> None:
        emp = f["employee"]
        row = self.employees[emp]
        if not row.get("active", True):
            raise TransitionError(_say(translate(
                "Journal", "employee %1 has already left the team"), emp))
        row["active"] = False

    def _reason_defined(self, f: Fields, t: int, seq: int, index: int) -> None:
        # A definition is whole: defining a reason again replaces it (and un-retires it).
        self.reasons[f["reason"]] = {"id": f["reason"], "label": f["label"],
                                     "demand": f["demand"], "agreement": f.get("agreement"),
                                     "usual_outcome": f.get("usual_outcome"), "retired": None}

    def _reason_retired(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self.reasons.get(f["reason"])
        if row is None:
            raise TransitionError(_say(translate("Journal", "unknown reason %1"), f["reason"]))
        if row["retired"] is not None:
            raise TransitionError(_say(translate(
                "Journal", "reason %1 is already retired"), f["reason"]))
        row["retired"] = t

    def _mode_changed(self, f: Fields, t: int, seq: int, index: int) -> None:
        emp = f["employee"]
        self.employees[emp].update(mode=f["mode"], mode_since=t)

    def _shift(self, f: Fields, t: int, seq: int, index: int, planned: bool) -> None:
        emp = f["employee"]
        if planned and not self.employees[emp].get("active", True):
            raise TransitionError(_say(translate(
                "Journal", "employee %1 has left the team; add them again before planning "
                "shifts"), emp))
        self.shifts.append({"seq": seq, "employee": emp,
                            "start": time_micros(f["start"]),
                            "end": time_micros(f["end"]),
                            "cancelled": not planned})

    def _shift_planned(self, f: Fields, t: int, seq: int, index: int) -> None:
        self._shift(f, t, seq, index, planned=True)

    def _shift_cancelled(self, f: Fields, t: int, seq: int, index: int) -> None:
        self._shift(f, t, seq, index, planned=False)

    def _role_planned(self, f: Fields, t: int, seq: int, index: int) -> None:
        self.role_blocks.append({"seq": seq, "employee": f["employee"], "role": f["role"],
                                 "start": time_micros(f["start"]),
                                 "end": time_micros(f["end"])})

    def _queue_interval(self, f: Fields, t: int, seq: int, index: int) -> None:
        self.queue_intervals.append({
            "seq": seq, "source": f["source"], "channel": f["channel"],
            "start": time_micros(f["start"]), "end": time_micros(f["end"]),
            "offered": f["offered"], "answered": f.get("answered"),
            "abandoned": f.get("abandoned"), "handle_s": f.get("handle_s")})

    def _contact_arrived(self, f: Fields, t: int, seq: int, index: int) -> None:
        cid = f["contact"]
        if cid in self.contacts:
            raise TransitionError(_say(translate("Journal", "contact %1 has already arrived"), cid))
        self.contacts[cid] = {"id": cid, "channel": f["channel"], "reason": f.get("reason"),
                              "status": "waiting", "arrived": t, "answered": None,
                              "closed": None, "employee": None, "outcome": None, "task": None}

    def _contact_answered(self, f: Fields, t: int, seq: int, index: int) -> None:
        cid = f["contact"]
        row = self.contacts.get(cid)
        if row is None:
            raise TransitionError(_say(translate("Journal", "unknown contact %1"), cid))
        status = row["status"]
        if status == "abandoned":
            raise TransitionError(_say(translate(
                "Journal", "contact %1 was abandoned and cannot be answered"), cid))
        if status != "waiting":
            raise TransitionError(_say(translate(
                "Journal", "contact %1 was already answered by %2"), cid, row["employee"],
                quote_second=False))
        if t < row["arrived"]:
            raise TransitionError(_say(translate(
                "Journal", "contact %1 cannot be answered before it arrived"), cid))
        row["status"], row["answered"], row["employee"] = "answered", t, f["employee"]

    def _contact_ended(self, f: Fields, t: int, seq: int, index: int) -> None:
        cid = f["contact"]
        row = self.contacts.get(cid)
        if row is None:
            raise TransitionError(_say(translate("Journal", "unknown contact %1"), cid))
        status = row["status"]
        if status != "answered":
            raise TransitionError(_say(translate("Journal", _CANNOT_END[status]), cid))
        if t < row["answered"]:
            raise TransitionError(_say(translate(
                "Journal", "contact %1 cannot end before it was answered"), cid))
        row["status"], row["closed"], row["outcome"], row["employee"] = (
            "ended", t, f["outcome"], f["employee"])
        if f.get("reason"):
            row["reason"] = f["reason"]
        if f.get("task"):
            row["task"] = f["task"]
            if f["task"] not in self.tasks:
                self.pending.append(("task", f["task"], index))

    def _contact_abandoned(self, f: Fields, t: int, seq: int, index: int) -> None:
        cid = f["contact"]
        row = self.contacts.get(cid)
        if row is None:
            raise TransitionError(_say(translate("Journal", "unknown contact %1"), cid))
        status = row["status"]
        if status != "waiting":
            raise TransitionError(_say(translate("Journal", _CANNOT_ABANDON[status]), cid))
        if t < row["arrived"]:
            raise TransitionError(_say(translate(
                "Journal", "contact %1 cannot be abandoned before it arrived"), cid))
        row["status"], row["closed"] = "abandoned", t

    def _contact_imported(self, f: Fields, t: int, seq: int, index: int) -> None:
        """A finished contact from another system: one row, ended or abandoned, no outcome."""
        cid = f["contact"]
        if cid in self.contacts:
            raise TransitionError(_say(translate("Journal", "contact %1 has already arrived"), cid))
        employee = f.get("employee")
        if employee is not None and employee not in self.employees:
            raise TransitionError(_say(translate("Journal", "unknown employee %1"), employee))
        micros = {n: time_micros(f[n]) if f.get(n) else None
                  for n in ("answered_at", "ended_at", "abandoned_at")}
        ended = micros["ended_at"] is not None
        self.contacts[cid] = {"id": cid, "channel": f["channel"], "reason": f.get("reason"),
                              "status": "ended" if ended else "abandoned", "arrived": t,
                              "answered": micros["answered_at"],
                              "closed": micros["ended_at"] if ended else micros["abandoned_at"],
                              "employee": employee, "outcome": None, "task": None}

    def _task_created(self, f: Fields, t: int, seq: int, index: int) -> None:
        tid = f["task"]
        if tid in self.tasks:
            raise TransitionError(_say(translate("Journal", "task %1 already exists"), tid))
        due = f.get("due")
        self.tasks[tid] = {"id": tid, "title": f["title"], "kind": f.get("kind"),
                           "due": time_micros(due) if due else None,
                           "estimate_min": f.get("estimate_min"), "contact": f.get("contact"),
                           "status": "open", "holder": None, "created": t, "closed": None,
                           "last_activity": t}
        if f.get("contact") and f["contact"] not in self.contacts:
            self.pending.append(("contact", f["contact"], index))

    def _task_changed(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self._task(f["task"])
        for name in ("title", "kind", "estimate_min"):
            if name in f:
                row[name] = f[name]
        if "due" in f:
            row["due"] = time_micros(f["due"]) if f["due"] else None
        self._task_active(row, t)

    def _open_task(self, f: Fields) -> dict[str, Any]:
        tid = f["task"]
        row = self._task(tid)
        if row["status"] in CLOSED_TASK:
            raise TransitionError(_say(translate("Journal", _ALREADY_CLOSED[row["status"]]), tid))
        return row

    def _task_started(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self._open_task(f)
        row["status"], row["holder"] = "in_progress", f["employee"]
        self._task_active(row, t)

    def _task_paused(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self._open_task(f)
        if row["status"] != "in_progress":
            raise TransitionError(_say(translate(
                "Journal", "task %1 is not in progress and cannot be paused"), f["task"]))
        row["status"], row["holder"] = "paused", f["employee"]
        self._task_active(row, t)

    def _task_finished(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self._open_task(f)
        row["status"], row["holder"], row["closed"] = "finished", f["employee"], t
        self._task_active(row, t)

    def _task_cancelled(self, f: Fields, t: int, seq: int, index: int) -> None:
        row = self._open_task(f)
        row["status"], row["closed"] = "cancelled", t
        self._task_active(row, t)

    @staticmethod
    def _task_active(row: dict[str, Any], t: int) -> None:
        if t > row["last_activity"]:
            row["last_activity"] = t
    def check_pending(self) -> tuple[int, str] | None:
        """The first forward reference that the batch never satisfied, as (index, reason)."""
        for what, ref, index in self.pending:
            known = self.tasks if what == "task" else self.contacts
            if ref not in known:
                return index, _say(translate("Journal", _UNKNOWN[what]), ref)
        return None


# The current-state row each event type changes (its table and the field naming it); the others
# change only plan rows or nothing.
ROW_OF: dict[str, tuple[str, str]] = {
    str(kind): next((table, name) for prefix, table, name in (
        ("employee.", "employees", "employee"), ("mode.", "employees", "employee"),
        ("reason.", "reasons", "reason"), ("contact.", "contacts", "contact"),
        ("task.", "tasks", "task")) if kind.startswith(prefix))
    for kind in SCHEMA if kind.split(".")[0] in ("employee", "mode", "reason", "contact", "task")}

STEPS: dict[str, Callable[[StateTracker, Fields, int, int, int], None]] = {
    str(kind): getattr(StateTracker, "_" + kind.replace(".", "_"))
    for kind in SCHEMA if kind != "obstacle.logged"}
