"""The indexed day slice gives the same figures as the whole journal, on both databases."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from balans.core.demo import fill_demo
from balans.core.holidays import previous_working_day
from balans.core.journal import Journal
from balans.core.livestate import live_state
from balans.core.queries import day_events, history_window_events
from balans.core.routine import routine
from balans.core.sim_profile import working_days_ending
from balans.core.summary import summarize
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
