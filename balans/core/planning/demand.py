"""The day's two demands, both first-class: contact staff per interval and back-office work.

* **Contact**: per group of live channels, the pooled Erlang A requirement
  (:mod:`balans.core.staffing.pooled`) with the service-level target per channel and the
  abandonment target as constraints; with the employees' skills, the planner covers each group
  with people who can serve it.
* **Back office**: the work the day should get done, in minutes: the forecast inflow (tasks
  created on this weekday in recent weeks times their estimates, and the forecast e-mails times
  their handling time), plus the open work that is due by the end of the day or overdue, plus the
  rest of the open backlog spread over the *days-to-clear* target.

:func:`expected_service` turns planned contact staff into the service level and abandonment the
pooled queue model expects, which is how the trade-off points are priced.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping, Sequence
from zoneinfo import ZoneInfo

import numpy as np
import sqlalchemy as sa

from balans.core.i18n import translate
from balans.core.journal.journal import Journal
from balans.core.simulation.profile import CHANNEL_PARAMS
from balans.core.staffing.erlang import evaluate_day
from balans.core.staffing.forecast import Forecast
from balans.core.vocabulary import LIVE_CHANNELS
from balans.core.staffing.pooled import group_requirements
from balans.core.timeutil import day_bounds, to_micros

DEFAULT_TARGETS = {"phone": 20.0, "chat": 60.0, "counter": 300.0}
DEFAULT_TASK_MINUTES = 15.0
INFLOW_WEEKS = 4


def grid_arrivals(forecast: Forecast, offset: int, intervals: int) -> dict[str, list[float]]:
    """The live channels' expected arrivals on the grid's intervals (``offset`` from midnight)."""
    out = {}
    for channel in LIVE_CHANNELS:
        series = forecast.arrivals.get(channel, [])
        out[channel] = [series[offset + i] if 0 <= offset + i < len(series) else 0.0
                        for i in range(intervals)]
    return out


def contact_groups(arrivals: Mapping[str, Sequence[float]], forecast: Forecast,
                   targets: Mapping[str, float] | None = None, service_level: float = 0.8,
                   max_abandon: float = 0.05, every_group: bool = True
                   ) -> dict[frozenset[str], list[int]]:
    """Pooled requirements per channel group on the grid (see :mod:`~balans.core.staffing.pooled`);
    ``every_group`` False: the single channels and all of them only, enough for the total."""
    waits = {**DEFAULT_TARGETS, **(targets or {})}
    patience = {c: float(CHANNEL_PARAMS[c].patience_s or 1e9) for c in LIVE_CHANNELS}
    return group_requirements(arrivals, forecast.aht_s, patience, waits, service_level,
                              max_abandon, every_group)


def all_channels(groups: Mapping[frozenset[str], Sequence[int]], intervals: int) -> list[int]:
    """The requirement of the group of every channel with arrivals: the overall one."""
    if not groups:
        return [0] * intervals
    return list(groups[max(groups, key=len)])


def load_skills(journal: Journal) -> dict[str, frozenset[str]]:
    """Each employee's live channels, from ``employee.added``; no channels listed: all of them."""
    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, channels FROM employees")).all()
    skills = {}
    for emp, raw in rows:
        listed = frozenset(json.loads(raw or "[]")) & frozenset(LIVE_CHANNELS)
        skills[emp] = listed if json.loads(raw or "[]") else frozenset(LIVE_CHANNELS)
    return skills


def expected_service(arrivals: Mapping[str, Sequence[float]], forecast: Forecast,
                     planned: Sequence[int], targets: Mapping[str, float] | None = None
                     ) -> tuple[float | None, float]:
    """Service level (each channel within its own target) and abandonment that the pooled queue
    model expects from ``planned`` contact staff per interval, arrival-weighted over the day."""
    waits = {**DEFAULT_TARGETS, **(targets or {})}
    total = np.zeros(len(planned))
    for channel in LIVE_CHANNELS:
        total += np.asarray(arrivals[channel], dtype=float)
    if total.sum() <= 0:
        return None, 0.0
    lanes = total > 0
    aht = sum(np.asarray(arrivals[c]) * forecast.aht_s[c] for c in LIVE_CHANNELS)[lanes] / \
        total[lanes]
    patience = sum(np.asarray(arrivals[c]) * float(CHANNEL_PARAMS[c].patience_s or 1e9)
                   for c in LIVE_CHANNELS)[lanes] / total[lanes]
    agents = np.asarray(planned, dtype=float)[lanes]
    within = 0.0
    abandoned = 0.0
    for i, (calls, n, h, p) in enumerate(zip(total[lanes], agents, aht, patience)):
        for channel in LIVE_CHANNELS:
            share = np.asarray(arrivals[channel])[lanes][i]
            if share <= 0:
                continue
            day = evaluate_day([calls], [n], float(h), within_s=waits[channel],
                               patience_s=float(p))
            within += share * float(day.service_level[0])
            abandoned += share * float(day.abandon_rate[0])
    offered = float(total.sum())
    return within / offered, abandoned / offered


