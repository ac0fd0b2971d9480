"""Team and roster in the app, driven offscreen: from an empty database a planner adds a team
and next week's shifts, entirely through the dialogs and the week grid; moving, copying and
deleting shifts; the roster CSV import; "Copy last <weekday>" on an empty planner day."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.desktop.conftest import TZ

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=TZ)  # a Wednesday
NEXT_MONDAY = date(2026, 11, 30)
SHOTS = Path("/tmp/balans-roster-shots")


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def on_modal(cls, action) -> None:
    """Run ``action(dialog)`` as soon as a modal ``cls`` is showing (its exec() is running)."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and widget.isVisible():
            action(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def wait_loaded(qtbot, panel, action) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        action()


def roster_panel(qtbot, ctx):
    from balans.desktop.panels.roster import RosterPanel

    panel = RosterPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 640)
    wait_loaded(qtbot, panel, panel.show)
    return panel


def seed(ctx, people=("anna", "bram", "cees")):
    from balans.core.roster import actions

    for who in people:
        actions.add_member(ctx.journal, who, who.title(), ["phone", "counter"], NOW)


# ------------------------------------------------------------------ the whole story
def test_from_an_empty_database_a_team_and_next_weeks_shifts_all_in_the_app(make_ctx, qtbot):
    from balans.core.roster.read import team, week
    from balans.desktop.dialogs import MemberDialog
    from balans.desktop.main_window import MainWindow
    from balans.desktop.shift_dialog import ShiftDialog
    from balans.desktop.team_dialog import TeamDialog

    ctx = make_ctx(now=NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    panel = window.panels["roster"]
    wait_loaded(qtbot, panel, lambda: window.actions_["show_roster"].trigger())
    assert panel.empty.isVisible() and panel.empty_button.isVisible()
    assert not panel.add_button.isEnabled()
    shot(window, "01-empty")

    people = [("Anna de Vries", {"phone", "counter"}), ("Bram Bakker", {"phone"}),
              ("Cees Jansen", {"chat", "email", "phone"})]

    def fill_member(dialog, name, channels):
        QTest.keyClicks(dialog.name, name)  # as typed: the short id follows the first name
        for channel, box in dialog.channels.items():
            box.setChecked(channel in channels)
        if name.startswith("Cees"):
            shot(dialog, "03-member-dialog")
        dialog._accept()

    def use_team_dialog(dialog):
        qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=10_000)
        shot(dialog, "02-team-empty")
        for name, channels in people:
            on_modal(MemberDialog, lambda d, n=name, c=channels: fill_member(d, n, c))
            dialog.add_button.click()  # runs the member dialog's exec() until it is accepted
            qtbot.waitUntil(lambda n=name: n in [m.name for m in dialog.members], timeout=10_000)
        assert dialog.model.rowCount() == 3
        dialog.select("bram")
        assert dialog.edit_button.isEnabled()
        shot(dialog, "04-team")
        dialog.reject()

    on_modal(TeamDialog, use_team_dialog)
    wait_loaded(qtbot, panel, panel.empty_button.click)
    qtbot.waitUntil(lambda: panel.week is not None and len(panel.week.members) == 3,
                    timeout=10_000)
    assert {(m.id, m.name, frozenset(m.channels)) for m in team(ctx.journal)} == {
        ("anna", "Anna de Vries", frozenset({"phone", "counter"})),
        ("bram", "Bram Bakker", frozenset({"phone"})),
        ("cees", "Cees Jansen", frozenset({"chat", "email", "phone"}))}

    wait_loaded(qtbot, panel, panel.next.click)  # next week
    assert panel.week.monday == NEXT_MONDAY and panel.add_button.isEnabled()
    hours = {"anna": ("08:00", "16:30"), "bram": ("09:00", "17:30"), "cees": ("12:00", "17:00")}

    def fill_shift(dialog, who):
        assert dialog.employee() == who
        dialog.check_weekdays()
        dialog.start.setTime(dialog.start.time().fromString(hours[who][0], "HH:mm"))
        dialog.end.setTime(dialog.end.time().fromString(hours[who][1], "HH:mm"))
        if who == "anna":
            shot(dialog, "05-shift-dialog")
        dialog._accept()

    for row, who in enumerate(("anna", "bram", "cees")):
        assert panel.model.member(row).id == who
        on_modal(ShiftDialog, lambda d, w=who: fill_shift(d, w))
        rect = panel.grid.visualRect(panel.model.index(row, 0))  # Monday
        QTest.mouseClick(panel.grid.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        with qtbot.waitSignal(panel.loaded, timeout=15_000):
            QTest.mouseDClick(panel.grid.viewport(), Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier, rect.center())
    shown = week(ctx.journal, NEXT_MONDAY, ctx.tz)
    assert len(shown.shifts) == 15
    assert {s.label() for s in shown.shifts if s.employee == "bram"} == {"09:00–17:30"}
    assert panel.model.data(panel.model.index(2, 4)) == "12:00–17:00"  # Cees on Friday
    assert panel.model.data(panel.model.index(0, 7)) == "42.5 h"
    assert "15 shifts" in panel.summary.text()
    shot(window, "06-next-week")

    # The planner sees next Monday's shifts.
    planner = window.panels["planner"]
    wait_loaded(qtbot, planner, lambda: window.show_panel("planner"))
    wait_loaded(qtbot, planner, lambda: planner.go_to(NEXT_MONDAY))
    assert sorted(planner.model.employees) == ["anna", "bram", "cees"]
    assert planner.model.grid.time_of(0) == datetime(2026, 11, 30, 8, 0, tzinfo=TZ)
    shot(window, "07-planner-next-monday")


# ------------------------------------------------------------------ editing the week
@pytest.fixture
def panel(make_ctx, qtbot):
    ctx = make_ctx(now=NOW)
    seed(ctx)
    return roster_panel(qtbot, ctx)


def add(qtbot, panel, who, day, start, end):
    from balans.core.roster import actions

    on = datetime.combine(day, datetime.strptime(start, "%H:%M").time(), tzinfo=TZ)
    off = datetime.combine(day, datetime.strptime(end, "%H:%M").time(), tzinfo=TZ)
    actions.add_shift(panel.ctx.journal, who, on, off, NOW)
    wait_loaded(qtbot, panel, panel.refresh)


def test_move_by_dialog_and_by_drop_then_undo_and_delete(panel, qtbot):
    from balans.desktop.shift_dialog import ShiftDialog

    monday = date(2026, 11, 23)
    add(qtbot, panel, "anna", monday, "08:00", "16:30")
    index = panel.model.index(0, 0)
    assert panel.model.data(index) == "08:00–16:30"
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled

    def later(dialog):
        dialog.start.setTime(dialog.start.time().addSecs(3600))
        dialog.end.setTime(dialog.end.time().addSecs(3600))
        dialog._accept()

    on_modal(ShiftDialog, later)
    wait_loaded(qtbot, panel, lambda: panel.open_cell(index))
    assert panel.model.data(index) == "09:00–17:30"
    assert "Moved Anna's shift" in panel.notice.text() and panel.undo_button.isVisible()

    # Dragged onto Bram's Wednesday: the same hours there; Ctrl-drag copies instead.
    mime = panel.model.mimeData([index])
    wait_loaded(qtbot, panel, lambda: panel.model.dropMimeData(
        mime, Qt.DropAction.MoveAction, -1, -1, panel.model.index(1, 2)))
    assert panel.model.data(index) == "" and panel.model.data(
        panel.model.index(1, 2)) == "09:00–17:30"
    wait_loaded(qtbot, panel, panel.undo_button.click)  # the move undone
    assert panel.model.data(index) == "09:00–17:30" and panel.model.data(
        panel.model.index(1, 2)) == ""
    mime = panel.model.mimeData([index])
    wait_loaded(qtbot, panel, lambda: panel.model.dropMimeData(
        mime, Qt.DropAction.CopyAction, -1, -1, panel.model.index(2, 4)))
    assert panel.model.data(panel.model.index(2, 4)) == "09:00–17:30"
    assert panel.model.data(index) == "09:00–17:30"

    panel.grid.setCurrentIndex(panel.model.index(2, 4))
    panel.grid.setFocus()
    wait_loaded(qtbot, panel, lambda: QTest.keyClick(panel.grid, Qt.Key.Key_Delete))
    assert panel.model.data(panel.model.index(2, 4)) == ""
    assert "Deleted Cees's shift" in panel.notice.text()
    menu = panel.build_cell_menu(index)
    assert [a.text() for a in menu.actions()] == [
        "Add a shift on Mon 23 Nov…", "Change 09:00–17:30…", "Delete 09:00–17:30"]
    shot(panel, "08-after-edits")


def test_copy_previous_week_and_navigation(panel, qtbot):
    add(qtbot, panel, "anna", date(2026, 11, 23), "08:00", "16:30")
    add(qtbot, panel, "bram", date(2026, 11, 26), "12:00", "20:00")
    wait_loaded(qtbot, panel, panel.next.click)
    assert panel.week.shifts == ()
    assert "No shifts planned this week" in panel.summary.text()
    wait_loaded(qtbot, panel, panel.copy_button.click)
    assert [s.label() for s in panel.week.shifts] == ["08:00–16:30", "12:00–20:00"]
    assert [s.day for s in panel.week.shifts] == [date(2026, 11, 30), date(2026, 12, 3)]
    wait_loaded(qtbot, panel, panel.copy_button.click)  # a second time: nothing to copy
    assert "Not saved: Nothing to copy" in panel.notice.text()
    wait_loaded(qtbot, panel, panel.this_week.click)
    assert panel.week.monday == date(2026, 11, 23)


def test_team_dialog_edits_and_deactivates(make_ctx, qtbot):
    from balans.core.roster import actions
    from balans.core.roster.read import team
    from balans.desktop.dialogs import MemberDialog
    from balans.desktop.team_dialog import TeamDialog

    ctx = make_ctx(now=NOW)
    seed(ctx)
    actions.add_shift(ctx.journal, "bram", datetime(2026, 11, 30, 8, tzinfo=TZ),
                      datetime(2026, 11, 30, 16, tzinfo=TZ), NOW)
    dialog = TeamDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10_000)
    add = dialog.member_dialog()
    qtbot.addWidget(add)
    add.name.setText("Anna Other")
    add.ident.setText("anna")
    assert "taken by Anna" in add.validate()
    dialog.select("bram")

    def rename(d):
        assert d.ident.isReadOnly() and d.ident.text() == "bram"
        d.name.setText("Bram Bakker")
        d.channels["chat"].setChecked(True)
        d._accept()

    on_modal(MemberDialog, rename)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.edit_button.click()
    bram = {m.id: m for m in team(ctx.journal)}["bram"]
    assert bram.name == "Bram Bakker" and "chat" in bram.channels
    dialog.confirm = lambda _text: True
    dialog.select("bram")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.leave_button.click()
    assert dialog.model.rowCount() == 2  # former members hidden
    assert not {m.id: m for m in team(ctx.journal)}["bram"].active
    from balans.core.roster.read import week
    assert week(ctx.journal, NEXT_MONDAY, TZ).shifts == ()  # his future shift cancelled
    dialog.former.setChecked(True)
    assert dialog.model.rowCount() == 3
    dialog.select("bram")
    assert dialog.leave_button.text() == "Back on the team"
    shot(dialog, "09-team-former")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.leave_button.click()
    assert {m.id: m for m in team(ctx.journal)}["bram"].active


