"""One function per roster action: team members and shifts. Each appends its events in one
transaction and reports what changed, like :mod:`balans.core.journal.operations`.

A move is a cancellation of the old time and a new shift in the same append, so the journal
never holds half a move. Deactivating a member cancels their shifts that have not begun yet.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.calendar_words import day_month, weekday_day_month
from balans.core.i18n import fill, translate
from balans.core.journal.events import Event, make
from balans.core.journal.journal import Journal
from balans.core.journal.operations import OpChanges, new_id
from balans.core.roster.model import Shift, monday_of
from balans.core.roster.read import MAX_SPAN_US, shifts_between, team, week
from balans.core.summary.timeline import clip_labelled, paint
from balans.core.timeutil import day_bounds, from_micros, to_micros
from balans.core.vocabulary import Channel

CHANNELS = tuple(Channel)

MAX_SHIFT = timedelta(hours=16)


class RosterError(ValueError):
    """The action cannot be done; one plain sentence."""


def _append(journal: Journal, events: list[Event]) -> OpChanges:
    return OpChanges.of(events, journal.append(events))


def _channels(channels: Sequence[str]) -> list[str]:
    unknown = [c for c in channels if c not in CHANNELS]
    if unknown:
        raise RosterError(fill(translate("RosterActions", "unknown channel %1: use %2"),
                              repr(unknown[0]), ", ".join(CHANNELS)))
    if not channels:
        raise RosterError(translate("RosterActions", "choose at least one channel"))
    return list(dict.fromkeys(channels))


def add_member(journal: Journal, employee: str, name: str, channels: Sequence[str],
               now: datetime, *, actor: str | None = None) -> OpChanges:
    """A new team member, or a former one back (adding a known id updates and reactivates)."""
    name = name.strip()
    if not name:
        raise RosterError(translate("RosterActions", "give the person's name"))
    return _append(journal, [make("employee.added", now, id=new_id("ev"), actor=actor,
                                  employee=employee, name=name, channels=_channels(channels))])


def edit_member(journal: Journal, employee: str, now: datetime, *, name: str | None = None,
                channels: Sequence[str] | None = None, actor: str | None = None) -> OpChanges:
    fields: dict[str, object] = {}
    if name is not None:
        if not name.strip():
            raise RosterError(translate("RosterActions", "give the person's name"))
        fields["name"] = name.strip()
    if channels is not None:
        fields["channels"] = _channels(channels)
    if not fields:
        raise RosterError(translate("RosterActions", "nothing to change: give a name or channels"))
    return _append(journal, [make("employee.changed", now, id=new_id("ev"), actor=actor,
                                  employee=employee, **fields)])


def deactivate_member(journal: Journal, employee: str, now: datetime, tz: ZoneInfo, *,
                      actor: str | None = None) -> OpChanges:
    """The member leaves the team: their shifts that have not begun are cancelled with it.
    Their history stays; adding the same id again brings them back."""
    if employee not in {m.id for m in team(journal)}:
        raise RosterError(fill(translate("RosterActions", "unknown team member %1"),
                              repr(employee)))
    later = shifts_between(journal, now, now + timedelta(days=400), tz, employee)
    events = [make("employee.deactivated", now, id=new_id("ev"), actor=actor,
                   employee=employee)]
    events += [_cancel(s, now, actor) for s in later if s.start >= now]
    return _append(journal, events)


def _check_span(start: datetime, end: datetime) -> None:
    if end <= start:
        raise RosterError(translate("RosterActions", "a shift ends after it starts"))
    if end - start > MAX_SHIFT:
        raise RosterError(translate("RosterActions", "a shift is at most 16 hours"))


def _plan(employee: str, start: datetime, end: datetime, now: datetime, actor: str | None,
          event_id: str | None = None) -> Event:
    return make("shift.planned", now, id=event_id or new_id("ev"), actor=actor,
                employee=employee, start=start.isoformat(), end=end.isoformat())


def _cancel(shift: Shift, now: datetime, actor: str | None) -> Event:
    return make("shift.cancelled", now, id=new_id("ev"), actor=actor, employee=shift.employee,
                start=shift.start.isoformat(), end=shift.end.isoformat())


def add_shift(journal: Journal, employee: str, start: datetime, end: datetime, now: datetime,
              *, actor: str | None = None) -> OpChanges:
    _check_span(start, end)
    return _append(journal, [_plan(employee, start, end, now, actor)])


def add_shifts(journal: Journal, shifts: Sequence[tuple[str, datetime, datetime]],
               now: datetime, *, actor: str | None = None) -> OpChanges:
    """Several shifts in one append (the same hours on several days of a week)."""
    if not shifts:
        raise RosterError(translate("RosterActions", "choose at least one day"))
    for _emp, start, end in shifts:
        _check_span(start, end)
    return _append(journal, [_plan(emp, start, end, now, actor) for emp, start, end in shifts])


def move_shift(journal: Journal, shift: Shift, employee: str, start: datetime, end: datetime,
               now: datetime, *, actor: str | None = None) -> OpChanges:
    """Another time, day or person for a shift: its old time cancelled, the new one planned."""
    _check_span(start, end)
    if (employee, start, end) == (shift.employee, shift.start, shift.end):
        raise RosterError(translate("RosterActions", "the shift is already there"))
    return _append(journal, [_cancel(shift, now, actor), _plan(employee, start, end, now, actor)])


def delete_shift(journal: Journal, shift: Shift, now: datetime, *, actor: str | None = None
                 ) -> OpChanges:
    return _append(journal, [_cancel(shift, now, actor)])


def copy_week(journal: Journal, source: date, target: date, tz: ZoneInfo, now: datetime, *,
              actor: str | None = None) -> OpChanges:
    """Plan the shifts of the week containing ``source`` again in the week containing ``target``,
    at the same wall-clock times (right across a change to or from summer time). Shifts the
    target week already has, and former members, are left out."""
    weeks = (monday_of(target) - monday_of(source)).days // 7
    if weeks == 0:
        raise RosterError(translate("RosterActions", "choose another week to copy from"))
    have = week(journal, target, tz)
    there = {(s.employee, s.start, s.end) for s in have.shifts}
    active = {m.id for m in team(journal) if m.active}
    events = []
    for s in week(journal, source, tz).shifts:
        start, end = s.start + timedelta(weeks=weeks), s.end + timedelta(weeks=weeks)
        if s.employee in active and (s.employee, start, end) not in there:
            events.append(_plan(s.employee, start, end, now, actor))
    if not events:
        raise RosterError(fill(translate("RosterActions", "nothing to copy from the week of %1"),
                              day_month(monday_of(source))))
    return _append(journal, events)


@dataclass(frozen=True)
class CopiedDay:
    """What :func:`copy_day` stored, and the shifts it planned (for undo: :func:`cancel_shifts`
    calls them off again, and their role plan with them)."""

    changes: OpChanges
    shifts: tuple[tuple[str, datetime, datetime], ...]


def copy_day(journal: Journal, source: date, target: date, tz: ZoneInfo, now: datetime, *,
             actor: str | None = None) -> CopiedDay:
    """The shifts of one day planned again on another, with their role plan inside those shifts,
    in one append (the planner's "Copy last Monday" on a day with nobody on shift yet)."""
    start, end = day_bounds(source, tz)
    days = timedelta(days=(target - source).days)
    have = {(s.employee, s.start, s.end)
            for s in shifts_between(journal, *day_bounds(target, tz), tz)}
    active = {m.id for m in team(journal) if m.active}
    events, copied = [], []
    for s in shifts_between(journal, start, end, tz):
        moved = (s.employee, s.start + days, s.end + days)
        if s.start >= start and s.employee in active and moved not in have:
            events.append(_plan(*moved, now, actor))
            copied.append(s)
    if not events:
        raise RosterError(fill(translate("RosterActions", "nobody had a shift on %1"),
                              weekday_day_month(source)))
    for employee, lo, hi, role in _role_plan(journal, start, end, tz):
        for s in copied:  # only inside the copied shifts: undoing the copy takes it all back
            a, b = max(lo, s.start), min(hi, s.end)
            if s.employee == employee and a < b:
                events.append(make("role.planned", now, id=new_id("ev"), actor=actor,
                                   employee=employee, start=(a + days).isoformat(),
                                   end=(b + days).isoformat(), role=role))
    shifts = tuple((s.employee, s.start + days, s.end + days) for s in copied)
    return CopiedDay(_append(journal, events), shifts)


def cancel_shifts(journal: Journal, shifts: Sequence[tuple[str, datetime, datetime]],
                  now: datetime, *, actor: str | None = None) -> OpChanges:
    """Call several shifts off in one append (undoing a copied day)."""
    if not shifts:
        raise RosterError(translate("RosterActions", "no shifts to cancel"))
    return _append(journal, [make("shift.cancelled", now, id=new_id("ev"), actor=actor,
                                  employee=emp, start=start.isoformat(), end=end.isoformat())
                             for emp, start, end in shifts])


def _role_plan(journal: Journal, start: datetime, end: datetime, tz: ZoneInfo
               ) -> list[tuple[str, datetime, datetime, str]]:
    """The role plan that holds over [start, end): later blocks painted over earlier ones."""
    t0, t1 = to_micros(start), to_micros(end)
    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text(
            'SELECT employee, start, "end", role FROM role_blocks WHERE start >= :early '
            'AND start < :t1 AND "end" > :t0 ORDER BY seq'),
            {"early": t0 - MAX_SPAN_US, "t0": t0, "t1": t1}).all()
    blocks: dict[str, list[tuple[int, int, str]]] = {}
    for employee, lo, hi, role in rows:
        blocks.setdefault(employee, []).append((lo, hi, role))
    return [(emp, from_micros(lo, tz), from_micros(hi, tz), role)
            for emp, laid in sorted(blocks.items())
            for lo, hi, role in clip_labelled(paint(laid), t0, t1)]
