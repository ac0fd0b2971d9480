"""The stretch of time a summary is computed over, in exact microseconds."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from balans.core.timeutil import day_bounds, to_micros

FAR = 1 << 62  # "never" / "still open", later than any real time
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def local_time(us: int, tz: ZoneInfo) -> datetime:
    """Microseconds since the epoch as a local time. (Adds in UTC, then converts: adding a
    timedelta to a ZoneInfo time would step wall-clock time and miss DST changes.)"""
    return (_EPOCH + timedelta(microseconds=us)).astimezone(tz)


@dataclass(frozen=True)
class Window:
    """``[start, end)`` is the local day. Events count when ``start <= ts < cutoff``; durations
    run until ``horizon``. For the end-of-day summary cutoff = horizon = end; "so far today" has
    cutoff just after now (events at now count) and horizon = now."""

    day: date
    tz: ZoneInfo
    start: int
    end: int
    cutoff: int
    horizon: int

    @classmethod
    def of_day(cls, day: date, tz: ZoneInfo, now: datetime | None = None) -> "Window":
        lo, hi = day_bounds(day, tz)
        start, end = to_micros(lo), to_micros(hi)
        if now is None:
            return cls(day, tz, start, end, end, end)
        moment = min(max(to_micros(now), start), end)
        return cls(day, tz, start, end, min(moment + 1, end), moment)

    def today(self, us: int) -> bool:
        """Did something at ``us`` happen in this window (that day, up to the cutoff)?"""
        return self.start <= us < self.cutoff

    def local(self, us: int) -> datetime:
        return local_time(us, self.tz)
