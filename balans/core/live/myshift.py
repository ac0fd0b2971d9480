"""What "My shift" shows, read (on the desktop's worker thread) as one frozen snapshot.

``load_snapshot`` runs one short read session over the current-state tables (plus the day's events
for "my day so far") and returns plain frozen dataclasses: the GUI never touches a session or an
ORM object, and it can redraw (the ticking wait, the ages) from the snapshot without the database.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from balans.core.i18n import translate
from balans.core.vocabulary import LIVE_CHANNELS, Channel
from balans.core.journal.journal import Journal
from balans.core.roster.spans import subtract, union
from balans.core.storage.tables import (ContactRow, EmployeeRow, EventRow, ReasonRow, RoleBlockRow,
                                        ShiftRow, TaskRow)
from balans.core.timeutil import day_bounds, from_micros, to_micros
from balans.core.live.myday import MyDay, my_day
from balans.core.summary.model import SummarySettings

OPEN_TASK = ("open", "in_progress", "paused")
BACKLOG_ROWS = 1000  # the table shows the oldest this many; the tab shows the full count
WAITING_ROWS = 200
TWO_DAYS_US = 2 * 86_400_000_000  # no shift row spans more than two days


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    channels: tuple[str, ...]
    mode: str

    @property
    def short(self) -> str:
        """The first name, for sentences like "Bram already took that contact"."""
        return (self.name.split() or [self.id])[0]


@dataclass(frozen=True)
class Reason:
    id: str
    label: str
    demand: str
    agreement: str | None = None  # the team's "how we handle this"
    usual_outcome: str | None = None


@dataclass(frozen=True)
class WaitingContact:
    id: str
    channel: str
    arrived: datetime


@dataclass(frozen=True)
class ServingContact:
    id: str
    channel: str
    answered: datetime


@dataclass(frozen=True)
class TaskItem:
    id: str
    title: str
    status: str
    due: datetime | None
    created: datetime
    holder: str | None
    holder_name: str


@dataclass(frozen=True)
class Planned:
    """The planned role at the snapshot's moment, and when that stretch ends (None: no plan)."""

    role: str | None
    until: datetime | None


@dataclass(frozen=True)
class MyShiftSnapshot:
    now: datetime
    me: str | None
    people: tuple[Person, ...]
    reasons: tuple[Reason, ...]
    mode: str
    mode_since: datetime | None
    planned: Planned
    waiting: tuple[WaitingContact, ...]  # my channels: live queues, then e-mail; oldest first
    waiting_total: int
    serving: ServingContact | None
    current_task: TaskItem | None
    started_at: datetime | None  # when the current task was (re)started
    my_tasks: tuple[TaskItem, ...]
    backlog: tuple[TaskItem, ...]
    backlog_total: int
    day: MyDay | None
    handed_over: tuple[str, str] | None = None  # (who, note) when my task came with a note

    def person(self, employee: str | None) -> Person | None:
        return next((p for p in self.people if p.id == employee), None)

    def next_waiting(self) -> WaitingContact | None:
        """The oldest contact in a live queue; e-mail only when no one waits live (a 2-day-old
        e-mail must not hide a caller who has waited 40 seconds)."""
        live = [c for c in self.waiting if c.channel in LIVE_CHANNELS]
        pool = live or list(self.waiting)
        return min(pool, key=lambda c: c.arrived) if pool else None


def _planned(session: Session, me: str, now: datetime, tz: ZoneInfo) -> Planned:
    """Later blocks win where they overlap: evaluate the winner at now and at each boundary."""
    start, end = (to_micros(t) for t in day_bounds(now.astimezone(tz).date(), tz))
    rows = session.execute(
        select(RoleBlockRow.seq, RoleBlockRow.start, RoleBlockRow.end, RoleBlockRow.role)
        .where(RoleBlockRow.employee == me, RoleBlockRow.start < end, RoleBlockRow.end > start)
    ).all()

    off: list[tuple[int, int]] = []  # called off by a shift.cancelled: no plan there
    for cancelled, lo, hi in session.execute(
            select(ShiftRow.cancelled, ShiftRow.start, ShiftRow.end)
            .where(ShiftRow.employee == me, ShiftRow.start >= start - TWO_DAYS_US,
                   ShiftRow.start < end, ShiftRow.end > start).order_by(ShiftRow.seq)):
        off = union([*off, (lo, hi)]) if cancelled else subtract(off, lo, hi)

    def role_at(t: int) -> str | None:
        covering = [r for r in rows if r.start <= t < r.end]
        if not covering or any(lo <= t < hi for lo, hi in off):
            return None
        return max(covering, key=lambda r: r.seq).role

    t_now = to_micros(now)
    role = role_at(t_now)
    if role is None:
        return Planned(None, None)
    edges = {r.start for r in rows} | {r.end for r in rows} | {t for span in off for t in span}
    for edge in sorted(edges):
        if edge > t_now and role_at(edge) != role:
            return Planned(role, from_micros(edge, tz))
    return Planned(role, None)


def _task_items(rows: Iterable[Any], names: dict[str, str], tz: ZoneInfo
                ) -> tuple[TaskItem, ...]:
    return tuple(TaskItem(r.id, r.title, r.status, from_micros(r.due, tz) if r.due else None,
                          from_micros(r.created, tz), r.holder, names.get(r.holder or "", ""))
                 for r in rows)


