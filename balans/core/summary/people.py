"""Per employee: the planned blocks and the mode timeline of the day, and the figures read from
them (planned vs actual minutes, adherence, back office realised, switches, flags)."""
from __future__ import annotations

from dataclasses import dataclass

from balans.core.summary import timeline as tl
from balans.core.summary.contacts import ContactPass
from balans.core.summary.ledger import EmployeeRec
from balans.core.vocabulary import Flag
from balans.core.summary.model import (EmployeeDay, RoleMinutes,
                                       SummarySettings)
from balans.core.summary.tasks import TaskPass, count_interrupted
from balans.core.summary.window import Window

MICROS_PER_HOUR = 3_600_000_000


@dataclass(frozen=True)
class EmployeeTimeline:
    """The spans behind an employee's figures, for the live board and the charts."""

    employee: str
    shifts: tuple[tl.Span, ...]  # merged shifts overlapping the day
    planned: tuple[tl.Labelled, ...]  # the whole day's plan (later blocks won), clipped to the day
    actual: tuple[tl.Labelled, ...]  # the mode timeline up to the horizon
    modes: tuple[tuple[int, str], ...]  # the day's mode changes up to the cutoff, in time order


def timeline_of(rec: EmployeeRec, win: Window) -> EmployeeTimeline:
    start, end = win.start, win.end
    shifts = tl.union((s, e) for s, e in rec.shifts if s < end and e > start)
    # Only blocks touching the day can shape it; painting them alone gives the same day.
    blocks = [b for b in rec.roles if b[0] < end and b[1] > start]
    planned = tl.clip_labelled(tl.paint(blocks), start, end)
    for lo, hi in rec.off:  # a cancelled shift takes its plan along
        planned = [piece for s, e, role in planned
                   for piece in ((s, min(e, lo), role), (max(s, hi), e, role))
                   if piece[1] > piece[0]]
    changes = [(us, mode) for us, _n, mode in sorted(rec.modes) if start <= us < win.cutoff]
    actual = tl.mode_segments(changes, shifts, start, end, win.horizon)
    return EmployeeTimeline(rec.id, tuple(shifts), tuple(planned), tuple(actual), tuple(changes))


def takes_part(rec: EmployeeRec, line: EmployeeTimeline, win: Window) -> bool:
    """Everyone with a shift or an event that day; also whoever has role blocks that day."""
    return bool(line.shifts or line.planned) or rec.active_between(win.start, win.cutoff)


def count_switches(modes: tuple[tuple[int, str], ...]) -> int:
    pair = {"contact", "backoffice"}
    return sum(1 for (_a, m1), (_b, m2) in zip(modes, modes[1:]) if {m1, m2} == pair)


def employee_day(line: EmployeeTimeline, win: Window, contacts: ContactPass, tasks: TaskPass,
                 settings: SummarySettings) -> EmployeeDay:
    who = line.employee
    planned = tl.clip_labelled(line.planned, win.start, win.horizon)
    actual = list(line.actual)
    plan_by = tl.by_label(planned)
    act_by = tl.by_label(actual)
    planned_total = sum(plan_by.get(role, 0) for role in ("contact", "backoffice", "break"))

    adherence = tl.matching(planned, actual) / planned_total if planned_total else None

    bo_planned = tl.with_label(planned, "backoffice")
    bo_planned_us = tl.total(bo_planned)
    realized = None
    if bo_planned_us:
        focus = tl.intersect(bo_planned, tl.with_label(actual, "backoffice"))
        focus = tl.subtract(focus, tl.union(contacts.serving.get(who, ())))
        realized = tl.total(focus) / bo_planned_us

    switches = count_switches(line.modes)
    interruptions = count_interrupted(contacts.answers.get(who, []), tasks.in_progress.get(who, []))
    working_us = act_by.get("contact", 0) + act_by.get("backoffice", 0)
    rate = (switches + interruptions) / (working_us / MICROS_PER_HOUR) if working_us else None
    unfinished = tuple(sorted(tasks.unfinished.get(who, ())))
    live = win.horizon < win.end  # the day is still running: figures so far

    flags = []
    if rate is not None and rate > settings.switches_per_hour_limit and (
            not live or _sustained(switches + interruptions, working_us, settings)):
        flags.append(Flag.CONTEXT_SWITCHING)
    if live:
        # So far today, a task in hand is not "left open"; one put aside is, and flags after a
        # while.
        aside = tasks.aside.get(who, {})
        unfinished = tuple(t for t in unfinished if t in aside)
        long_aside = settings.live_min_aside_minutes * tl.MICROS_PER_MINUTE
        if any(win.horizon - aside[t] >= long_aside for t in unfinished):
            flags.append(Flag.UNFINISHED_TASKS)
    elif unfinished:
        flags.append(Flag.UNFINISHED_TASKS)
    if realized is not None and realized < settings.backoffice_realized_limit \
            and tl.minutes(bo_planned_us) >= settings.backoffice_min_planned:
        flags.append(Flag.BACKOFFICE_NOT_REALIZED)

    return EmployeeDay(
        employee=who,
        planned_minutes=_role_minutes(plan_by),
        actual_minutes=_role_minutes(act_by),
        adherence=adherence,
        backoffice_realized=realized,
        switches=switches,
        interruptions=interruptions,
        context_switches_per_hour=rate,
        contacts_handled=contacts.handled.get(who, 0),
        tasks_finished=tasks.finished.get(who, 0),
        unfinished_tasks=unfinished,
        flags=tuple(sorted(flags)),
    )


def _sustained(count: int, working_us: int, settings: SummarySettings) -> bool:
    """A live rate means something only after enough time at work and enough events."""
    return (count >= settings.live_min_switches
            and tl.minutes(working_us) >= settings.live_min_working_minutes)


def _role_minutes(by: dict[str, int]) -> RoleMinutes:
    return RoleMinutes(contact=tl.minutes(by.get("contact", 0)),
                       backoffice=tl.minutes(by.get("backoffice", 0)),
                       break_=tl.minutes(by.get("break", 0)))
