"""One function per user action. Each builds the journal events, appends them in one transaction
and reports which areas changed, so panels refresh only what they show.

The desktop and the CLI call these; neither builds events itself.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from balans.core.journal.events import Event, make
from balans.core.journal.journal import AppendResult, Journal
from balans.core.vocabulary import Area, areas_of


@dataclass(frozen=True)
class OpChanges:
    """What an operation changed: panels showing any of these areas mark themselves stale."""

    areas: frozenset[Area]
    last_seq: int
    stored: int = 0
    created: tuple[str, ...] = ()  # ids of the contacts and tasks this action created

    @classmethod
    def of(cls, events: Sequence[Event], result: AppendResult) -> "OpChanges":
        created: list[str] = []
        for event in events:
            if event.type == "contact.arrived":
                created.append(event.fields["contact"])
            elif event.type == "task.created":
                created.append(event.fields["task"])
        return cls(areas_of(e.type for e in events), result.last_seq, result.stored,
                   tuple(created))


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def _append(journal: Journal, events: list[Event]) -> OpChanges:
    return OpChanges.of(events, journal.append(events))


def set_mode(journal: Journal, employee: str, mode: str, now: datetime, *,
             pause_task: str | None = None, hand_over: tuple[str, str] | None = None,
             note: str | None = None, actor: str | None = None) -> OpChanges:
    """Toggle an employee's mode; optionally pause their task or hand it to a colleague first."""
    events: list[Event] = []
    if pause_task:
        events.append(make("task.paused", now, id=new_id("ev"), actor=actor, task=pause_task,
                           employee=employee))
    if hand_over:
        task, colleague = hand_over
        events.append(make("task.started", now, id=new_id("ev"), actor=actor, task=task,
                           employee=colleague, **_note(note)))
    events.append(make("mode.changed", now, id=new_id("ev"), actor=actor, employee=employee,
                       mode=mode))
    return _append(journal, events)


def register_contact(journal: Journal, employee: str, channel: str, now: datetime, *,
                     arrived: datetime | None = None, reason: str | None = None,
                     outcome: str = "resolved", follow_up_title: str | None = None,
                     follow_up_due: datetime | None = None, case: str | None = None,
                     follow_up_for: str | None = None, actor: str | None = None
                     ) -> OpChanges:
    """A contact served start to end (a walk-in, a call taken outside the queue). ``case``
    names an open task the customer came back about (a repeat contact); ``follow_up_for`` a
    colleague the new follow-up task is handed to (else it stays with ``employee``)."""
    contact = new_id("c")
    start = arrived or now
    fields = {"reason": reason} if reason else {}
    events = [make("contact.arrived", start, id=new_id("ev"), actor=actor, contact=contact,
                   channel=channel, **fields),
              make("contact.answered", start, id=new_id("ev"), actor=actor, contact=contact,
                   employee=employee)]
    events += _ending(contact, employee, now, outcome, reason, follow_up_title, follow_up_due,
                      actor, case, follow_up_for)
    return _append(journal, events)


def _ending(contact: str, employee: str, now: datetime, outcome: str, reason: str | None,
            title: str | None, due: datetime | None, actor: str | None,
            case: str | None = None, follow_up_for: str | None = None) -> list[Event]:
    extra: dict[str, str] = {}
    events: list[Event] = []
    if reason:
        extra["reason"] = reason
    if case:  # about a case already open: the contact names it (it counts as a repeat contact)
        extra["task"] = case
    elif title:
        task = new_id("t")
        task_fields: dict[str, object] = {"contact": contact}
        if due:
            task_fields["due"] = due.isoformat()
        events.append(make("task.created", now, id=new_id("ev"), actor=actor, task=task,
                           title=title, **task_fields))
        extra["task"] = task
        if outcome == "resolved":
            outcome = "follow_up"
        if follow_up_for and follow_up_for != employee:  # handed over: theirs, for later
            events += [make(kind, now, id=new_id("ev"), actor=actor, task=task,
                            employee=follow_up_for) for kind in ("task.started", "task.paused")]
    events.insert(0, make("contact.ended", now, id=new_id("ev"), actor=actor, contact=contact,
                          employee=employee, outcome=outcome, **extra))
    return events


def answer_contact(journal: Journal, contact: str, employee: str, now: datetime, *,
                   actor: str | None = None) -> OpChanges:
    """Start serving a waiting contact. Raises JournalError naming who took it, if someone did."""
    return _append(journal, [make("contact.answered", now, id=new_id("ev"), actor=actor,
                                  contact=contact, employee=employee)])


def end_contact(journal: Journal, contact: str, employee: str, now: datetime, *,
                outcome: str = "resolved", reason: str | None = None,
                follow_up_title: str | None = None, follow_up_due: datetime | None = None,
                case: str | None = None, follow_up_for: str | None = None,
                actor: str | None = None) -> OpChanges:
    return _append(journal, _ending(contact, employee, now, outcome, reason, follow_up_title,
                                    follow_up_due, actor, case, follow_up_for))


