"""Working days, Dutch public holidays, and the since-previous-working-day routine."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from balans.core.journal.events import make
from balans.core.holidays import dutch_holidays, easter_sunday, holiday_name
from balans.core.routine.compute import format_routine, previous_working_day, routine, working_day
from balans.core.timeutil import day_bounds, zone
from tests.core.test_livestate import random_journal, window_subset

TZ = zone("Europe/Amsterdam")


@pytest.mark.parametrize("year, easter", [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2019, date(2019, 4, 21)), (2000, date(2000, 4, 23)), (2038, date(2038, 4, 25)),
    (2285, date(2285, 3, 22)), (1818, date(1818, 3, 22)), (1943, date(1943, 4, 25)),
])
def test_easter(year, easter):
    assert easter_sunday(year) == easter


def test_holidays_of_2026():
    assert list(dutch_holidays(2026)) == [
        date(2026, 1, 1), date(2026, 4, 5), date(2026, 4, 6), date(2026, 4, 27),
        date(2026, 5, 14), date(2026, 5, 24), date(2026, 5, 25), date(2026, 12, 25),
        date(2026, 12, 26)]  # no Liberation Day: 2026 is not a lustrum year


@pytest.mark.parametrize("day, name", [
    (date(2025, 4, 26), "King's Day"),  # the 27th is a Sunday
    (date(2024, 4, 27), "King's Day"),
    (date(2013, 4, 30), "Queen's Day"),
    (date(2006, 4, 29), "Queen's Day"),  # 30 April 2006 was a Sunday
    (date(1978, 5, 1), "Queen's Day"),  # before 1980 a Sunday moved to the Monday
    (date(2025, 5, 5), "Liberation Day"),
    (date(2030, 5, 5), "Liberation Day"),
    (date(2025, 5, 29), "Ascension Day"),
    (date(2025, 6, 9), "Whit Monday"),
    (date(2025, 12, 26), "Boxing Day"),
])
def test_named_holidays(day, name):
    assert holiday_name(day) == name


@pytest.mark.parametrize("day, expected", [
    (date(2026, 11, 23), True),  # a Monday
    (date(2026, 11, 21), False),  # Saturday
    (date(2026, 11, 22), False),  # Sunday
    (date(2026, 4, 3), True),  # Good Friday: municipalities stay open
    (date(2026, 4, 6), False),  # Easter Monday
    (date(2026, 4, 27), False),  # King's Day on a Monday
    (date(2025, 4, 25), True),  # the Friday before King's Day 2025 (a Saturday)
    (date(2026, 5, 5), True),  # Liberation Day outside a lustrum year
    (date(2025, 5, 5), False),
    (date(2026, 5, 14), False),  # Ascension Day
    (date(2026, 5, 25), False),  # Whit Monday
    (date(2026, 12, 25), False),
    (date(2027, 1, 1), False),
    (date(2013, 4, 30), False),  # Queen's Day
    (date(2014, 4, 30), True),  # ... no longer
])
def test_working_day(day, expected):
    assert working_day(day) is expected


@pytest.mark.parametrize("day, previous", [
    (date(2026, 11, 23), date(2026, 11, 20)),  # Monday -> Friday
    (date(2026, 11, 24), date(2026, 11, 23)),
    (date(2026, 4, 7), date(2026, 4, 3)),  # after Easter Monday -> Good Friday
    (date(2025, 12, 29), date(2025, 12, 24)),  # over Christmas and a weekend
    (date(2026, 1, 2), date(2025, 12, 31)),
    (date(2026, 5, 26), date(2026, 5, 22)),  # over Whitsun
    (date(2025, 5, 6), date(2025, 5, 2)),  # over Liberation Day 2025
    (date(2026, 5, 15), date(2026, 5, 13)),  # over Ascension Day
    (date(2026, 11, 22), date(2026, 11, 20)),  # from a Sunday
])
def test_previous_working_day(day, previous):
    assert previous_working_day(day) == previous


# -- the routine -----------------------------------------------------------------------------

def at(day: int, hhmm: str) -> datetime:
    h, m = (int(p) for p in hhmm.split(":"))
    return datetime(2026, 11, day, h, m, tzinfo=TZ)


def journal() -> list:
    j = []

    def add(when, type_, actor=None, **fields):
        fields = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in fields.items()}
        j.append(make(type_, when, actor=actor, **fields))

    add(at(18, "07:00"), "employee.added", employee="anna", name="Anna")
    add(at(19, "09:00"), "task.created", task="T9", title="Long done")
    add(at(20, "09:00"), "task.finished", task="T9", employee="anna")
    add(at(20, "15:00"), "task.created", task="T0", title="Old case", due=at(20, "17:00"))
    add(at(20, "16:00"), "contact.arrived", contact="m1", channel="email", reason="permit")
    add(at(21, "10:00"), "contact.arrived", contact="c2", channel="email")
    add(at(22, "10:00"), "task.created", task="T1", title="Check permit")
    add(at(23, "08:00"), "task.changed", task="T0", title="Old case, renamed")
    add(at(23, "09:00"), "contact.answered", contact="c2", employee="anna")
    add(at(23, "09:05"), "contact.ended", contact="c2", employee="anna", outcome="resolved")
    add(at(23, "09:30"), "contact.arrived", contact="c3", channel="phone", reason="permit")
    add(at(23, "09:31"), "contact.answered", contact="c3", employee="anna")
    add(at(23, "10:00"), "task.started", task="T1", employee="anna")
    add(at(23, "11:00"), "contact.ended", contact="c3", employee="anna", outcome="follow_up",
        task="T1")
    add(at(23, "11:00"), "obstacle.logged", employee="anna", text="scanner broken")
    add(at(23, "12:00"), "contact.arrived", contact="c4", channel="phone")
    add(at(23, "12:01"), "contact.abandoned", contact="c4")
    add(at(23, "13:00"), "task.created", task="T2", title="Duplicate")
    add(at(23, "14:00"), "task.cancelled", actor="lead", task="T2")
    add(at(24, "08:00"), "task.finished", task="T1", employee="anna")  # after the day
    return j


def test_routine_items_since_the_previous_working_day():
    r = routine(journal(), date(2026, 11, 23), TZ)
    assert r.since == at(21, "00:00") and r.until == at(24, "00:00") and r.working_day
    got = [(i.ts, i.kind, i.ref, i.acted_upon, i.action, i.acted_by, i.acted_at)
           for i in r.items]
    assert got == [
        (at(21, "10:00"), "contact.arrived", "c2", True, "answered", "anna", at(23, "09:00")),
        (at(22, "10:00"), "task.created", "T1", True, "started", "anna", at(23, "10:00")),
        (at(23, "08:00"), "task.changed", "T0", False, None, None, None),  # an edit is not acting
        (at(23, "09:30"), "contact.arrived", "c3", True, "answered", "anna", at(23, "09:31")),
        (at(23, "11:00"), "obstacle.logged", None, None, None, None, None),
        (at(23, "12:00"), "contact.arrived", "c4", False, None, None, None),  # abandoned
        (at(23, "13:00"), "task.created", "T2", True, "cancelled", "lead", at(23, "14:00")),
    ]
    assert r.items[5].text == "phone contact, abandoned"
    assert [i.ref for i in r.not_acted_upon] == ["T0", "c4"]


def test_open_cases_with_age_and_last_activity():
    r = routine(journal(), date(2026, 11, 23), TZ)
    t0, t1 = r.open_cases
    assert (t0.task, t0.title, t0.status, t0.holder) == ("T0", "Old case, renamed", "open", None)
    assert t0.age_days == 3.375  # Friday 15:00 to Tuesday 00:00
    assert t0.overdue and t0.last_activity == at(23, "08:00")
    # T1 was finished on Tuesday: still open at the end of Monday
    assert (t1.task, t1.status, t1.holder, t1.overdue) == ("T1", "in_progress", "anna", False)
    assert t1.last_activity == at(23, "11:00")  # c3 ended naming it
    # Friday 16:00 to Tuesday 00:00: 3 days 8 hours
    assert [(w.contact, round(w.age_days, 4)) for w in r.waiting_contacts] == [("m1", 3.3333)]


def test_routine_so_far_today():
    r = routine(journal(), date(2026, 11, 23), TZ, now=at(23, "09:15"))
    assert r.until == at(23, "09:15")
    assert [(i.ref, i.acted_upon) for i in r.items] == [("c2", True), ("T1", False),
                                                       ("T0", False)]
    assert r.open_cases[0].age_days == pytest.approx(2 + 18.25 / 24)


def test_routine_after_a_long_weekend_starts_after_good_friday():
    r = routine([], date(2026, 4, 7), TZ)
    assert r.since == datetime(2026, 4, 4, tzinfo=TZ)
    assert r.items == () and r.open_cases == ()


def test_routine_json_and_text():
    r = routine(journal(), date(2026, 11, 23), TZ)
    out = r.to_json()
    assert set(out) == {"date", "working_day", "since", "until", "items", "open_cases",
                        "waiting_contacts"}
    assert out["items"][0] == {
        "ts": "2026-11-21T10:00:00+01:00", "kind": "contact.arrived", "ref": "c2",
        "text": "email contact", "employee": None, "channel": "email", "acted_upon": True,
        "acted_at": "2026-11-23T09:00:00+01:00", "acted_by": "anna", "action": "answered"}
    text = format_routine(r)
    assert "NEW OR CHANGED: 7 items, 4 acted upon, 2 still to pick up" in text
    assert "contacts served: 1 email, 1 phone" in text
    assert "[ ] Mon 23 Nov 12:00  c4: phone contact, abandoned - not picked up yet" in text
    assert "obstacle from anna: scanner broken" in text
    assert "OPEN CASES: 2" in text and "WAITING FOR AN ANSWER: 1" in text


@pytest.mark.parametrize("seed", range(6))
def test_routine_from_the_window_subset_equals_the_full_history(seed):
    days = [date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 23),
            date(2026, 11, 24)]
    events = random_journal(seed, days)
    for day in (date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 24)):
        since = day_bounds(previous_working_day(day), TZ)[1]
        subset = window_subset(events, since, day_bounds(day, TZ)[1])
        full = routine(events, day, TZ)
        assert routine(subset, day, TZ) == full
        assert full.items and full.open_cases
