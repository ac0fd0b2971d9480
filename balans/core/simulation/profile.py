"""Demand model of the demo office: channels, daily volumes, the intraday shape, working days.

The numbers are the brief's reference numbers for a mid-size Dutch municipality ('s-Hertogenbosch
2019): about 650 calls, 85 counter visits, 25 chats and 15 e-mails per working day, Monday 1.3
times busier. :func:`day_profile` is the documented default forecast: expected arrivals per
15-minute interval, one list of 96 values per channel starting at local midnight.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from balans.core.holidays import working_day
from balans.core.staffing.erlang import required_agents as staffing_required

INTERVAL_S = 900
INTERVALS_PER_DAY = 96
MONDAY_FACTOR = 1.3


@dataclass(frozen=True, slots=True)
class ChannelParams:
    """How one channel behaves: volume, opening hours, handling time, patience, service target."""

    volume: float          # arrivals on an average working day (the weekly mean, Monday included)
    open_h: float          # arrivals start (local hour)
    close_h: float         # arrivals stop
    aht_s: float           # mean handling time (lognormal)
    aht_cv: float          # coefficient of variation of the handling time
    patience_s: float | None  # mean patience (exponential); None: never abandons
    target_s: float        # service-level target wait


CHANNEL_PARAMS: dict[str, ChannelParams] = {
    "phone": ChannelParams(650, 8.0, 17.0, 290, 0.6, 90, 20),
    "counter": ChannelParams(85, 9.0, 16.0, 600, 0.6, 900, 300),
    "chat": ChannelParams(25, 8.0, 17.0, 420, 0.5, 180, 60),
    "email": ChannelParams(15, 0.0, 24.0, 600, 0.5, None, 172_800),
}

# Intraday shapes as bumps (weight, centre hour, width hours) on a base level. A negative bump is
# the lunch dip. Phone peaks right after opening, counter an hour later (people travel).
_SHAPES: dict[str, tuple[float, tuple[tuple[float, float, float], ...]]] = {
    "phone": (0.80, ((0.55, 9.6, 1.10), (0.30, 14.0, 0.90), (-0.35, 12.4, 0.55))),
    "chat": (0.55, ((0.60, 9.8, 1.10), (0.40, 14.0, 1.00), (-0.20, 12.4, 0.50))),
    "counter": (0.55, ((0.60, 10.3, 1.00), (0.40, 14.2, 0.90), (-0.25, 12.5, 0.45))),
    "email": (0.04, ((1.00, 10.5, 1.60), (0.70, 14.5, 1.50), (0.20, 20.5, 1.20))),
}


def _shape(channel: str, hour: float) -> float:
    p = CHANNEL_PARAMS[channel]
    if not p.open_h <= hour < p.close_h:
        return 0.0
    base, bumps = _SHAPES[channel]
    value = base + sum(w * math.exp(-0.5 * ((hour - c) / s) ** 2) for w, c, s in bumps)
    return max(value, 0.05)


@lru_cache(maxsize=None)
def _unit_profile(channel: str) -> tuple[float, ...]:
    """Shares of a day's arrivals per interval (sums to 1), by midpoint integration."""
    steps = 15
    raw = []
    for i in range(INTERVALS_PER_DAY):
        h0 = i * INTERVAL_S / 3600
        raw.append(sum(_shape(channel, h0 + (k + 0.5) / steps / 4) for k in range(steps)) / steps)
    total = sum(raw)
    return tuple(r / total for r in raw)


def day_factor(day: date) -> float:
    """Monday is 1.3 times a normal day; the volumes are weekly means, so other days are lower."""
    normal = 5 / (4 + MONDAY_FACTOR)
    return normal * (MONDAY_FACTOR if day.weekday() == 0 else 1.0)


def day_profile(day: date, params: dict[str, ChannelParams] | None = None) -> dict[str, list[float]]:
    """Expected arrivals per 15-minute interval (96 per channel, from local midnight) on ``day``.

    The default forecast: phone and chat 08:00–17:00, counter 09:00–16:00, e-mail round the clock
    but mostly in office hours; a morning peak after opening, a lunch dip, a smaller afternoon
    peak; Monday 1.3 times the other weekdays. The daily totals average to the channel volumes
    over a week.
    """
    params = params or CHANNEL_PARAMS
    factor = day_factor(day)
    return {ch: [share * p.volume * factor for share in _unit_profile(ch)]
            for ch, p in params.items()}


# --- working days ----------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def is_working_day(day: date) -> bool:
    return working_day(day)


def working_days_ending(end: date, count: int) -> list[date]:
    """The ``count`` working days up to and including ``end`` (if it is one), oldest first."""
    days: list[date] = []
    day = end
    while len(days) < count:
        if is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def add_working_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


# --- staffing ----------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def required_agents(calls: float, aht_s: float, target: float = 0.8, within_s: float = 20,
                    interval_s: float = INTERVAL_S) -> int:
    """Agents an interval needs (Erlang C, ``balans.core.staffing.erlang``)."""
    if calls <= 0:
        return 0
    return int(staffing_required(calls, aht_s, interval_s=interval_s, target=target,
                                 within_s=within_s).agents)