def contact_arrived(journal: Journal, channel: str, now: datetime, *, reason: str | None = None,
                    actor: str | None = None) -> OpChanges:
    fields = {"reason": reason} if reason else {}
    return _append(journal, [make("contact.arrived", now, id=new_id("ev"), actor=actor,
                                  contact=new_id("c"), channel=channel, **fields)])


def create_task(journal: Journal, title: str, now: datetime, *, kind: str | None = None,
                due: datetime | None = None, estimate_min: float | None = None,
                start_as: str | None = None, pause_first: str | None = None,
                actor: str | None = None) -> OpChanges:
    """A new backlog item; with ``start_as`` the employee starts it at once, putting their task
    ``pause_first`` aside in the same transaction (one task at a time)."""
    task = new_id("t")
    fields: dict[str, object] = {}
    if kind:
        fields["kind"] = kind
    if due:
        fields["due"] = due.isoformat()
    if estimate_min is not None:
        fields["estimate_min"] = estimate_min
    events = [make("task.created", now, id=new_id("ev"), actor=actor, task=task, title=title,
                   **fields)]
    if start_as:
        if pause_first:  # first put the current task aside, then create and start the new one
            events.insert(0, make("task.paused", now, id=new_id("ev"), actor=actor,
                                  task=pause_first, employee=start_as))
        events.append(make("task.started", now, id=new_id("ev"), actor=actor, task=task,
                           employee=start_as))
    return _append(journal, events)


def _task_event(kind: str, journal: Journal, task: str, employee: str | None, now: datetime,
                actor: str | None) -> OpChanges:
    fields = {"employee": employee} if employee else {}
    return _append(journal, [make(kind, now, id=new_id("ev"), actor=actor, task=task,
                                  **fields)])


def start_task(journal: Journal, task: str, employee: str, now: datetime, *,
               pause_first: str | None = None, actor: str | None = None) -> OpChanges:
    """Start (or resume, or take over) a task; ``pause_first`` is the employee's current task,
    put aside in the same transaction so nobody ever has two in progress."""
    events = []
    if pause_first and pause_first != task:
        events.append(make("task.paused", now, id=new_id("ev"), actor=actor, task=pause_first,
                           employee=employee))
    events.append(make("task.started", now, id=new_id("ev"), actor=actor, task=task,
                       employee=employee))
    return _append(journal, events)


def pause_task(journal: Journal, task: str, employee: str, now: datetime, *,
               actor: str | None = None) -> OpChanges:
    return _task_event("task.paused", journal, task, employee, now, actor)


def finish_task(journal: Journal, task: str, employee: str, now: datetime, *,
                actor: str | None = None) -> OpChanges:
    return _task_event("task.finished", journal, task, employee, now, actor)


def cancel_task(journal: Journal, task: str, now: datetime, *, actor: str | None = None
                ) -> OpChanges:
    return _task_event("task.cancelled", journal, task, None, now, actor)


def hand_over_task(journal: Journal, task: str, colleague: str, now: datetime, *,
                   note: str | None = None, actor: str | None = None) -> OpChanges:
    """A colleague takes the task over: it is in progress with them from now on; ``note`` tells
    them where it stands."""
    return _append(journal, [make("task.started", now, id=new_id("ev"), actor=actor, task=task,
                                  employee=colleague, **_note(note))])


def _note(note: str | None) -> dict[str, str]:
    text = (note or "").strip()
    return {"note": text} if text else {}


def log_obstacle(journal: Journal, employee: str, text: str, now: datetime, *,
                 actor: str | None = None) -> OpChanges:
    text = text.strip()
    if not text:
        raise ValueError("describe the obstacle in a few words")
    return _append(journal, [make("obstacle.logged", now, id=new_id("ev"), actor=actor,
                                  employee=employee, text=text)])


def add_employee(journal: Journal, employee: str, name: str, now: datetime, *,
                 channels: Sequence[str] = (), actor: str | None = None) -> OpChanges:
    return _append(journal, [make("employee.added", now, id=new_id("ev"), actor=actor,
                                  employee=employee, name=name, channels=list(channels))])


def plan_shift(journal: Journal, employee: str, start: datetime, end: datetime, now: datetime,
               *, actor: str | None = None) -> OpChanges:
    return _append(journal, [make("shift.planned", now, id=new_id("ev"), actor=actor,
                                  employee=employee, start=start.isoformat(),
                                  end=end.isoformat())])


def plan_roles(journal: Journal, blocks: Sequence[tuple[str, datetime, datetime, str]],
               now: datetime, *, actor: str | None = None) -> OpChanges:
    """Store role blocks (employee, start, end, role); later blocks override earlier ones."""
    events = [make("role.planned", now, id=new_id("ev"), actor=actor, employee=emp,
                   start=start.isoformat(), end=end.isoformat(), role=role)
              for emp, start, end, role in blocks]
    return _append(journal, events)
