"""Dutch public holidays, for any year, as a municipal front office observes them.

Included: New Year's Day; Easter Sunday and Monday; King's Day (27 April, 26 April when the 27th
is a Sunday; from 2014 on) or, before 2014, Queen's Day (30 April; when that is a Sunday, 29 April
from 1980 on and 1 May before); Liberation Day (5 May) in lustrum years only (every fifth year,
when most collective agreements give the day off); Ascension Day; Whit Sunday and Monday;
Christmas Day and Boxing Day.

Left out on purpose: Good Friday. It is not a day off in most collective agreements and
municipalities usually stay open.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping


def easter_sunday(year: int) -> date:
    """Western Easter by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def royal_day(year: int) -> date:
    """King's Day from 2014, Queen's Day before, moved off a Sunday."""
    if year >= 2014:
        day = date(year, 4, 27)
        return day - timedelta(days=1) if day.weekday() == 6 else day
    day = date(year, 4, 30)
    if day.weekday() == 6:
        return day - timedelta(days=1) if year >= 1980 else day + timedelta(days=1)
    return day


@lru_cache(maxsize=256)
def dutch_holidays(year: int) -> Mapping[date, str]:
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1): "New Year's Day",
        easter: "Easter Sunday",
        easter + timedelta(days=1): "Easter Monday",
        royal_day(year): "King's Day" if year >= 2014 else "Queen's Day",
        easter + timedelta(days=39): "Ascension Day",
        easter + timedelta(days=49): "Whit Sunday",
        easter + timedelta(days=50): "Whit Monday",
        date(year, 12, 25): "Christmas Day",
        date(year, 12, 26): "Boxing Day",
    }
    if year % 5 == 0:
        days[date(year, 5, 5)] = "Liberation Day"
    return MappingProxyType(dict(sorted(days.items())))


def holiday_name(day: date) -> str | None:
    return dutch_holidays(day.year).get(day)


def working_day(day: date) -> bool:
    """Monday to Friday, and not a public holiday."""
    return day.weekday() < 5 and day not in dutch_holidays(day.year)


def previous_working_day(day: date) -> date:
    """The last working day strictly before ``day``."""
    day -= timedelta(days=1)
    while not working_day(day):
        day -= timedelta(days=1)
    return day
