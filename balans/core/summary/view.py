"""The end-of-day view of one day as the desktop shows it: the summary, names, routine and
consistency per reason."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Mapping
from zoneinfo import ZoneInfo

from balans.core.holidays import previous_working_day
from balans.core.journal.journal import Journal
from balans.core.reasons.consistency import ConsistencyReport, ConsistencySettings
from balans.core.reasons.load import load_for_day
from balans.core.routine.compute import routine
from balans.core.routine.model import Routine
from balans.core.storage.queries import day_events, history_window_events
from balans.core.summary.compute import summarize
from balans.core.summary.model import DaySummary, SummarySettings
from balans.core.timeutil import day_bounds


@dataclass(frozen=True)
class SummaryView:
    """What the end-of-day panel shows for one day."""

    summary: DaySummary
    names: Mapping[str, str]  # employee id -> display name
    routine: Routine
    consistency: ConsistencyReport | None = None  # per reason, the four weeks ending with the day
    as_of: datetime | None = None  # today: the day so far, up to this moment; None: whole day


def load_summary_view(journal: Journal, day: date, tz: ZoneInfo, settings: SummarySettings,
                      now: datetime | None = None) -> SummaryView:
    """The day's summary and its routine, from index-backed reads (call off the GUI thread).
    Today (``now`` inside the day) is the day so far: every figure and chart is cut at ``now``."""
    start, end = day_bounds(day, tz)
    so_far = now if now is not None and start <= now < end else None
    until = so_far + timedelta(microseconds=1) if so_far is not None else None
    events = day_events(journal, day, tz, until=until)
    summary = summarize(events, day, tz, settings, now=so_far)
    names = {e["employee"]: e["name"] for e in events      # renames (employee.changed) too
             if e.type in ("employee.added", "employee.changed") and e.get("name")}
    _, since = day_bounds(previous_working_day(day), tz)
    per_reason = load_for_day(journal, day, tz,
                              ConsistencySettings(cost_per_hour=settings.cost_per_hour),
                              until=until)
    return SummaryView(summary, names,
                       routine(history_window_events(journal, since, until or end), day, tz,
                               now=so_far), per_reason, so_far)
