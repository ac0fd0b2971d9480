"""What changed drives what refreshes: the areas of an action or of anyone's appends, and the
settings."""
from __future__ import annotations

from datetime import datetime

from balans.core.journal import operations as ops
from balans.core.journal.changes import changes_after
from balans.core.vocabulary import ALL_AREAS, Area

from tests.desktop.conftest import TZ

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)


def test_changes_after_names_the_areas_of_the_new_events_only(make_ctx):
    ctx = make_ctx()
    first = ops.add_employee(ctx.journal, "anna", "Anna", T0)
    assert first.areas == {Area.ROSTER}
    arrived = ops.contact_arrived(ctx.journal, "phone", T0)
    assert changes_after(ctx.journal, first.last_seq).areas == {Area.QUEUES}
    assert changes_after(ctx.journal, arrived.last_seq).areas == frozenset()
    assert changes_after(ctx.journal, arrived.last_seq).last_seq == arrived.last_seq
    assert changes_after(ctx.journal, 0).areas == ALL_AREAS  # from nothing: everything


def _panel(ctx, qtbot, shows):
    """A shown panel of the given areas that counts its loads (after the first, on showing)."""
    from balans.desktop.panels.base import Panel

    class Counting(Panel):
        areas = frozenset(shows)
        loads: list[int] = []

        def load(self) -> None:
            self.loads.append(1)

    panel = Counting(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.loads = []
    return panel


def test_a_panel_refreshes_only_for_the_areas_it_shows(make_ctx, qtbot):
    ctx = make_ctx()
    panel = _panel(ctx, qtbot, {Area.PLAN})
    loads = panel.loads
    ctx.changes.journal_changed.emit(5, frozenset({Area.QUEUES, Area.TASKS}))
    assert loads == []
    ctx.changes.journal_changed.emit(6, frozenset({Area.PLAN}))
    assert loads == [1]
    ctx.changes.settings_changed.emit()  # thresholds or targets: redraw with them
    assert loads == [1, 1]
    panel.hide()
    ctx.changes.journal_changed.emit(7, frozenset({Area.PLAN}))
    assert loads == [1, 1]  # hidden: only stale ...
    panel.show()
    assert loads == [1, 1, 1]  # ... and caught up when shown


def test_the_watcher_reports_the_areas_another_writer_touched(make_ctx, qtbot):
    from balans.desktop.watcher import JournalWatcher

    ctx = make_ctx()
    watcher = JournalWatcher(ctx)
    seq = ops.add_employee(ctx.journal, "anna", "Anna", T0).last_seq
    watcher.start(seq)
    try:
        with qtbot.waitSignal(watcher.changed, timeout=5000) as seen:
            ops.log_obstacle(ctx.journal, "anna", "printer jammed", T0)
        assert seen.args[1] == {Area.OBSTACLES}
    finally:
        watcher.stop()


def test_an_action_on_my_shift_refreshes_the_board_at_once(make_ctx, qtbot):
    """No waiting for the watcher: the action's OpChanges reach every panel showing its areas."""
    ctx = make_ctx()
    ops.add_employee(ctx.journal, "anna", "Anna", T0)
    board, reasons = _panel(ctx, qtbot, {Area.ROSTER}), _panel(ctx, qtbot, {Area.REASONS})
    board_loads, reason_loads = board.loads, reasons.loads
    changes = ops.set_mode(ctx.journal, "anna", "contact", T0)
    ctx.changes.announce(changes)
    assert board_loads == [1] and reason_loads == []
