"""Planner, driven offscreen: painting writes role.planned events, undo writes compensating ones
that restore the effective plan, coverage follows every stroke, a proposal is a diff until
applied, evaluation, copying last week, and the PDF."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.desktop.conftest import TZ

DAY = date(2026, 11, 23)  # the demo's last day: a Monday with 17 people on shift


def loaded_panel(qtbot, ctx, day: date = DAY):
    from balans.desktop.panels.planner import PlannerPanel

    panel = PlannerPanel(ctx)
    panel.asked = []
    panel.confirm_past = lambda text: panel.asked.append(text) or True  # never a modal box
    qtbot.addWidget(panel)
    panel.resize(1366, 860)
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        panel.show()  # the clock's day, 23 November
    qtbot.waitExposed(panel)
    if day != panel.day:
        with qtbot.waitSignal(panel.loaded, timeout=15_000):
            panel.go_to(day)
        assert panel.date_edit.date().toPython() == day
    return panel


def act(qtbot, panel, action) -> None:
    """Do something that writes, and wait for the reload that follows the write."""
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        action()


def stored_roles(ctx, panel):
    from balans.core.planning.read import effective_roles
    from balans.core.planning.editor import PlanModel

    model = panel.model
    return PlanModel(model.grid, model.required, effective_roles(ctx.journal, model.grid)).roles


def role_events(ctx, after: int):
    return [e for e in ctx.journal.events("seq > :s", {"s": after}) if e.type == "role.planned"]


def cell_pos(panel, employee: str, interval: int) -> QPoint:
    grid = panel.grid
    lay = grid.layout_for(grid.width())
    return lay.cells(panel.model.employees.index(employee), interval, interval).center().toPoint()


def drag(panel, employee: str, lo: int, hi: int, to_employee: str | None = None,
         shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    grid = panel.grid
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, mods, cell_pos(panel, employee, lo))
    QTest.mouseMove(grid, cell_pos(panel, employee, (lo + hi) // 2))
    QTest.mouseMove(grid, cell_pos(panel, to_employee or employee, hi))
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, mods,
                       cell_pos(panel, to_employee or employee, hi))


@pytest.fixture
def panel(qtbot, demo_ctx):
    return loaded_panel(qtbot, demo_ctx)


# ---------------------------------------------------------------------- the pure model
def test_an_edit_becomes_few_blocks_and_undo_restores_exactly_its_cells():
    from balans.core.planning.day import DayGrid
    from balans.core.planning.editor import Change, Edit, History, blocks_of_changes

    grid = DayGrid(DAY, datetime(2026, 11, 23, 8, 0, tzinfo=TZ), 8, {"anna": (0, 8)})
    edit = Edit("Paint contact", (Change("anna", 2, "backoffice", "contact"),
                                  Change("anna", 3, "backoffice", "contact"),
                                  Change("anna", 4, None, "contact"),
                                  Change("anna", 6, "break", "contact")))
    blocks = blocks_of_changes(grid, edit.changes)
    assert [(s.strftime("%H:%M"), e.strftime("%H:%M"), r) for _, s, e, r in blocks] == [
        ("08:30", "09:15", "contact"), ("09:30", "09:45", "contact")]
    inverse = edit.inverse()
    # An unplanned cell cannot be unplanned in an append-only journal: it goes back office.
    assert [c.new for c in inverse.changes] == ["backoffice", "backoffice", "backoffice", "break"]
    history = History()
    history.push(edit)
    assert history.undo() == inverse and history.redo() == edit and history.undone == []
    history.forget(edit)
    assert history.done == []


def test_painting_skips_cells_outside_the_shift():
    from balans.core.planning.day import DayGrid
    from balans.core.planning.editor import PlanModel

    grid = DayGrid(DAY, datetime(2026, 11, 23, 8, 0, tzinfo=TZ), 8,
                   {"anna": (2, 6), "bram": (0, 8)})
    model = PlanModel(grid, [1] * 8, {"anna": ["contact"] * 8})
    assert model.roles["anna"] == [None, None] + ["contact"] * 4 + [None, None]
    changes = model.paint_changes(["anna", "bram"], 7, 0, "backoffice")
    assert {c.employee for c in changes if c.interval in (0, 1, 6, 7)} == {"bram"}
    assert len(changes) == 4 + 8


def test_coverage_counts_who_can_serve_each_channel_group():
    from balans.core.planning.day import DayGrid
    from balans.core.planning.editor import PlanModel

    grid = DayGrid(DAY, datetime(2026, 11, 23, 8, 0, tzinfo=TZ), 8,
                   {"anna": (0, 8), "bram": (0, 8)})
    counter = frozenset(["counter"])
    model = PlanModel(grid, [1] * 8, {"anna": ["contact"] * 8, "bram": ["backoffice"] * 8},
                      skills={"anna": frozenset(["phone"]), "bram": counter},
                      groups={counter: [0] * 4 + [1] * 4})
    cov = model.coverage()  # one on contact covers the total, but not the counter after noon
    assert cov.shortfall == [0] * 4 + [1] * 4 and cov.planned == [1] * 8


# ---------------------------------------------------------------------- reading
def test_loads_the_effective_plan_later_blocks_winning(qtbot, panel, demo_ctx):
    from balans.core.journal.operations import plan_roles

    model = panel.model
    assert len(model.employees) == 17 and model.grid.intervals == 36
    assert model.roles == stored_roles(demo_ctx, panel)
    assert all(any(row) for row in model.roles.values())  # the demo plans every shift
    anna = model.grid.shifts["anna"]
    start = model.grid.time_of(anna[0] + 4)
    plan_roles(demo_ctx.journal, [("anna", start, start + timedelta(hours=1), "break")],
               datetime(2026, 11, 23, 7, 0, tzinfo=TZ))
    act(qtbot, panel, panel.refresh)
    assert panel.model.roles["anna"][anna[0] + 4:anna[0] + 8] == ["break"] * 4
    assert panel.summary.text().startswith("17 people on shift")


def test_a_day_without_shifts_says_so(qtbot, demo_ctx):
    panel = loaded_panel(qtbot, demo_ctx, date(2026, 11, 22))
    assert panel.model is None and not panel.grid.isVisibleTo(panel)
    assert "No shifts are planned on Sunday 22 November 2026" in panel.empty.text()
    assert not panel.propose_button.isEnabled()


# ---------------------------------------------------------------------- painting and undo
def test_dragging_paints_a_block_and_undo_restores_it(qtbot, panel, demo_ctx):
    original = {e: list(r) for e, r in panel.model.roles.items()}
    s, _ = panel.model.grid.shifts["anna"]
    assert original["anna"][s + 4:s + 8] == ["contact"] * 4
    panel.choose_role("backoffice")
    before = demo_ctx.journal.max_seq()
    act(qtbot, panel, lambda: drag(panel, "anna", s + 4, s + 7))
    events = role_events(demo_ctx, before)
    grid = panel.model.grid
    assert [(e.fields["employee"], e.fields["start"], e.fields["end"], e.fields["role"])
            for e in events] == [("anna", grid.time_of(s + 4).isoformat(),
                                  grid.time_of(s + 8).isoformat(), "backoffice")]
    assert stored_roles(demo_ctx, panel)["anna"][s + 4:s + 8] == ["backoffice"] * 4
    assert panel.undo_button.isEnabled() and not panel.redo_button.isEnabled()

    middle = demo_ctx.journal.max_seq()
    act(qtbot, panel, panel.undo)
    compensating = role_events(demo_ctx, middle)
    assert [(e.fields["start"], e.fields["role"]) for e in compensating] == [
        (grid.time_of(s + 4).isoformat(), "contact")]
    assert demo_ctx.journal.max_seq() > middle  # the journal keeps both, as the audit trail
    assert panel.model.roles == original == stored_roles(demo_ctx, panel)

    act(qtbot, panel, panel.redo)
    assert stored_roles(demo_ctx, panel)["anna"][s + 4:s + 8] == ["backoffice"] * 4
    assert not panel.redo_button.isEnabled()


def test_shift_drag_paints_several_rows_as_one_edit(qtbot, panel, demo_ctx):
    rows = panel.model.employees[2:5]
    panel.choose_role("break")
    before = demo_ctx.journal.max_seq()
    act(qtbot, panel, lambda: drag(panel, rows[0], 10, 11, to_employee=rows[-1], shift=True))
    assert {e.fields["employee"] for e in role_events(demo_ctx, before)} == set(rows)
    assert len(panel.history().done) == 1
    assert all(panel.model.roles[e][10:12] == ["break", "break"] for e in rows)
    act(qtbot, panel, panel.undo)
    assert panel.model.roles == stored_roles(demo_ctx, panel)
    assert any(panel.model.roles[e][10] != "break" for e in rows)


def test_keyboard_arrows_and_letters_paint(qtbot, panel, demo_ctx):
    grid = panel.grid
    grid.setFocus()
    grid.cursor_cell = (panel.model.employees.index("anna"), 4)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    act(qtbot, panel, lambda: QTest.keyClick(grid, Qt.Key.Key_B))
    assert panel.role_buttons["backoffice"].isChecked()
    assert stored_roles(demo_ctx, panel)["anna"][5:8] == ["backoffice"] * 3


def test_coverage_follows_each_stroke_at_once(qtbot, panel):
    model = panel.model
    emp = next(e for e in model.employees if "backoffice" in model.roles[e])
    i = model.roles[emp].index("backoffice")
    before = panel.current_view().coverage.planned[i]
    panel.choose_role("contact")
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        panel.grid.paint_range([model.employees.index(emp)], i, i)
        # before the write returns: the coverage row already counts the new contact
        assert panel.current_view().coverage.planned[i] == before + 1
    assert panel.current_view().coverage.planned[i] == before + 1


def test_undo_of_a_cell_that_had_no_plan_gives_back_office(qtbot, make_ctx):
    from balans.core.journal.events import make

    ctx = make_ctx()
    at = datetime(2026, 11, 23, 7, 0, tzinfo=TZ)
    ctx.journal.append([make("employee.added", at, employee="anna", name="Anna"),
                        make("shift.planned", at, employee="anna",
                             start="2026-11-23T09:00:00+01:00", end="2026-11-23T13:00:00+01:00")])
    panel = loaded_panel(qtbot, ctx)
    assert panel.model.roles["anna"] == [None] * 16
    act(qtbot, panel, lambda: panel.grid.paint_range([0], 0, 3, "contact"))
    act(qtbot, panel, panel.undo)
    assert panel.model.roles["anna"][:4] == ["backoffice"] * 4
    assert stored_roles(ctx, panel)["anna"][:4] == ["backoffice"] * 4


def test_a_failed_write_is_dropped_and_the_plan_reread(qtbot, panel, monkeypatch):
    import balans.desktop.panels.planner_actions as actions

    def refuse(*_a, **_k):
        raise PermissionError("the server refused the write")

    monkeypatch.setattr(actions, "plan_roles", refuse)
    original = {e: list(r) for e, r in panel.model.roles.items()}
    act(qtbot, panel, lambda: panel.grid.paint_range([0], 0, 3, "break"))
    assert panel.model.roles == original and panel.history().done == []
    assert "Not saved" in panel.notice.text()


# ---------------------------------------------------------------------- proposal, evaluation
def test_propose_shows_a_diff_and_apply_stores_it(qtbot, panel, demo_ctx):
    panel.choose_role("backoffice")
    s, _ = panel.model.grid.shifts["anna"]
    act(qtbot, panel, lambda: panel.grid.paint_range([panel.model.employees.index("anna")],
                                                     s, s + 1))  # a short block to improve on
    panel.propose()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=30_000)
    assert panel.proposal is not None and panel.banner.isVisible()
    view = panel.current_view()
    assert view.changed and not panel.grid.editable and not panel.undo_button.isEnabled()
    assert ("anna", s) in view.changed
    proposal = {e: list(r) for e, r in view.roles.items()}
    before = demo_ctx.journal.max_seq()
    act(qtbot, panel, panel.apply_proposal)
    assert role_events(demo_ctx, before) and panel.proposal is None
    assert stored_roles(demo_ctx, panel) == proposal == panel.model.roles
    assert len(panel.history().done) == 2  # the stroke, then the proposal: one edit each
    act(qtbot, panel, panel.undo)
    assert panel.model.roles["anna"][s:s + 2] == ["backoffice"] * 2


def test_a_proposal_shows_the_back_office_demand_and_its_trade_off(qtbot, panel):
    panel.propose()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=60_000)
    plan = panel._plan
    assert plan is not None and plan.backoffice is not None
    assert panel.tradeoff_label.isVisible() and "h of work today" in panel.tradeoff_label.text()
    points = plan.tradeoff
    assert len(panel.tradeoff_buttons) == (len(points) if len(points) > 1 else 0)
    if len(points) > 1:  # more back office costs expected service level, never the reverse
        hours = [p.backoffice_intervals for p in points]
        assert hours == sorted(hours) and points[-1].shortfall >= points[0].shortfall
        panel.choose_tradeoff(len(points) - 1)
        assert panel.proposal == points[-1].result.roles
        assert panel.tradeoff_buttons[-1].isChecked() and not panel.tradeoff_buttons[0].isChecked()
    panel.discard_proposal()
    assert not panel.tradeoff_label.isVisible()


def test_discarding_a_proposal_changes_nothing(qtbot, panel, demo_ctx):
    panel.propose()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=30_000)
    before = demo_ctx.journal.max_seq()
    panel.discard_proposal()
    assert panel.proposal is None and not panel.banner.isVisible() and panel.grid.editable
    assert demo_ctx.journal.max_seq() == before


def test_evaluate_shows_the_expected_service_level(qtbot, panel):
    panel.evaluate()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=30_000)
    view = panel.current_view()
    assert view.service_level is not None and len(view.service_level) == view.grid.intervals
    assert panel.evaluation.isVisible() and "service level" in panel.evaluation.text()
    text = panel.evaluation.text()
    assert "this plan" in text and "everyone does everything" in text
    assert "switches planned / on the day" in text and "time lost getting back" in text
    compared = panel._evaluation[1]
    assert compared.plans["this plan"].offered == compared.plans["everyone does everything"].offered
    panel.grid.paint_range([0], 0, 3, "break")  # the evaluation was of the plan before this
    assert panel.current_view().service_level is None
    qtbot.waitUntil(lambda: panel._writes_pending == 0, timeout=15_000)


def test_today_shows_a_now_line_and_changing_the_past_asks_first(qtbot, panel, demo_ctx):
    view = panel.current_view()  # the clock says Monday 23 November, 11:00
    assert view.now == (datetime(2026, 11, 23, 11, 0, tzinfo=TZ) - view.grid.start) / timedelta(
        minutes=15)
    s, _ = panel.model.grid.shifts["anna"]
    panel.confirm_past = lambda text: panel.asked.append(text) or False  # the planner says no
    before = demo_ctx.journal.max_seq()
    panel.grid.paint_range([panel.model.employees.index("anna")], s, s + 3, "break")
    assert len(panel.asked) == 1 and "already begun (from 08:00)" in panel.asked[0]
    assert demo_ctx.journal.max_seq() == before and panel.history().done == []
    later = int(view.now) + 2  # cells still to come: no question
    act(qtbot, panel, lambda: panel.grid.paint_range(
        [panel.model.employees.index("anna")], later, later + 3, "backoffice"))
    assert len(panel.asked) == 1 and panel.history().done


def test_other_days_have_no_now_line(qtbot, demo_ctx):
    panel = loaded_panel(qtbot, demo_ctx, date(2026, 11, 20))
    assert panel.current_view().now is None


# ---------------------------------------------------------------------- copy, PDF
def test_copy_last_weekday_is_one_undoable_edit(qtbot, demo_ctx):
    from balans.core.journal.operations import plan_shift

    tuesday = date(2026, 11, 24)  # last Tuesday (17 Nov) is planned in the demo
    now = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)
    for emp in ("bram", "kim"):
        plan_shift(demo_ctx.journal, emp, datetime(2026, 11, 24, 8, 0, tzinfo=TZ),
                   datetime(2026, 11, 24, 16, 30, tzinfo=TZ), now)
    panel = loaded_panel(qtbot, demo_ctx, tuesday)
    assert panel.copy_button.text() == "Copy last Tuesday"
    assert all(not any(row) for row in panel.model.roles.values())
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        panel.copy_last_week()
    from balans.core.planning.read import effective_roles

    last = effective_roles(demo_ctx.journal, panel.model.grid, back=timedelta(days=7))
    assert panel.model.roles == stored_roles(demo_ctx, panel) == {
        e: last[e] for e in ("bram", "kim")}
    assert set(panel.model.roles) == {"bram", "kim"} and len(panel.history().done) == 1
    act(qtbot, panel, panel.undo)
    assert all(set(row) == {"backoffice"} for row in panel.model.roles.values())


def test_copy_from_an_unplanned_week_says_so(qtbot, panel):
    panel.copy_last_week()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=15_000)
    assert "Nothing was planned on Monday 16 November" in panel.notice.text()
    assert panel.history().done == []


def test_export_pdf_writes_a_page(qtbot, panel, tmp_path):
    target = tmp_path / "plan.pdf"
    panel.ask_save_path = lambda suggested: str(target)
    panel.export_pdf()
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert b"/Count 1" in data  # one page


def test_the_switching_cost_is_a_setting(qsettings, qtbot):
    from balans.core.simulation.switching import SwitchCost
    from balans.desktop import settings as s
    from balans.desktop.settings_dialog import SettingsDialog
    from balans.desktop.worker import Worker

    settings = s.Settings(qsettings)
    assert settings.switch_cost() == SwitchCost(180.0, 60.0)  # the documented defaults
    assert settings.planning() == {"max_abandon": 0.05, "days_to_clear": 5.0}
    worker = Worker()
    try:
        dialog = SettingsDialog(settings, worker)
        qtbot.addWidget(dialog)
        dialog.planning[s.SWITCH_COST].setValue(300)
        dialog.planning[s.DAYS_TO_CLEAR].setValue(10)
        dialog._store("")
    finally:
        worker.stop()
    assert settings.switch_cost() == SwitchCost(300.0, 60.0)
    assert settings.planning()["days_to_clear"] == 10.0
    settings.set(s.SWITCH_COST, -5)  # out of range: the default, never a crash
    assert settings.switch_cost().after_switch_s == 180.0
