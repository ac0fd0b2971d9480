"""The live board, offscreen: the team-now model, the numbers on the cards, updates written by
another connection, the suggestion bar, and no database call on the GUI thread."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from tests.desktop.conftest import TZ, assert_labels_fit

T0 = datetime(2026, 11, 23, 11, 0, tzinfo=TZ)


def seed(ctx, waiting: int = 2) -> int:
    """Anna on the phones; Bram in back office with nothing in hand; Cees in back office on a
    task; ``waiting`` phone calls, the first since 10:59:10. Returns the last seq."""
    from balans.core.journal.events import make

    at = T0 - timedelta(hours=4)
    day = lambda h, m=0: T0.replace(hour=h, minute=m).isoformat()  # noqa: E731
    events = []
    for who, name, role in (("anna", "Anna", "contact"), ("bram", "Bram", "backoffice"),
                            ("cees", "Cees", "backoffice")):
        events += [
            make("employee.added", at, employee=who, name=name, channels=["phone", "email"]),
            make("shift.planned", at, employee=who, start=day(8), end=day(16)),
            make("role.planned", at, employee=who, start=day(8), end=day(12), role=role),
            make("mode.changed", T0.replace(hour=8), employee=who, mode=role),
        ]
    events += [
        make("task.created", T0 - timedelta(days=2), task="t1", title="Check permit file 2026-118",
             due=(T0 + timedelta(days=1)).isoformat()),
        make("task.created", T0 - timedelta(days=1), task="t2", title="Callback Mr Bos",
             due=(T0 - timedelta(hours=2)).isoformat()),
        make("task.started", T0.replace(hour=9), task="t1", employee="cees"),
    ]
    for n in range(waiting):
        events.append(make("contact.arrived", T0 - timedelta(seconds=50 - n * 5),
                           contact=f"c{n}", channel="phone"))
    return ctx.journal.append(events).last_seq


@pytest.fixture
def ctx(make_ctx):
    return make_ctx(now=T0)


def shown_board(qtbot, ctx):
    from balans.desktop.panels.board import BoardPanel

    panel = BoardPanel(ctx)
    panel.feed.min_interval_s = 0.0  # tests drive refreshes one by one
    qtbot.addWidget(panel)
    panel.resize(1366, 820)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()  # a stale panel refreshes when shown
    return panel


# ---------------------------------------------------------------------- the model
def live(employee: str, name: str, **kw):
    from balans.core.live.model import EmployeeLive

    base = dict(on_shift=True, planned_role="contact", planned_until=None, mode="contact",
                mode_since=None, tasks_in_progress=(), serving=None, serving_channel=None,
                serving_since=None, switches=0, interruptions=0,
                context_switches_per_hour=None, flags=())
    base.update(kw)
    return EmployeeLive(employee, name, **base)


def test_team_now_model_passes_the_model_tester_and_updates_by_id(qtmodeltester):
    from PySide6.QtCore import Qt

    from balans.core.vocabulary import Flag
    from balans.desktop.models.team_now import ACTUAL, DOING, ID_ROLE, TODAY, TeamNowModel, WARN_ROLE

    model = TeamNowModel()
    cees = live("cees", "Cees", planned_role="backoffice", serving="c1", serving_channel="counter",
                serving_since=T0 - timedelta(minutes=6), switches=4, interruptions=1,
                flags=(Flag.CONTEXT_SWITCHING,))
    model.set_employees([live("bram", "Bram", mode="backoffice", planned_role="backoffice"),
                         cees, live("anna", "Anna")], T0)
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Anna", "Bram", "Cees"]  # by name, never by a figure
    row = model.row_for("cees")
    assert model.index(row, ACTUAL).data() == "contact  ⚠"
    assert model.index(row, ACTUAL).data(WARN_ROLE) is True
    assert model.index(row, DOING).data() == "counter, 6 min"
    assert model.index(row, TODAY).data() == "⚠ back and forth 5x"
    assert model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is not None

    changed, inserted, removed = [], [], []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.tick(T0 + timedelta(seconds=30))  # nothing to show yet: no signal at all
    assert changed == inserted == removed == []
    model.tick(T0 + timedelta(minutes=1))
    assert changed == [(row, row)]  # only Cees's minutes moved
    changed.clear()
    model.set_employees([cees, live("anna", "Anna"), live("dirk", "Dirk")], T0)
    assert removed == [(1, 1)] and inserted == [(2, 2)]
    assert [model.index(r, 0).data(ID_ROLE) for r in range(3)] == ["anna", "cees", "dirk"]
    qtmodeltester.check(model)


# ---------------------------------------------------------------------- the numbers
def test_cards_show_the_queue_and_the_backlog(qtbot, ctx):
    seed(ctx)
    panel = shown_board(qtbot, ctx)
    phone = panel.cards["phone"]
    assert (phone.text.figure, phone.text.unit) == ("2", "waiting")
    assert "2" in phone.figure.text() and "waiting" in phone.figure.text()
    assert phone.line1.text() == "longest 50\u00a0s — over\u00a0target"
    assert phone.breach  # 50 s against a 20 s target: the one red thing on the board
    assert not panel.cards["counter"].breach and panel.cards["counter"].text.figure == "0"
    open_n, overdue, *_ = panel.backlog.values
    assert (open_n, overdue) == ("2", "1")
    assert panel.model.rowCount() == 3


def test_waits_tick_from_the_snapshot_without_the_database(qtbot, ctx):
    from sqlalchemy import event

    seed(ctx)
    panel = shown_board(qtbot, ctx)
    calls = []
    event.listen(ctx.store.engine, "before_cursor_execute", lambda *a: calls.append(1))
    ctx.clock.frozen = T0 + timedelta(seconds=40)
    panel.tick()
    assert panel.cards["phone"].line1.text().startswith("longest 90\u00a0s")
    assert calls == []


def test_board_follows_an_append_by_another_connection(qtbot, ctx):
    from balans.core.journal.events import make
    from balans.core.journal.journal import Journal
    from balans.core.storage.store import open_store
    from balans.desktop.watcher import JournalWatcher

    last = seed(ctx)
    panel = shown_board(qtbot, ctx)
    steps = []
    panel.feed.stepped.connect(steps.append)
    watcher = JournalWatcher(ctx, interval_ms=50)
    watcher.changed.connect(panel.journal_changed)
    watcher.start(last)
    other = open_store(ctx.store.url)  # another desktop on the same file
    try:
        Journal(other).append([make("contact.arrived", T0 - timedelta(seconds=5),
                                    contact="c-other", channel="phone")])
        qtbot.waitUntil(lambda: panel.cards["phone"].text.figure == "3", timeout=10_000)
    finally:
        watcher.stop()
        other.dispose()
    assert steps[-1].kind == "incremental" and steps[-1].applied == 1  # not a day reload


def test_no_database_call_on_the_gui_thread(qtbot, ctx):
    from sqlalchemy import event

    from balans.core.journal.events import make

    seed(ctx, waiting=5)
    threads: list[int] = []
    event.listen(ctx.store.engine, "before_cursor_execute",
                 lambda *a: threads.append(threading.get_ident()))
    panel = shown_board(qtbot, ctx)
    seqs: list[int] = []  # an append, on the worker as the panels do it
    ctx.worker.submit(lambda: ctx.journal.append(
        [make("contact.arrived", T0, contact="late", channel="chat")]).last_seq, seqs.append)
    qtbot.waitUntil(lambda: bool(seqs))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.journal_changed(seqs[0])
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.feed.refresh(series=True)
    panel.tick()
    assert threads, "the board read nothing at all"
    assert threading.get_ident() not in threads


def test_a_new_day_reloads_and_the_same_day_does_not(qtbot, ctx):
    seed(ctx)
    panel = shown_board(qtbot, ctx)
    steps = []
    panel.feed.stepped.connect(steps.append)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    ctx.clock.frozen = T0 + timedelta(days=1)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    assert [s.kind for s in steps] == ["incremental", "full"]
    assert panel.cards["phone"].text.figure == "2"  # still waiting the next morning


# ---------------------------------------------------------------------- the suggestion
def test_suggestion_bar_names_the_person_without_a_task(qtbot, ctx):
    seed(ctx, waiting=6)
    panel = shown_board(qtbot, ctx)
    assert panel.bar.isVisible()
    text = " ".join(label.text() for label in (panel.bar.headline, panel.bar.detail,
                                                panel.bar.small))
    assert "Queue is building on phone (6\u00a0waiting, 1\u00a0in\u00a0contact" in text
    assert "Pull in Bram — back office, no task in progress, 0 switches today." in text.replace(
        "\u00a0", " ")
    assert "Cees" not in text

    panel.bar.later_button.click()  # Not now: hidden for 15 minutes, also after a reload
    assert not panel.bar.isVisible()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    assert not panel.bar.isVisible()


def test_accepting_a_pull_in_asks_first_then_switches_the_mode(qtbot, ctx):
    seed(ctx, waiting=6)
    panel = shown_board(qtbot, ctx)
    stored = ctx.journal.count()
    asked = []
    panel.confirm = lambda title, text, ok: asked.append(text) or False
    panel.bar.accept_button.click()
    assert asked and "Switch Bram to contact mode now, for phone?" in asked[0]
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0)
    assert ctx.journal.count() == stored  # declined: nothing written

    panel.confirm = lambda title, text, ok: True
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.bar.accept_button.click()
    assert panel.state.employee("bram").mode == "contact"
    from balans.desktop.models.team_now import ACTUAL

    assert panel.model.index(panel.model.row_for("bram"), ACTUAL).data() == "contact  ⚠"


def test_no_suggestion_no_bar(qtbot, ctx):
    seed(ctx, waiting=0)
    panel = shown_board(qtbot, ctx)
    assert not panel.bar.isVisible()


# ---------------------------------------------------------------------- the chart and fonts
def test_chart_series_since_opening(qtbot, ctx):
    seed(ctx)
    panel = shown_board(qtbot, ctx)
    series = panel.chart.series
    assert series is not None and not series.empty
    assert series.edges[0] == pytest.approx(8.0)  # the first planned block
    assert series.points[-1] == pytest.approx(11.0)  # now
    assert series.planned[0] == pytest.approx(1.0)  # Anna planned on contact
    assert series.backlog[-1] == 2 and series.waiting[-1] == 2
    assert (series.required >= 0).all() and series.required.max() > 0
    assert panel.chart.stack.currentIndex() == 1


def test_nothing_clipped_at_150_percent(qtbot, ctx, larger_font):
    from balans.desktop.models.team_now import DOING

    seed(ctx, waiting=6)
    panel = shown_board(qtbot, ctx)
    panel.resize(1366, 800)
    qtbot.waitUntil(lambda: panel.cards["phone"].width() > 0)
    assert_labels_fit(list(panel.cards.values()) + [panel.backlog, panel.bar])
    table, header = panel.table, panel.table.horizontalHeader()
    for col in range(panel.model.columnCount()):
        if col != DOING:  # Doing stretches and elides; its tooltip has it all
            assert header.sectionSize(col) >= table.sizeHintForColumn(col), col


def test_release_suggestion_reads_as_a_sentence():
    from balans.core.live.model import BacklogLive, LiveState, Suggestion
    from balans.desktop.panels.board import suggestion_text

    cees = live("cees", "Cees", planned_role="backoffice")
    state = LiveState(T0, (), BacklogLive(0, 0, 0, 0, None, None, None), (cees,), ())
    s = Suggestion("release", "cees", None, "queues calm for 10 min; 3 in contact mode, 2 planned",
                   "back to 45 min of planned back office (until 12:00); 2 stay in contact mode")
    head, detail, small, button = suggestion_text(s, state)
    assert head == "Queues calm for 10 min; 3 in contact mode, 2 planned."
    assert detail.startswith("Release Cees to back office — back to 45 min")
    assert button == "Release…"


def test_a_burst_of_changes_is_one_or_two_refreshes(qtbot, ctx):
    seed(ctx)
    panel = shown_board(qtbot, ctx)
    panel.feed.min_interval_s = 0.3
    steps = []
    panel.feed.stepped.connect(steps.append)
    qtbot.wait(400)  # the first load is long enough ago
    for seq in range(100, 110):  # ten appends noticed in quick succession
        panel.journal_changed(seq)
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=5_000)
    qtbot.wait(600)
    assert len(steps) == 2  # the first at once, the rest together after the pause


def test_before_opening_the_chart_says_so(qtbot, make_ctx):
    ctx = make_ctx(now=T0.replace(hour=6))
    seed(ctx, waiting=0)
    panel = shown_board(qtbot, ctx)
    assert panel.chart.series.empty
    assert panel.chart.stack.currentIndex() == 0  # "Nobody has started yet today…"
    assert panel.model.rowCount() == 3