def load_snapshot(journal: Journal, me: str | None, now: datetime, tz: ZoneInfo,
                  summary_settings: SummarySettings | None = None) -> MyShiftSnapshot:
    """Everything the panel shows, read in one session (call on the worker thread)."""
    with Session(journal.engine) as session:
        everyone = session.execute(select(EmployeeRow.id, EmployeeRow.name, EmployeeRow.channels,
                                          EmployeeRow.mode, EmployeeRow.active)
                                   .order_by(EmployeeRow.name)).all()
        # Former members keep their name on what they held, but are no one to be or hand to.
        names = {r.id: r.name for r in everyone}
        people = tuple(Person(r.id, r.name, tuple(json.loads(r.channels or "[]")), r.mode)
                       for r in everyone if r.active)
        reasons = tuple(Reason(r.id, r.label, r.demand, r.agreement, r.usual_outcome)
                        for r in session.execute(  # retired reasons are no longer offered
            select(ReasonRow.id, ReasonRow.label, ReasonRow.demand, ReasonRow.agreement,
                   ReasonRow.usual_outcome).where(ReasonRow.retired.is_(None))
            .order_by(ReasonRow.label)))
        task_cols = (TaskRow.id, TaskRow.title, TaskRow.status, TaskRow.due, TaskRow.created,
                     TaskRow.holder)
        backlog_rows = session.execute(select(*task_cols).where(TaskRow.status.in_(OPEN_TASK))
                                       .order_by(TaskRow.created).limit(BACKLOG_ROWS)).all()
        backlog_total = session.execute(select(func.count()).select_from(TaskRow)
                                        .where(TaskRow.status.in_(OPEN_TASK))).scalar_one()
        backlog = _task_items(backlog_rows, names, tz)
        if me not in {p.id for p in people}:
            return MyShiftSnapshot(now, None, people, reasons, "offline", None, Planned(None, None),
                                   (), 0, None, None, None, (), backlog, backlog_total, None)
        row = session.execute(select(EmployeeRow.mode, EmployeeRow.mode_since, EmployeeRow.channels)
                              .where(EmployeeRow.id == me)).one()
        channels = json.loads(row.channels or "[]") or list(Channel)  # none listed: any
        waiting: tuple[WaitingContact, ...] = ()
        # Live queues and the rest apart, each capped: a pile of old e-mails must not push
        # a caller out of the snapshot.
        for group in ([c for c in channels if c in LIVE_CHANNELS],
                      [c for c in channels if c not in LIVE_CHANNELS]):
            found = session.execute(
                select(ContactRow.id, ContactRow.channel, ContactRow.arrived)
                .where(ContactRow.status == "waiting", ContactRow.channel.in_(group))
                .order_by(ContactRow.arrived).limit(WAITING_ROWS)) if group else []
            waiting += tuple(WaitingContact(c.id, c.channel, from_micros(c.arrived, tz))
                             for c in found)
        waiting_total = session.execute(
            select(func.count()).select_from(ContactRow)
            .where(ContactRow.status == "waiting", ContactRow.channel.in_(channels))
        ).scalar_one()
        serving_row = session.execute(
            select(ContactRow.id, ContactRow.channel, ContactRow.answered)
            .where(ContactRow.status == "answered", ContactRow.employee == me)
            .order_by(ContactRow.answered.desc()).limit(1)).first()
        serving = (ServingContact(serving_row.id, serving_row.channel,
                                  from_micros(serving_row.answered, tz)) if serving_row else None)
        # Mine: what I hold, and the follow-ups of my contacts nobody has picked up yet.
        my_contacts = select(ContactRow.id).where(ContactRow.employee == me)
        mine_rows = session.execute(
            select(*task_cols).where(or_(
                and_(TaskRow.holder == me, TaskRow.status.in_(("in_progress", "paused"))),
                and_(TaskRow.holder.is_(None), TaskRow.status == "open",
                     TaskRow.contact.in_(my_contacts))))
            .order_by(TaskRow.last_activity.desc())).all()
        my_tasks = _task_items(mine_rows, names, tz)
        current = next((t for t in my_tasks if t.status == "in_progress"), None)
        started = handed = None
        if current is not None:
            last = session.execute(
                select(EventRow.t, EventRow.actor, EventRow.data)
                .where(EventRow.task == current.id, EventRow.type == "task.started")
                .order_by(EventRow.t.desc(), EventRow.seq.desc()).limit(1)).first()
            if last is not None:  # (Row.t is SQLAlchemy's own attribute: unpack instead)
                t, actor, data = last
                started = from_micros(t, tz)
                note = json.loads(data or "{}").get("note")
                if note:
                    someone = actor or translate("MyShiftSnapshot", "a colleague")
                    handed = (names.get(actor or "", someone), note)
        planned = _planned(session, me, now, tz)
    day = my_day(journal, me, now, tz, summary_settings)
    since = from_micros(row.mode_since, tz) if row.mode_since else None
    return MyShiftSnapshot(now, me, people, reasons, row.mode, since, planned, waiting,
                           waiting_total, serving, current, started, my_tasks, backlog,
                           backlog_total, day, handed)
