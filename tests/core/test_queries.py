"""The indexed day slice gives the same figures as the whole journal, on both databases."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from balans.core.simulation.demo import fill_demo
from balans.core.holidays import previous_working_day
from balans.core.journal.journal import Journal
from balans.core.live.board import live_state
from balans.core.storage.queries import day_events, history_window_events
from balans.core.routine.compute import routine
from balans.core.simulation.profile import working_days_ending
from balans.core.summary.compute import summarize
from balans.core.timeutil import day_bounds, zone

TZ = zone("Europe/Amsterdam")
END = date(2026, 11, 20)


@pytest.mark.slow
def test_day_slices_match_the_whole_journal(store):
    journal = Journal(store)
    fill_demo(journal, END, 6, 11, TZ)
    everything = journal.events()
    for day in working_days_ending(END, 6)[1:]:
        subset = day_events(journal, day, TZ)
        assert len(subset) < len(everything)
        assert summarize(subset, day, TZ).to_json() == summarize(everything, day, TZ).to_json()
        now = datetime.combine(day, time(11, 30), tzinfo=TZ)
        live_subset = live_state(day_events(journal, day, TZ, until=now), now, TZ)
        assert live_subset.to_json() == live_state(everything, now, TZ).to_json()
        _, since = day_bounds(previous_working_day(day), TZ)
        _, end = day_bounds(day, TZ)
        assert (routine(history_window_events(journal, since, end), day, TZ).to_json()
                == routine(everything, day, TZ).to_json())


def test_a_slice_up_to_now_still_carries_the_whole_days_plan(store):
    from balans.core.journal import operations as ops

    journal = Journal(store)
    evening = datetime(2026, 11, 19, 18, 0, tzinfo=TZ)
    at = lambda h: datetime.combine(END, time(h), tzinfo=TZ)  # noqa: E731
    ops.add_employee(journal, "anna", "Anna", evening)
    ops.plan_shift(journal, "anna", at(8), at(17), evening)
    ops.plan_roles(journal, [("anna", at(8), at(13), "contact"),
                             ("anna", at(13), at(17), "backoffice")], evening)
    ops.set_mode(journal, "anna", "contact", at(8))
    ops.set_mode(journal, "anna", "break", at(11))  # at exactly "now": it has happened
    ops.set_mode(journal, "anna", "backoffice", at(14))  # after "now": not in the slice
    morning = day_events(journal, END, TZ, until=at(11))
    blocks = [(e["role"], e["start"]) for e in morning if e.type == "role.planned"]
    assert blocks == [("contact", at(8).isoformat()), ("backoffice", at(13).isoformat())]
    assert [e["mode"] for e in morning if e.type == "mode.changed"] == ["contact", "break"]
    assert live_state(morning, at(11), TZ).to_json() == live_state(
        journal.events(), at(11), TZ).to_json()
