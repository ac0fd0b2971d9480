"""Local days and instants in the team's time zone."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Europe/Amsterdam"


def zone(name: str | None = None) -> ZoneInfo:
    return ZoneInfo(name or DEFAULT_TZ)


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[day 00:00, day+1 00:00) local time, as aware datetimes (DST-correct: 23 h or 25 h days)."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return start, end


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICRO = timedelta(microseconds=1)


_OFFSETS: dict[timezone, int] = {}  # fixed UTC offsets met so far, in whole seconds
_UNIX_DAY = date(1970, 1, 1).toordinal()


def to_micros(moment: datetime) -> int:
    """Microseconds since the Unix epoch: the sortable, exact time key stored beside each event.

    For a fixed UTC offset (every parsed journal time) in integer arithmetic from the calendar
    fields and the offset, looked up once per offset: a third of ``timestamp()``'s cost, and
    exact. Otherwise whole seconds from ``timestamp()`` (exact: the float's spacing near today
    is ~2e-7 s, far below the 1e-6 s a fraction can come to a whole second) plus the exact
    microseconds."""
    zone_ = moment.tzinfo
    if type(zone_) is timezone:
        offset = _OFFSETS.get(zone_)
        if offset is None:
            offset = _fixed_offset(zone_)
        if offset is not None:
            return (((moment.toordinal() - _UNIX_DAY) * 86400 + moment.hour * 3600
                     + moment.minute * 60 + moment.second - offset) * 1_000_000
                    + moment.microsecond)
    if zone_ is None:
        raise ValueError("a time without a UTC offset has no place on the time line")
    return int(moment.timestamp() // 1) * 1_000_000 + moment.microsecond


def _fixed_offset(zone_: timezone) -> int | None:
    """A fixed offset in whole seconds (``None`` for a fractional one), remembered."""
    delta = zone_.utcoffset(None)
    if delta.microseconds:
        return None
    if len(_OFFSETS) < 256:  # a journal has a handful; never let odd input grow this
        _OFFSETS[zone_] = int(delta.total_seconds())
    return int(delta.total_seconds())


def from_micros(micros: int, tz: ZoneInfo) -> datetime:
    return (_EPOCH + timedelta(microseconds=micros)).astimezone(tz)
