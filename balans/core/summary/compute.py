"""The end-of-day summary (CONTRACT.md section 3), computed from the journal.

``summarize(events, day, tz)`` gives the same answer for the whole journal as for the subset the
storage layer hands over for a day (plans and definitions, the day's events, and the earlier events
of contacts and tasks still open at the day's start or touched during it): it never looks at
anything older than the day except through those.

Interpretation notes (decided with the lead):

- Events count for the day when ``day 00:00 <= ts < day+1 00:00`` local time; later events are
  ignored. Plans (shift/role.planned), reason definitions and employee.added apply whatever their
  own timestamp.
- Events are taken in time order; events with the same time keep their journal order. So a
  contact answered in the same second as, but after, a task.started counts as an interruption.
- Employees: everyone with a shift or a role block overlapping the day (plans count for the time
  they cover, not for when they were recorded), or an event naming them that day.
- The "shift that day" for the last mode change is the merged shift time overlapping the day
  that has not ended before the change; overlapping shift.planned events merge.
- A channel's ``answered`` counts contacts first answered that day (a transferred contact counts
  once); ``service_level`` counts contacts offered that day and answered within the target before
  the day's end; ``avg_wait_s`` is over contacts answered that day, ``aht_s`` over contacts ended
  that day (first answer to end).
- Serving a contact (for back office realised) runs from its answer to its end, abandonment, the
  next answer by a colleague, or the horizon.
- A task counts as closed from its first task.finished or task.cancelled.
- ``reasons`` leaves out ended contacts with no reason.
- Output rounds to 2 decimals (minutes, ratios, seconds); flags use the exact values.
- ``extra`` (beyond the contract): contact reasons with their cost (handling hours x
  ``cost_per_hour``), repeat contacts (ended naming a task that was already open when the contact
  arrived) and per-interval series for the charts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable
from zoneinfo import ZoneInfo

from balans.core.journal.events import Event
from balans.core.summary.contacts import ContactPass, scan_contacts
from balans.core.summary.extra import extras
from balans.core.summary.ledger import Ledger
from balans.core.summary.model import (DaySummary, EmployeeDay,
                                       Obstacle, SummarySettings, TeamDay)
from balans.core.summary.people import EmployeeTimeline, employee_day, takes_part, timeline_of
from balans.core.summary.tasks import TaskPass, scan_tasks
from balans.core.summary.text import format_summary
from balans.core.summary.window import FAR, Window

__all__ = [
    "DayDetail", "DaySummary", "EmployeeDay", "SummarySettings", "TeamDay", "compute",
    "compute_detailed", "format_summary", "summarize",
]


def summarize(events: Iterable[Event], day: date, tz: ZoneInfo,
              settings: SummarySettings = SummarySettings(),
              now: datetime | None = None) -> DaySummary:
    """The end-of-day summary of ``day`` from events in journal order, with the extras. With
    ``now`` inside the day: the day so far (figures and charts cut at ``now``, flags only for
    sustained patterns); a ``now`` after the day gives the complete day."""
    ledger = Ledger()
    ledger.extend(events)
    return compute(ledger, day, tz, settings, now=now, extra=True)


def compute(ledger: Ledger, day: date, tz: ZoneInfo, settings: SummarySettings,
            now: datetime | None = None, extra: bool = False) -> DaySummary:
    """The summary of ``day`` from an indexed journal; up to ``now`` ("so far today") when given,
    else up to the day's end."""
    return compute_detailed(ledger, day, tz, settings, now, extra).summary


@dataclass(frozen=True)
class DayDetail:
    """A summary together with what it was read from (for the live board)."""

    summary: DaySummary
    window: Window
    lines: dict[str, EmployeeTimeline]  # per employee taking part: plan and mode spans
    contacts: ContactPass
    tasks: TaskPass


def compute_detailed(ledger: Ledger, day: date, tz: ZoneInfo, settings: SummarySettings,
                     now: datetime | None = None, extra: bool = False) -> DayDetail:
    """As :func:`compute`, keeping the intermediate passes."""
    win = Window.of_day(day, tz, now)
    contacts = scan_contacts(ledger, win, settings, FAR)
    tasks = scan_tasks(ledger, win, FAR)

    lines: dict[str, EmployeeTimeline] = {}
    for employee_id in sorted(ledger.employees):
        rec = ledger.employees[employee_id]
        line = timeline_of(rec, win)
        if takes_part(rec, line, win):
            lines[employee_id] = line
    people = tuple(employee_day(line, win, contacts, tasks, settings) for line in lines.values())

    obstacles = tuple(Obstacle(employee, win.local(us), text)
                      for us, _n, employee, text in sorted(ledger.obstacles) if win.today(us))
    team = TeamDay(channels=contacts.channels,
                   first_contact_resolution=contacts.first_contact_resolution,
                   failure_demand_share=contacts.failure_demand_share,
                   backlog=tasks.backlog, reasons=contacts.reasons, obstacles=obstacles)
    more = extras(ledger, win, settings, contacts, tasks, list(lines.values())) if extra else None
    summary = DaySummary(date=day, employees=people, team=team, extra=more)
    return DayDetail(summary, win, lines, contacts, tasks)
