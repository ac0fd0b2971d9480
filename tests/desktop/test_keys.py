"""My shift's keys from every tab of the window: F5-F8 switch my mode, F9 answers the next
contact, F10 ends it, F11 registers one — all from the window's action registry."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.desktop.test_myshift import T0, new_events, seed


@pytest.fixture
def window(qtbot, make_ctx):
    from balans.desktop.main_window import MainWindow

    ctx = make_ctx(now=T0)
    seed(ctx, task_in_progress=False)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("board")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.watcher.stop()


def test_the_keys_are_in_the_registry_with_their_keys(window):
    keys = {name: window.actions_[name].shortcut().toString()
            for name in ("mode_contact", "mode_backoffice", "mode_break", "mode_offline",
                         "answer", "end_contact", "register")}
    assert keys == {"mode_contact": "F5", "mode_backoffice": "F6", "mode_break": "F7",
                    "mode_offline": "F8", "answer": "F9", "end_contact": "F10",
                    "register": "F11"}


def test_mode_keys_and_answer_work_on_the_board_tab(qtbot, window):
    ctx, shift = window.ctx, window.panels["myshift"]
    assert window.tabs.currentWidget() is window.panels["board"]
    qtbot.keyClick(window.panels["board"], Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: shift.snapshot is not None and shift.snapshot.mode == "break"
                    and not shift._busy, timeout=10_000)
    assert [e["mode"] for e in new_events(ctx, 0) if e.type == "mode.changed"][-1] == "break"
    qtbot.keyClick(window.panels["board"], Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: shift.snapshot.mode == "contact" and not shift._busy,
                    timeout=10_000)
    qtbot.keyClick(window.panels["board"], Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: any(e.type == "contact.answered" for e in new_events(ctx, 0)),
                    timeout=10_000)
    answered = [e for e in new_events(ctx, 0) if e.type == "contact.answered"]
    assert [(e["contact"], e["employee"]) for e in answered] == [("c1", "cees")]
    assert window.tabs.currentWidget() is window.panels["board"]  # it stays where it was


def test_register_key_opens_the_dialog_from_the_planner(qtbot, window):
    shift = window.panels["myshift"]
    window.show_panel("planner")
    opened = []
    shift.exec_dialog = lambda dialog: opened.append(type(dialog).__name__) or False
    qtbot.keyClick(window.panels["planner"], Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: opened == ["ContactDialog"], timeout=10_000)
