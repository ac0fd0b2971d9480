"""Forecast of a day's demand from the journal's history.

Live channels (phone, counter, chat): expected arrivals per 15-minute interval, from the same
weekday over recent weeks, recent weeks weighing more (weights 1, 0.8, 0.64, ...). Handling time
per channel: the mean answer-to-end time of those weeks' contacts. Contacts imported from a
telephony/ACD export count like registered ones; where interval statistics were imported for a
channel and day, that channel's day is read from them instead (offered per interval, spread over
the 15-minute slots it covers, and their average handling time weighted by calls answered).

E-mail and other deferred work are not a live queue: they become back-office workload, minutes
of work to be done that day (forecast e-mails times their handling time, plus the estimates of
open tasks due by the end of the next working day).

With fewer than ``MIN_WEEKS`` weeks of history for that weekday the documented default profile
(:func:`balans.core.simulation.profile.day_profile`, the brief's reference numbers) is used instead.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.simulation.profile import CHANNEL_PARAMS, day_profile
from balans.core.timeutil import day_bounds, from_micros, to_micros

MIN_WEEKS = 2
DEFAULT_TASK_MINUTES = 15.0


@dataclass(frozen=True)
class Forecast:
    day: date
    arrivals: dict[str, list[float]]  # per channel, 96 intervals from local midnight
    aht_s: dict[str, float]
    source: str  # "history" or "default"
    weeks_used: int
    backlog_minutes: float  # back-office work to do that day


def interval_index(moment: datetime, day: date, tz: ZoneInfo) -> int:
    """Index of the 15-minute wall-clock interval of ``moment`` on ``day`` (0 = 00:00)."""
    local = moment.astimezone(tz)
    return (local.hour * 60 + local.minute) // 15


def forecast_day(journal: Journal, day: date, tz: ZoneInfo, weeks: int = 6) -> Forecast:
    sums = {ch: [0.0] * 96 for ch in CHANNEL_PARAMS}
    handled: dict[str, list[float]] = {ch: [] for ch in CHANNEL_PARAMS}
    weight_total = 0.0
    used = 0
    with journal.engine.connect() as conn:
        for back in range(1, weeks + 1):
            past = day - timedelta(weeks=back)
            start, end = day_bounds(past, tz)
            bounds = {"a": to_micros(start), "b": to_micros(end)}
            rows = conn.execute(sa.text(
                "SELECT channel, arrived, answered, closed, status FROM contacts "
                "WHERE arrived >= :a AND arrived < :b"), bounds).all()
            stats = _interval_rows(conn, bounds)
            if not rows and not stats:
                continue
            weight = 0.8 ** (back - 1)
            used += 1
            weight_total += weight
            # A channel with imported interval statistics that day is counted from them (they
            # cover every call, also those no one registered); the others from the contacts.
            from_stats = {channel for channel, *_rest in stats}
            for channel, arrived, answered, closed, status in rows:
                if channel in from_stats or channel not in sums:
                    continue
                slot = interval_index(from_micros(arrived, tz), past, tz)
                sums[channel][slot] += weight
                if status == "ended" and answered is not None and closed is not None:
                    handled[channel].append((closed - answered) / 1e6)
            for channel, lo, hi, offered, answered, handle_s in stats:
                if channel not in sums:
                    continue
                _spread(sums[channel], from_micros(lo, tz), from_micros(hi, tz), past, tz,
                        offered * weight)
                if handle_s is not None:
                    handled[channel].extend([handle_s] * (answered if answered is not None
                                                          else offered))
        backlog = _open_task_minutes(conn, day, tz)
    if used < MIN_WEEKS:
        arrivals = day_profile(day)
        aht = {ch: p.aht_s for ch, p in CHANNEL_PARAMS.items()}
        source = "default"
    else:
        arrivals = {ch: [v / weight_total for v in values] for ch, values in sums.items()}
        aht = {ch: (sum(v) / len(v) if len(v) >= 20 else CHANNEL_PARAMS[ch].aht_s)
               for ch, v in handled.items()}
        source = "history"
    email_minutes = sum(arrivals.get("email", [])) * aht.get("email", 600) / 60
    return Forecast(day=day, arrivals=arrivals, aht_s=aht, source=source, weeks_used=used,
                    backlog_minutes=backlog + email_minutes)


def _interval_rows(conn: sa.Connection, bounds: dict[str, int]) -> list[tuple]:
    """Imported interval statistics starting that day: per source, channel and start the latest
    import wins (a corrected export replaces the first)."""
    latest: dict[tuple, tuple] = {}
    for seq, source, channel, lo, hi, offered, answered, handle_s in conn.execute(sa.text(
            'SELECT seq, source, channel, start, "end", offered, answered, handle_s '
            "FROM queue_intervals WHERE start >= :a AND start < :b ORDER BY seq"), bounds):
        latest[(source, channel, lo)] = (channel, lo, hi, offered, answered, handle_s)
    return list(latest.values())


def _spread(target: list[float], lo: datetime, hi: datetime, day: date, tz: ZoneInfo,
            amount: float) -> None:
    """Share ``amount`` over the 15-minute slots [lo, hi) covers, in proportion to the overlap."""
    total = (hi - lo).total_seconds()
    if total <= 0:
        return
    first, last = interval_index(lo, day, tz), interval_index(hi - timedelta(seconds=1), day, tz)
    if hi.astimezone(tz).date() != day:
        last = 95
    for slot in range(first, last + 1):
        s_lo = datetime.combine(day, datetime.min.time(), tzinfo=tz) + timedelta(minutes=15 * slot)
        overlap = (min(hi, s_lo + timedelta(minutes=15)) - max(lo, s_lo)).total_seconds()
        if overlap > 0:
            target[slot] += amount * overlap / total


def _open_task_minutes(conn: sa.Connection, day: date, tz: ZoneInfo) -> float:
    """Estimated minutes of the tasks open at the start of ``day`` and due by the next day's end."""
    start, _ = day_bounds(day, tz)
    _, horizon = day_bounds(day + timedelta(days=1), tz)
    rows = conn.execute(sa.text(
        "SELECT estimate_min FROM tasks WHERE created < :start "
        "AND (closed IS NULL OR closed >= :start) AND due IS NOT NULL AND due < :horizon"),
        {"start": to_micros(start), "horizon": to_micros(horizon)}).scalars().all()
    return float(sum(DEFAULT_TASK_MINUTES if m is None else m for m in rows))
