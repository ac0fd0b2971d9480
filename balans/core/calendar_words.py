"""Day and month names in the user's language, for the core's own sentences (no Qt here).

The desktop formats dates through ``QLocale``; a sentence the core words itself, such as a
refused roster action ("nobody had a shift on Monday 16 November"), names its date through
these, so that it reads "maandag 16 november" in the Dutch app and stays English on the
command line.
"""
from __future__ import annotations

from datetime import date

from balans.core.i18n import QT_TRANSLATE_NOOP, translate

DAYS = (QT_TRANSLATE_NOOP("Calendar", "Monday"), QT_TRANSLATE_NOOP("Calendar", "Tuesday"),
        QT_TRANSLATE_NOOP("Calendar", "Wednesday"), QT_TRANSLATE_NOOP("Calendar", "Thursday"),
        QT_TRANSLATE_NOOP("Calendar", "Friday"), QT_TRANSLATE_NOOP("Calendar", "Saturday"),
        QT_TRANSLATE_NOOP("Calendar", "Sunday"))
MONTHS = (QT_TRANSLATE_NOOP("Calendar", "January"), QT_TRANSLATE_NOOP("Calendar", "February"),
          QT_TRANSLATE_NOOP("Calendar", "March"), QT_TRANSLATE_NOOP("Calendar", "April"),
          QT_TRANSLATE_NOOP("Calendar", "May"), QT_TRANSLATE_NOOP("Calendar", "June"),
          QT_TRANSLATE_NOOP("Calendar", "July"), QT_TRANSLATE_NOOP("Calendar", "August"),
          QT_TRANSLATE_NOOP("Calendar", "September"), QT_TRANSLATE_NOOP("Calendar", "October"),
          QT_TRANSLATE_NOOP("Calendar", "November"), QT_TRANSLATE_NOOP("Calendar", "December"))


def day_month(day: date) -> str:
    """"16 November" ("16 november")."""
    return f"{day.day:02d} {translate('Calendar', MONTHS[day.month - 1])}"


def weekday_day_month(day: date) -> str:
    """"Monday 16 November" ("maandag 16 november")."""
    return f"{translate('Calendar', DAYS[day.weekday()])} {day_month(day)}"
