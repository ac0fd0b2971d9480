"""The roster's plain data: team members and shifts, frozen, for the desktop and the CLI."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    channels: tuple[str, ...]
    active: bool = True


@dataclass(frozen=True)
class Shift:
    """One shift that holds (planned and not cancelled), in local time."""

    employee: str
    start: datetime
    end: datetime

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def hours(self) -> float:
        return (self.end - self.start) / timedelta(hours=1)

    def label(self) -> str:
        end = f"{self.end:%H:%M}" if self.end.date() == self.start.date() else f"{self.end:%H:%M}+1"
        return f"{self.start:%H:%M}–{end}"


@dataclass(frozen=True)
class Week:
    """Monday to Sunday: the members to show (everyone active, plus former members with a shift
    that week) and the shifts starting in it."""

    monday: date
    members: tuple[Member, ...]
    shifts: tuple[Shift, ...]

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(7)]

    def shifts_of(self, employee: str, day: date) -> list[Shift]:
        return [s for s in self.shifts if s.employee == employee and s.day == day]

    def hours_of(self, employee: str) -> float:
        return sum(s.hours for s in self.shifts if s.employee == employee)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())
