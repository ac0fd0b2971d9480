"""Team now tells the truth: someone serving outside their planned shift is at work, not "off
shift"; each person's next planned block; an "as of" time; the chart stops at now."""
from __future__ import annotations

from datetime import timedelta

import numpy as np

from balans.core.live.board import live_state
from tests.core.builders import DAY, TZ, Journal, at
from tests.desktop.test_board import T0, live, seed, shown_board


def journal() -> Journal:
    j = Journal()
    for who in ("anna", "bram"):
        j.add("employee.added", at("06:00"), employee=who, name=who.title())
        j.add("shift.planned", at("06:00"), employee=who, start=at("08:00"), end=at("12:00"))
        j.add("role.planned", at("06:00"), employee=who, start=at("08:00"), end=at("10:00"),
              role="contact")
        j.add("role.planned", at("06:00"), employee=who, start=at("10:00"), end=at("12:00"),
              role="backoffice")
        j.add("mode.changed", at("08:00"), employee=who, mode="contact")
    # Bram stays on after his shift to serve a walk-in
    j.add("contact.arrived", at("12:10"), contact="c1", channel="counter")
    j.add("contact.answered", at("12:12"), contact="c1", employee="bram")
    j.add("mode.changed", at("12:05"), employee="anna", mode="offline")
    return j


def test_next_planned_block_and_presence_in_core():
    state = live_state(journal(), at("09:00"), TZ)
    anna = state.employee("anna")
    assert (anna.planned_role, anna.next_role, anna.next_start) == (
        "contact", "backoffice", at("10:00"))
    late = live_state(journal(), at("12:20"), TZ)
    bram, anna = late.employee("bram"), late.employee("anna")
    assert not bram.on_shift and bram.present  # serving after his shift
    assert not anna.on_shift and not anna.present  # gone home (offline)


def test_serving_outside_the_shift_is_not_greyed_as_off_shift():
    from PySide6.QtCore import Qt

    from balans.desktop.models.team_now import DOING, NEXT, TeamNowModel

    model = TeamNowModel()
    model.set_employees([
        live("anna", "Anna", on_shift=False, mode="offline"),
        live("bram", "Bram", on_shift=False, planned_role=None, serving="c1",
             serving_channel="counter", serving_since=T0 - timedelta(minutes=3)),
        live("cees", "Cees", next_role="backoffice", next_start=T0 + timedelta(hours=1)),
    ], T0)
    fg = Qt.ItemDataRole.ForegroundRole
    anna, bram, cees = (model.row_for(x) for x in ("anna", "bram", "cees"))
    assert model.index(anna, DOING).data() == "off shift"
    assert model.index(anna, 0).data(fg) is not None  # greyed
    assert model.index(bram, DOING).data() == "counter, 3 min"
    assert model.index(bram, 0).data(fg) is None  # at work: not greyed
    assert model.index(cees, NEXT).data() == "back office 12:00"


def test_the_board_says_as_of_when(qtbot, make_ctx):
    ctx = make_ctx(now=T0)
    seed(ctx)
    panel = shown_board(qtbot, ctx)
    assert panel.team_note.text().startswith("as of 11:00")


def test_the_day_chart_stops_at_now():
    from balans.core.summary.compute import summarize
    from balans.desktop.livefeed import day_series

    now = at("09:05")
    summary = summarize(journal(), DAY, TZ, now=now)
    series = day_series(summary.extra.intervals, now, DAY, np.zeros(96))
    assert series.edges[-1] == 9 + 5 / 60  # the last bar ends at now, not at 09:15
    assert series.points[-1] == series.edges[-1]
    assert abs(series.actual[-1] - 2) < 1e-9  # two people in contact mode: no overshoot


def test_no_one_waiting_is_drawn_above_the_charts_edge(qtbot):
    """A waiting count of 0 is a line one can see (and a labelled 0), not one hidden in the
    axis at the bottom edge."""
    from balans.desktop.charts.day_chart import DayChart
    from balans.desktop.livefeed import DaySeries

    chart = DayChart()
    qtbot.addWidget(chart)
    edges = np.arange(8.0, 11.01, 0.25)
    points = edges[1:]
    waiting = np.array([5, 4, 0, 0, 0, 2, 0, 6, 1, 0, 1, 6], dtype=float)
    chart.set_series(DaySeries(edges, points, waiting, np.full(12, 150.0), np.full(12, 9.0),
                               np.full(12, 8.0), np.full(12, 8.0)))
    low, high = chart.top.getPlotItem().viewRange()[1]
    assert low < 0 < 6 < high
