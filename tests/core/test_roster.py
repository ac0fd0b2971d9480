"""The roster: team members and shifts as journal events (employee.changed, employee.deactivated,
shift.cancelled), how the planner and the summary read them, and the roster actions."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from balans.core.journal.events import make
from balans.core.journal.journal import Journal, JournalError
from balans.core.journal.validation import parse_event
from balans.core.planning.day import PlanError, load_grid
from balans.core.roster import actions
from balans.core.roster.read import shifts_between, team, week
from balans.core.roster.spans import effective, subtract, union
from balans.core.storage.queries import day_events
from balans.core.summary.compute import summarize
from tests.core.builders import DAY, TZ, at

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=TZ)  # the Friday before DAY


def lines(*objs):
    import json
    return [json.dumps(o) for o in objs]


def ev(type_, ts="2026-11-20T12:00:00+01:00", **fields):
    return {"ts": ts, "type": type_, **fields}


# ------------------------------------------------------------------ spans, pure
def test_spans_add_subtract_and_follow_journal_order():
    assert union([(5, 8), (0, 2), (2, 4)]) == [(0, 4), (5, 8)]
    assert subtract([(0, 10)], 3, 5) == [(0, 3), (5, 10)]
    assert subtract([(0, 10)], 0, 10) == []
    rows = [("a", 0, 10, False), ("a", 4, 6, True), ("b", 0, 5, False), ("b", 0, 5, True),
            ("a", 5, 6, False)]
    assert effective(rows) == {"a": [(0, 4), (5, 10)]}  # b's shift cancelled: gone entirely


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize("obj, reason", [
    (ev("employee.changed", employee="anna"), "changes nothing"),
    (ev("employee.changed", employee="anna", channels=["fax"]), "channels must be"),
    (ev("employee.deactivated"), "needs field 'employee'"),
    (ev("shift.cancelled", employee="anna", start="2026-11-23T08:00:00+01:00"),
     "needs field 'end'"),
    (ev("shift.cancelled", employee="anna", start="2026-11-23T08:00:00+01:00",
        end="2026-11-26T08:00:00+01:00"), "at most two days"),
    (ev("shift.cancelled", employee="anna", start="2026-11-23T08:00:00+01:00",
        end="2026-11-23T07:00:00+01:00"), "end must be after start"),
])
def test_new_event_types_are_checked_line_by_line(obj, reason):
    with pytest.raises(ValueError, match=reason):
        parse_event(obj)


def test_transitions_of_team_members(store):
    journal = Journal(store)
    journal.import_lines(lines(ev("employee.added", employee="anna", name="Anna")))
    with pytest.raises(JournalError, match="line 1: unknown employee 'bram'"):
        journal.import_lines(lines(ev("employee.deactivated", employee="bram")))
    journal.import_lines(lines(ev("employee.deactivated", employee="anna")))
    with pytest.raises(JournalError, match="already left the team"):
        journal.import_lines(lines(ev("employee.deactivated", employee="anna")))
    with pytest.raises(JournalError, match="has left the team; add them again"):
        journal.import_lines(lines(ev("shift.planned", employee="anna",
                                      start="2026-11-23T08:00:00+01:00",
                                      end="2026-11-23T12:00:00+01:00")))
    assert [m.active for m in team(journal)] == [False]
    assert team(journal, include_former=False) == []
    journal.import_lines(lines(ev("employee.added", employee="anna", name="Anna B.",
                                  channels=["phone"])))
    (anna,) = team(journal)
    assert (anna.name, anna.channels, anna.active) == ("Anna B.", ("phone",), True)
    journal.import_lines(lines(ev("employee.changed", employee="anna", channels=["chat", "email"])))
    assert team(journal)[0].channels == ("chat", "email")
    assert team(journal)[0].name == "Anna B."


def test_export_of_the_new_events_imports_back_identically(store, tmp_path):
    from balans.core.storage.store import open_store

    journal = Journal(store)
    actions.add_member(journal, "anna", "Anna", ["phone"], NOW)
    actions.add_member(journal, "bram", "Bram", ["phone", "chat"], NOW)
    actions.add_shift(journal, "anna", at("08:00"), at("16:00"), NOW)
    (shift,) = shifts_between(journal, *_day(DAY), TZ)
    actions.move_shift(journal, shift, "bram", at("09:00"), at("17:00"), NOW)
    actions.edit_member(journal, "bram", NOW, name="Bram Bakker")
    actions.deactivate_member(journal, "anna", NOW, TZ)
    exported = list(journal.export_lines())
    assert {"employee.changed", "employee.deactivated", "shift.cancelled"} <= {
        __import__("json").loads(line)["type"] for line in exported}
    other = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        Journal(other).import_lines(exported)
        assert list(Journal(other).export_lines()) == exported
        assert shifts_between(Journal(other), *_day(DAY), TZ) == shifts_between(
            journal, *_day(DAY), TZ)
        assert team(Journal(other)) == team(journal)
    finally:
        other.dispose()


def _day(day: date):
    from balans.core.timeutil import day_bounds
    return day_bounds(day, TZ)


# ------------------------------------------------------------------ actions and readers
@pytest.fixture
def crew(store):
    journal = Journal(store)
    for who in ("anna", "bram", "cees"):
        actions.add_member(journal, who, who.title(), ["phone", "counter"], NOW)
    return journal


def test_move_delete_and_the_planners_grid(crew):
    actions.add_shift(crew, "anna", at("08:00"), at("16:30"), NOW)
    actions.add_shift(crew, "bram", at("09:00"), at("17:00"), NOW)
    actions.add_shift(crew, "cees", at("12:00"), at("20:00"), NOW)
    grid = load_grid(crew, DAY, TZ)
    assert set(grid.shifts) == {"anna", "bram", "cees"}
    by = {s.employee: s for s in shifts_between(crew, *_day(DAY), TZ)}
    actions.delete_shift(crew, by["cees"], NOW)
    actions.move_shift(crew, by["bram"], "bram", at("10:00"), at("18:00"), NOW)
    grid = load_grid(crew, DAY, TZ)
    assert set(grid.shifts) == {"anna", "bram"}  # the cancelled shift is gone for the planner
    assert grid.time_of(grid.shifts["bram"][0]) == at("10:00")
    assert grid.time_of(grid.shifts["bram"][1]) == at("18:00")
    with pytest.raises(actions.RosterError, match="already there"):
        actions.move_shift(crew, shifts_between(crew, at("09:59"), at("10:01"), TZ, "bram")[0],
                           "bram", at("10:00"), at("18:00"), NOW)
    with pytest.raises(actions.RosterError, match="ends after it starts"):
        actions.add_shift(crew, "anna", at("12:00"), at("11:00"), NOW)
    for s in shifts_between(crew, *_day(DAY), TZ):
        actions.delete_shift(crew, s, NOW)
    with pytest.raises(PlanError, match="no shifts"):
        load_grid(crew, DAY, TZ)
    # A later shift.planned gives the time back.
    actions.add_shift(crew, "cees", at("12:00"), at("20:00"), NOW)
    assert set(load_grid(crew, DAY, TZ).shifts) == {"cees"}


def test_a_cancelled_shift_does_not_count_in_the_summary(crew):
    actions.add_shift(crew, "anna", at("08:00"), at("12:00"), NOW)
    actions.add_shift(crew, "bram", at("08:00"), at("12:00"), NOW)
    crew.append([__import__("balans.core.journal.events", fromlist=["make"]).make(
        "mode.changed", at("08:00"), employee="anna", mode="contact")])
    bram = shifts_between(crew, *_day(DAY), TZ, "bram")[0]
    actions.delete_shift(crew, bram, NOW)
    anna = shifts_between(crew, *_day(DAY), TZ, "anna")[0]
    actions.move_shift(crew, anna, "anna", at("08:00"), at("10:00"), NOW)
    people = {p["employee"]: p for p in summarize(day_events(crew, DAY, TZ), DAY, TZ)
              .to_json()["employees"]}
    assert "bram" not in people  # no shift and no event: not part of the day
    # The last mode change holds until the end of the shift as moved (10:00), not 12:00.
    assert people["anna"]["actual_minutes"]["contact"] == 120


def test_deactivating_cancels_only_the_shifts_not_yet_begun(crew):
    tomorrow = DAY + timedelta(days=1)
    actions.add_shift(crew, "anna", at("08:00"), at("16:00"), NOW)
    actions.add_shift(crew, "anna", at("08:00", tomorrow), at("16:00", tomorrow), NOW)
    changes = actions.deactivate_member(crew, "anna", at("10:00"), TZ)
    assert "plan" in changes.areas and changes.stored == 2
    assert [s.day for s in shifts_between(crew, at("00:00"), at("00:00") + timedelta(days=3),
                                          TZ)] == [DAY]
    assert [m.id for m in week(crew, DAY, TZ).members] == ["anna", "bram", "cees"]
    assert [m.id for m in week(crew, DAY + timedelta(days=7), TZ).members] == ["bram", "cees"]


def test_copy_a_week_keeps_wall_clock_times_across_the_end_of_summer_time(crew):
    before = date(2026, 10, 19)  # summer time (+02:00); 25 October the clocks go back
    for offset, who in ((0, "anna"), (2, "bram")):
        d = before + timedelta(days=offset)
        actions.add_shift(crew, who, at("08:00", d), at("16:30", d), NOW)
    actions.add_shift(crew, "cees", at("08:00", before), at("12:00", before), NOW)
    actions.deactivate_member(crew, "cees", NOW, TZ)
    changes = actions.copy_week(crew, before, before + timedelta(days=9), TZ, NOW)
    assert changes.stored == 2  # cees left the team: not copied
    copied = week(crew, before + timedelta(days=7), TZ).shifts
    assert [(s.employee, s.start.isoformat(), s.label()) for s in copied] == [
        ("anna", "2026-10-26T08:00:00+01:00", "08:00–16:30"),
        ("bram", "2026-10-28T08:00:00+01:00", "08:00–16:30")]
    with pytest.raises(actions.RosterError, match="nothing to copy"):
        actions.copy_week(crew, before, before + timedelta(days=7), TZ, NOW)  # already there


def test_copy_a_day_plans_last_weeks_shifts_on_an_empty_day(crew):
    last = DAY - timedelta(days=7)
    actions.add_shift(crew, "anna", at("08:00", last), at("16:00", last), NOW)
    actions.add_shift(crew, "bram", at("12:00", last), at("20:00", last), NOW)
    crew.append([make("role.planned", NOW, employee="anna", start=at("08:00", last).isoformat(),
                      end=at("16:00", last).isoformat(), role="contact"),
                 make("role.planned", NOW, employee="anna", start=at("12:00", last).isoformat(),
                      end=at("13:00", last).isoformat(), role="break")])
    copied = actions.copy_day(crew, last, DAY, TZ, NOW)
    assert copied.changes.stored == 2 + 3
    assert [(emp, start.time().isoformat()) for emp, start, _end in copied.shifts] == [
        ("anna", "08:00:00"), ("bram", "12:00:00")]
    assert set(load_grid(crew, DAY, TZ).shifts) == {"anna", "bram"}
    people = {p["employee"]: p for p in summarize(day_events(crew, DAY, TZ), DAY, TZ)
              .to_json()["employees"]}
    assert people["anna"]["planned_minutes"] == {"contact": 420, "backoffice": 0, "break": 60}
    with pytest.raises(actions.RosterError, match="nobody had a shift"):
        actions.copy_day(crew, DAY - timedelta(days=1), DAY, TZ, NOW)


def test_member_actions_refuse_bad_input(crew):
    with pytest.raises(actions.RosterError, match="at least one channel"):
        actions.add_member(crew, "dirk", "Dirk", [], NOW)
    with pytest.raises(actions.RosterError, match="unknown channel"):
        actions.edit_member(crew, "anna", NOW, channels=["fax"])
    with pytest.raises(actions.RosterError, match="nothing to change"):
        actions.edit_member(crew, "anna", NOW)
    with pytest.raises(actions.RosterError, match="unknown team member"):
        actions.deactivate_member(crew, "zed", NOW, TZ)
    changes = actions.edit_member(crew, "anna", NOW, name="Anna de Vries")
    assert changes.areas == {"roster"}
    assert {m.id: m.name for m in team(crew)}["anna"] == "Anna de Vries"


def test_a_rename_reaches_the_days_events(crew):
    actions.add_shift(crew, "anna", at("08:00"), at("12:00"), NOW)
    actions.edit_member(crew, "anna", NOW, name="Anna de Vries")
    events = day_events(crew, DAY, TZ)
    assert [e.type for e in events if e.type.startswith("employee.")] == [
        "employee.added", "employee.added", "employee.added", "employee.changed"]


def test_a_former_member_leaves_my_shifts_lists_but_keeps_the_days_worked(crew):
    from balans.core.live.myshift import load_snapshot

    actions.add_shift(crew, "bram", at("08:00"), at("12:00"), NOW)
    crew.append([make("mode.changed", at("08:00"), employee="bram", mode="contact")])
    actions.deactivate_member(crew, "bram", at("13:00"), TZ)
    snap = load_snapshot(crew, "anna", at("14:00"), TZ)
    assert [p.id for p in snap.people] == ["anna", "cees"]  # the who-am-I and hand-over lists
    assert load_snapshot(crew, "bram", at("14:00"), TZ).me is None  # cannot act as a leaver
    day = summarize(day_events(crew, DAY, TZ), DAY, TZ)
    assert day.employee("bram").actual_minutes.contact == 240  # the morning he worked


def test_the_role_plan_of_a_cancelled_shift_counts_nowhere_until_the_time_is_given_back(crew):
    actions.add_shift(crew, "anna", at("08:00"), at("12:00"), NOW)
    crew.append([make("role.planned", NOW, employee="anna", start=at("08:00").isoformat(),
                      end=at("12:00").isoformat(), role="contact")])
    actions.delete_shift(crew, shifts_between(crew, *_day(DAY), TZ, "anna")[0], NOW)
    people = summarize(day_events(crew, DAY, TZ), DAY, TZ).to_json()["employees"]
    assert people == []  # no shift, no event, and no plan left for a time nobody works
    actions.add_shift(crew, "anna", at("10:00"), at("12:00"), NOW)  # part of the time back
    anna = summarize(day_events(crew, DAY, TZ), DAY, TZ).employee("anna")
    assert anna.planned_minutes.contact == 120


def test_undoing_a_copied_day_takes_its_shifts_and_plan_away_and_redo_brings_them_back(crew):
    last = DAY - timedelta(days=7)
    actions.add_shift(crew, "anna", at("08:00", last), at("12:00", last), NOW)
    crew.append([make("role.planned", NOW, employee="anna", start=at("07:00", last).isoformat(),
                      end=at("13:00", last).isoformat(), role="contact")])  # wider than the shift
    copied = actions.copy_day(crew, last, DAY, TZ, NOW)
    changes = actions.cancel_shifts(crew, copied.shifts, NOW)
    assert changes.stored == 1 and "plan" in changes.areas
    with pytest.raises(PlanError, match="no shifts"):
        load_grid(crew, DAY, TZ)
    assert summarize(day_events(crew, DAY, TZ), DAY, TZ).to_json()["employees"] == []
    actions.add_shifts(crew, copied.shifts, NOW)  # redo
    anna = summarize(day_events(crew, DAY, TZ), DAY, TZ).employee("anna")
    assert anna.planned_minutes.contact == 240
    with pytest.raises(actions.RosterError, match="no shifts"):
        actions.cancel_shifts(crew, (), NOW)


def test_my_shift_plans_nothing_for_a_cancelled_shift(crew):
    from balans.core.live.myshift import load_snapshot

    actions.add_shift(crew, "anna", at("08:00"), at("16:00"), NOW)
    crew.append([make("role.planned", NOW, employee="anna", start=at("08:00").isoformat(),
                      end=at("16:00").isoformat(), role="contact")])
    assert load_snapshot(crew, "anna", at("10:00"), TZ).planned.role == "contact"
    shift = shifts_between(crew, *_day(DAY), TZ, "anna")[0]
    actions.move_shift(crew, shift, "anna", at("08:00"), at("12:00"), NOW)  # home at noon
    assert load_snapshot(crew, "anna", at("10:00"), TZ).planned.until == at("12:00")
    assert load_snapshot(crew, "anna", at("13:00"), TZ).planned.role is None
