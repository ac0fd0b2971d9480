"""The window as a whole: panels, the offline banner, settings, adding a team member."""
from __future__ import annotations

import subprocess
import sys

import keyring
import pytest

from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def window(make_ctx, qtbot):
    from balans.desktop.main_window import MainWindow

    win = MainWindow(make_ctx())
    qtbot.addWidget(win)
    yield win
    win.watcher.stop()


def test_the_window_has_the_four_panels_and_a_banner_when_offline(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Live board", "My shift", "Planner", "End of day", "Roster"]
    assert window.banner.isHidden()
    window.watcher.connection_lost.emit("the database server is not reachable")
    assert not window.banner.isHidden()
    assert "not reachable" in window.banner.text() and "kept" in window.banner.text()
    window.watcher.connection_back.emit()
    assert window.banner.isHidden()


def test_add_employee_dialog_validates_then_writes(make_ctx, qtbot):
    from balans.desktop.dialogs import AddEmployeeDialog

    ctx = make_ctx()
    dialog = AddEmployeeDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.validate() == "Give the person's name."
    dialog.name.setText("Anna de Vries")
    dialog.ident.setText("Anna!")
    assert "lower-case" in dialog.validate()
    dialog.ident.setText("anna")
    assert dialog.validate() is None
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog._accept()
    added = [e for e in ctx.journal.events() if e.type == "employee.added"]
    assert [(e["employee"], e["name"]) for e in added] == [("anna", "Anna de Vries")]


def test_settings_keep_the_password_in_the_keyring_only(qsettings, qtbot):
    from balans.desktop import settings as s
    from balans.desktop.settings_dialog import SettingsDialog
    from balans.desktop.worker import Worker

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        worker = Worker()
        dialog = SettingsDialog(s.Settings(qsettings), worker)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "keyring" in dialog.keyring_note.text()
                        and "Looking" not in dialog.keyring_note.text())
        dialog.team.setChecked(True)
        dialog.host.setText("db.example")
        dialog.user.setText("anna")
        dialog.password.setText("s3cret-pass")
        dialog.tz.setCurrentText("Mars/Olympus")
        dialog._save()
        assert "not a time zone" in dialog.problem.text()
        dialog.tz.setCurrentText("Europe/Amsterdam")
        dialog.switches.setValue(2.5)
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.port.setValue(1)  # nobody listens there: the test fails quickly
        asked = []
        dialog.confirm = lambda text: asked.append(text) or True  # "save anyway"
        dialog._save()  # tried, then the keyring is written on the worker thread
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
        qsettings.sync()
        stored = {k: qsettings.value(k) for k in qsettings.allKeys()}
        assert "s3cret-pass" not in repr(stored)
        assert asked and "Could not connect" in asked[0]
        assert stored["database/url"] == "postgresql+psycopg://anna@db.example:1/balans"
        assert list(backend.items.values()) == ["s3cret-pass"]
        assert s.Settings(qsettings).get(s.SWITCH_THRESHOLD) == 2.5
        assert s.Settings(qsettings).get(s.LANGUAGE) == "nl"
    finally:
        worker.stop()
        keyring.set_keyring(previous)


def test_a_bad_stored_setting_falls_back_to_its_default(qsettings):
    from balans.desktop import settings as s

    qsettings.setValue(s.SWITCH_THRESHOLD.key, "lots")
    qsettings.setValue(s.REALIZED_THRESHOLD.key, 7)
    st = s.Settings(qsettings)
    assert st.get(s.SWITCH_THRESHOLD) == 1.0
    assert st.get(s.REALIZED_THRESHOLD) == 0.7


def test_screenshot_command_renders_every_panel(tmp_path):
    db = f"sqlite:///{tmp_path / 'shot.db'}"
    run = subprocess.run([sys.executable, "-m", "balans", "--db", db, "demo", "--date",
                          "2026-11-20", "--days", "2"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for panel in ("board", "summary"):
        out = tmp_path / f"{panel}.png"
        shot = subprocess.run([sys.executable, "-m", "balans", "--db", db, "--screenshot",
                               str(out), "--panel", panel, "--date", "2026-11-20"],
                              capture_output=True, text=True, timeout=120)
        assert shot.returncode == 0, shot.stderr
        assert out.stat().st_size > 30_000