# ------------------------------------------------------------------ CSV import
CSV = ("Naam;Datum;Van;Tot\n"
       "Anna;30-11-2026;08:00;16:30\n"
       "Bram;30-11-2026;09:00;17:00\n"
       "Zed;30-11-2026;09:00;17:00\n"
       "Cees;01-12-2026;17:00;09:00\n"
       "Cees;02-12-2026;12:00;20:00\n")


def test_csv_import_dialog_maps_previews_and_imports_once(make_ctx, qtbot, tmp_path):
    from balans.core.roster.read import week
    from balans.desktop.roster_import import RosterImportDialog

    ctx = make_ctx(now=NOW)
    seed(ctx)
    path = tmp_path / "rooster.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = RosterImportDialog(ctx, path=str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=10_000)
    assert dialog.mapping() == {"employee": 0, "date": 1, "start": 2, "end": 3}
    problems = [dialog.model.data(dialog.model.index(r, 5)) for r in range(5)]
    assert problems == ["", "", "'Zed' is not on the team (add them first)",
                        "the shift ends before it starts", ""]
    assert dialog.import_button.text() == "Import 3 shifts"
    assert "2 rows with a problem" in dialog.status.text()
    shot(dialog, "10-import-preview")
    dialog.combos["start"].setCurrentIndex(0)  # unmapped: nothing can be imported
    assert not dialog.import_button.isEnabled() and "start" in dialog.status.text()
    dialog.combos["start"].setCurrentIndex(3)  # 'Van' (after "(none)")
    assert dialog.import_button.isEnabled()
    moves = []
    dialog.progress.valueChanged.connect(moves.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as result:
        dialog.import_button.click()
    assert result.args[0].stored == 3 and moves
    assert "Imported 3 shifts" in dialog.status.text()
    assert not dialog.import_button.isEnabled()  # not twice by accident
    assert len(week(ctx.journal, NEXT_MONDAY, TZ).shifts) == 3
    again = RosterImportDialog(ctx, path=str(path))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(again.imported, timeout=10_000) as result:
        again.import_button.click()
    assert (result.args[0].stored, result.args[0].skipped) == (0, 3)
    assert "3 were already there" in again.status.text()
    assert len(week(ctx.journal, NEXT_MONDAY, TZ).shifts) == 3


def test_the_week_model_passes_the_qt_model_tester(panel, qtbot, qtmodeltester):
    add(qtbot, panel, "anna", date(2026, 11, 24), "08:00", "16:30")
    qtmodeltester.check(panel.model)


# ------------------------------------------------------------------ planner on an empty day
def test_copy_last_weekday_on_an_empty_planner_day_brings_shifts_and_roles(make_ctx, qtbot):
    from balans.core.journal.operations import plan_roles
    from balans.core.roster import actions
    from balans.desktop.panels.planner import PlannerPanel

    ctx = make_ctx(now=NOW)
    seed(ctx)
    last = datetime(2026, 11, 23, tzinfo=TZ)
    for who in ("anna", "bram"):
        actions.add_shift(ctx.journal, who, last.replace(hour=8), last.replace(hour=16), NOW)
    plan_roles(ctx.journal, [("anna", last.replace(hour=8), last.replace(hour=12), "contact"),
                             ("anna", last.replace(hour=12), last.replace(hour=16),
                              "backoffice")], NOW)
    planner = PlannerPanel(ctx)
    qtbot.addWidget(planner)
    planner.resize(1280, 700)
    wait_loaded(qtbot, planner, planner.show)
    wait_loaded(qtbot, planner, lambda: planner.go_to(NEXT_MONDAY))
    assert planner.model is None
    assert planner.copy_button.isEnabled() and planner.copy_button.text() == "Copy last Monday"
    assert "Roster" in planner.empty.text()
    with qtbot.waitSignal(planner.loaded, timeout=15_000):
        planner.copy_button.click()
    qtbot.waitUntil(lambda: planner.model is not None, timeout=15_000)
    assert sorted(planner.model.employees) == ["anna", "bram"]
    anna = planner.model.roles["anna"]
    assert anna[:16] == ["contact"] * 16 and anna[16:32] == ["backoffice"] * 16
    assert "shifts of Monday 23 November" in planner.notice.text()
    # Once shifts exist the same button copies last Monday's roles for the people on shift.
    assert planner.copy_button.isEnabled()
    shot(planner, "11-planner-copied")
    # Undo takes the copied shifts away again (and their plan with them); redo brings them back.
    from balans.core.roster.read import shifts_between
    from balans.core.timeutil import day_bounds

    assert planner.undo_button.isEnabled()
    with qtbot.waitSignal(planner.loaded, timeout=15_000):
        planner.undo_button.click()
    qtbot.waitUntil(lambda: planner.model is None and not planner._writes_pending,
                    timeout=15_000)
    assert shifts_between(ctx.journal, *day_bounds(NEXT_MONDAY, TZ), TZ) == []
    assert "Roster" in planner.empty.text() and planner.redo_button.isEnabled()
    with qtbot.waitSignal(planner.loaded, timeout=15_000):
        planner.redo_button.click()
    qtbot.waitUntil(lambda: planner.model is not None, timeout=15_000)
    assert planner.model.roles["anna"][:16] == ["contact"] * 16
    assert len(shifts_between(ctx.journal, *day_bounds(NEXT_MONDAY, TZ), TZ)) == 2


def test_team_model_updates_by_id_and_passes_the_model_tester(qtbot, qtmodeltester):
    from balans.core.roster.model import Member
    from balans.desktop.models.team_model import TeamModel

    model = TeamModel()
    anna, cees = Member("anna", "Anna", ("phone",)), Member("cees", "Cees", ("chat",))
    model.set_members([anna, cees])
    qtmodeltester.check(model)
    removed, changed = [], []
    model.rowsRemoved.connect(lambda *_a: removed.append(1))
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    bram = Member("bram", "Bram", ("phone", "email"))
    model.set_members([Member("anna", "Anna", ("phone",), active=False), bram, cees])
    assert not removed and changed == [0]
    assert [model.member(r).id for r in range(3)] == ["anna", "bram", "cees"]
    assert model.data(model.index(0, 0)) == "Anna (left the team)"
    assert model.data(model.index(1, 2)) == "Phone, E-mail"
    qtmodeltester.check(model)


def test_the_team_menu_opens_the_team_window(make_ctx, qtbot):
    from balans.desktop.main_window import MainWindow
    from balans.desktop.team_dialog import TeamDialog

    ctx = make_ctx(now=NOW)
    seed(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert [a.text() for a in menus["&Team"].actions()] == [
        "Team &members…", "R&oster", "&Import a roster (CSV)…"]
    seen = []

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10_000)
        seen.append(dialog.model.rowCount())
        dialog.reject()

    on_modal(TeamDialog, look)
    window.actions_["team"].trigger()
    assert seen == [3]


def test_the_welcome_on_an_empty_database_leads_to_the_team_and_the_roster(make_ctx, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from balans.desktop.main_window import MainWindow
    from balans.desktop.team_dialog import TeamDialog
    from balans.desktop.welcome import offer_start_if_empty

    ctx = make_ctx(now=NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen = []

    def welcome(box):
        seen.append(box.text())
        on_modal(TeamDialog, lambda d: (seen.append("team"), d.reject()))
        next(b for b in box.buttons() if b.text() == "Add the team").click()

    on_modal(QMessageBox, welcome)
    offer_start_if_empty(window)
    qtbot.waitUntil(lambda: "team" in seen, timeout=10_000)
    assert seen == ["This database is empty.", "team"]
    assert window.tabs.currentWidget() is window.panels["roster"]


def test_keyboard_only_a_shift_is_added_with_enter_and_removed_with_delete(panel, qtbot):
    from balans.desktop.shift_dialog import ShiftDialog

    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(1, 3))  # Bram, Thursday
    on_modal(ShiftDialog, lambda d: (d.employee() == "bram" and d._accept()))
    wait_loaded(qtbot, panel, lambda: QTest.keyClick(panel.grid, Qt.Key.Key_Return))
    assert panel.model.data(panel.model.index(1, 3)) == "08:00–16:30"
    wait_loaded(qtbot, panel, lambda: QTest.keyClick(panel.grid, Qt.Key.Key_Delete))
    assert panel.model.data(panel.model.index(1, 3)) == ""