def shortfall_prices(arrivals: Mapping[str, Sequence[float]], forecast: Forecast,
                     required: Sequence[int], targets: Mapping[str, float] | None = None,
                     scale: int = 10) -> list[list[int]]:
    """Per interval, what the 1st, 2nd, ... missing contact person costs: customers no longer
    answered on time (pooled queue, each channel within its own target), in ``1/scale`` of a
    customer. Rising with every person missing, as queues behave."""
    waits = {**DEFAULT_TARGETS, **(targets or {})}
    prices: list[list[int]] = []
    for t, need in enumerate(required):
        volume = {c: float(arrivals[c][t]) for c in LIVE_CHANNELS if arrivals[c][t] > 0}
        total = sum(volume.values())
        if need <= 0 or total <= 0:
            prices.append([1] * max(need, 0))
            continue
        aht = sum(v * forecast.aht_s[c] for c, v in volume.items()) / total
        patience = sum(v * float(CHANNEL_PARAMS[c].patience_s or 1e9)
                       for c, v in volume.items()) / total
        staff = np.arange(need + 1, dtype=float)
        on_time = np.zeros(need + 1)
        for channel, calls in volume.items():
            day = evaluate_day(np.full(need + 1, total), staff, aht, within_s=waits[channel],
                               patience_s=patience)
            on_time += calls * day.service_level
        lost = on_time[need:0:-1] - on_time[need - 1::-1]  # the k-th person missing, k = 1..need
        rising = np.maximum.accumulate(np.maximum(lost, 0.0))
        prices.append([max(1, int(round(scale * x))) for x in rising])
    return prices


@dataclass(frozen=True)
class BackofficeDemand:
    """Minutes of back-office work the day should get done, and where they come from."""

    inflow_minutes: float  # forecast: new tasks and e-mails
    due_minutes: float  # open work due by the end of the day, or overdue
    backlog_minutes: float  # the rest of the open work ...
    days_to_clear: float  # ... spread over this many working days

    @property
    def minutes(self) -> float:
        return self.inflow_minutes + self.due_minutes + self.backlog_minutes / self.days_to_clear

    def to_json(self) -> dict[str, Any]:
        return {"hours": round(self.minutes / 60, 1),
                "inflow_hours": round(self.inflow_minutes / 60, 1),
                "due_hours": round(self.due_minutes / 60, 1),
                "other_open_hours": round(self.backlog_minutes / 60, 1),
                "days_to_clear": self.days_to_clear}


def backoffice_demand(journal: Journal, day: date, tz: ZoneInfo, forecast: Forecast,
                      days_to_clear: float = 5.0) -> BackofficeDemand:
    if days_to_clear <= 0:
        raise ValueError(translate("PlanDemand", "days to clear must be greater than 0"))
    start, end = day_bounds(day, tz)
    with journal.engine.connect() as conn:
        open_rows = conn.execute(sa.text(
            "SELECT due, estimate_min FROM tasks WHERE created < :s "
            "AND (closed IS NULL OR closed >= :s)"), {"s": to_micros(start)}).all()
        created = 0.0
        for back in range(1, INFLOW_WEEKS + 1):
            a, b = day_bounds(day - timedelta(weeks=back), tz)
            created += sum(DEFAULT_TASK_MINUTES if m is None else m for m in conn.execute(
                sa.text("SELECT estimate_min FROM tasks WHERE created >= :a AND created < :b"),
                {"a": to_micros(a), "b": to_micros(b)}).scalars())
    due = rest = 0.0
    for due_at, estimate in open_rows:
        minutes = DEFAULT_TASK_MINUTES if estimate is None else float(estimate)
        if due_at is not None and due_at < to_micros(end):
            due += minutes
        else:
            rest += minutes
    emails = sum(forecast.arrivals.get("email", [])) * forecast.aht_s.get("email", 600) / 60
    return BackofficeDemand(created / INFLOW_WEEKS + emails, due, rest, days_to_clear)


def staff_intervals(minutes: float) -> int:
    return math.ceil(minutes / 15 - 1e-9)


def midnight_offset(start: datetime) -> int:
    return (start.hour * 60 + start.minute) // 15
