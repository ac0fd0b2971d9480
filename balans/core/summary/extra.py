"""Figures beyond the contract: the cost of contact reasons, repeat contacts about open cases,
and per-interval series for the charts (service level, queue, backlog, planned vs actual)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from balans.core.summary import timeline as tl
from balans.core.summary.contacts import ContactPass
from balans.core.summary.ledger import Ledger
from balans.core.summary.model import (IntervalFigures, ReasonCost, RepeatContact, RoleMinutes,
                                       SummaryExtra, SummarySettings)
from balans.core.summary.people import EmployeeTimeline
from balans.core.summary.tasks import TaskPass
from balans.core.summary.window import Window


def extras(ledger: Ledger, win: Window, settings: SummarySettings, contacts: ContactPass,
           tasks: TaskPass, lines: list[EmployeeTimeline]) -> SummaryExtra:
    costs = reason_costs(ledger, contacts, settings)
    return SummaryExtra(
        reason_costs=costs,
        total_cost=sum(c.cost for c in costs),
        failure_cost=sum(c.cost for c in costs if c.demand == "failure"),
        repeat_contacts=repeat_contacts(ledger, win, contacts),
        intervals=intervals(win, settings, contacts, tasks, lines),
        cost_per_hour=settings.cost_per_hour,
    )


def reason_costs(ledger: Ledger, contacts: ContactPass,
                 settings: SummarySettings) -> tuple[ReasonCost, ...]:
    out = []
    for r in contacts.reasons:
        label, demand = ledger.reasons.get(r.reason, (r.reason, None))
        out.append(ReasonCost(r.reason, label, demand, r.count, r.handling_minutes,
                              r.handling_minutes / 60 * settings.cost_per_hour))
    return tuple(out)


def repeat_contacts(ledger: Ledger, win: Window,
                    contacts: ContactPass) -> tuple[RepeatContact, ...]:
    """Contacts ended that day naming a ``task`` that was already open when the contact arrived
    (created before the arrival, not finished or cancelled by then)."""
    out = []
    for c, _handling in contacts.ended_today:
        end_us, _n, employee, _outcome, _reason, task_id = c.ended
        task = ledger.tasks.get(task_id) if task_id else None
        if task is None or task.created is None or c.arrived is None:
            continue
        closed = task.closed_at(c.arrived[0])
        if task.created < c.arrived and closed is None:
            out.append(RepeatContact(c.id, task_id, employee, c.channel, win.local(end_us)))
    return tuple(sorted(out, key=lambda r: (r.ts, r.contact)))


def intervals(win: Window, settings: SummarySettings, contacts: ContactPass, tasks: TaskPass,
              lines: list[EmployeeTimeline]) -> tuple[IntervalFigures, ...]:
    """Fixed-length intervals from the day's start (so a DST day has 92 or 100 of 15 min), up
    to the horizon."""
    step = settings.interval_minutes * tl.MICROS_PER_MINUTE
    count = -(-(win.horizon - win.start) // step)
    channels = [c.channel for c in contacts.channels]

    offered = [defaultdict(int) for _ in range(count)]
    within = [defaultdict(int) for _ in range(count)]
    for us, channel, ok in contacts.arrivals:
        k = (us - win.start) // step
        if 0 <= k < count:
            offered[k][channel] += 1
            within[k][channel] += ok

    wait_starts = sorted(s for s, _e in contacts.waiting)
    wait_stops = sorted(e for _s, e in contacts.waiting)
    created = sorted(tasks.created_times)
    closed = sorted(tasks.closed_times)

    planned = tl.spread((s for line in lines for s in line.planned), win.start, step, count)
    actual = tl.spread((s for line in lines for s in line.actual), win.start, step, count)

    out = []
    for k in range(count):
        lo = win.start + k * step
        hi = min(lo + step, win.end)
        at = min(hi, win.horizon)
        out.append(IntervalFigures(
            start=win.local(lo),
            offered={ch: offered[k].get(ch, 0) for ch in channels},
            service_level={ch: (within[k][ch] / offered[k][ch] if offered[k].get(ch) else None)
                           for ch in channels},
            waiting_end=bisect_right(wait_starts, at) - bisect_right(wait_stops, at),
            backlog_open_end=bisect_left(created, at) - bisect_left(closed, at),
            planned=_people(planned[k], hi - lo),
            actual=_people(actual[k], hi - lo),
        ))
    return tuple(out)


def _people(by: dict[str, int], length: int) -> RoleMinutes:
    return RoleMinutes(contact=by.get("contact", 0) / length,
                       backoffice=by.get("backoffice", 0) / length,
                       break_=by.get("break", 0) / length)
