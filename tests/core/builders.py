"""Small journals written by hand in tests: local times and an event list that reads well."""
from __future__ import annotations

from datetime import date, datetime

from balans.core.journal.events import make
from balans.core.timeutil import zone

TZ = zone("Europe/Amsterdam")
DAY = date(2026, 11, 23)  # a Monday, CET (+01:00)


def at(text: str, day: date = DAY) -> datetime:
    """Local time on ``day``: "08:30" or "08:30:15"."""
    parts = [int(p) for p in text.split(":")] + [0]
    return datetime(day.year, day.month, day.day, parts[0], parts[1], parts[2], tzinfo=TZ)


class Journal(list):
    """Events in journal order; datetimes in fields become ISO strings."""

    def add(self, type_: str, when: datetime, **fields):
        fields = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in fields.items()}
        self.append(make(type_, when, **fields))
        return self
