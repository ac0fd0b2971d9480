"""Help › About and the rotating log: what is shown, and what never gets written."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "pw-Zq81x"


@pytest.fixture
def logfile(tmp_path):
    from balans.desktop import applog

    path = applog.start_log(tmp_path / "log")
    yield path
    for handler in [h for h in logging.getLogger().handlers if getattr(h, "balans_log", False)]:
        logging.getLogger().removeHandler(handler)
        handler.close()
    applog._secrets.clear()


def test_the_log_keeps_types_and_places_but_no_names_passwords_or_home(logfile, monkeypatch):
    from balans.desktop import applog

    log = logging.getLogger("balans.test")
    applog.forget(PASSWORD)
    log.info("connecting to %s", f"postgresql+psycopg://clerk:{PASSWORD}@teamserver/balans")
    log.error("background job failed: %s", ValueError("unknown employee 'Anna de Vries'"))
    try:
        raise RuntimeError(f"password authentication failed for user bram ({PASSWORD})")
    except RuntimeError:
        log.exception("listener lost")
    log.warning("a file at %s", str(Path.home() / "balans.db"))
    log.info("raw %s", PASSWORD)
    text = logfile.read_text()
    assert PASSWORD not in text and "Anna de Vries" not in text and "bram" not in text
    assert str(Path.home()) not in text or str(Path.home()) == "/"
    assert "clerk:***@teamserver" in text
    assert "background job failed: builtins.ValueError" in text
    assert "Traceback" in text and "test_about_log.py" in text and "builtins.RuntimeError" in text
    assert "raw ***" in text


def test_the_log_rotates(logfile):
    from balans.desktop import applog

    log = logging.getLogger("balans.test")
    for i in range(applog.MAX_BYTES // 400 + 50):
        log.info("line %d %s", i, "x" * 400)
    assert logfile.with_name("balans.log.1").exists()
    assert logfile.stat().st_size <= applog.MAX_BYTES


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "BALANS_DB"}
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


def test_a_run_of_the_app_logs_no_employee_names_nor_the_password(tmp_path):
    env = _env(tmp_path)
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    balans = [sys.executable, "-m", "balans"]
    done = subprocess.run([*balans, "--db", db, "demo", "--date", "2026-11-20", "--days", "1"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    exported = subprocess.run([*balans, "--db", db, "export"], env=env, capture_output=True,
                              text=True).stdout
    people = [json.loads(line) for line in exported.splitlines() if "employee.added" in line]
    names = {p["name"] for p in people} | {p["employee"] for p in people}
    assert len(names) > 4
    shot = subprocess.run([*balans, "--db", db, "--screenshot", str(tmp_path / "b.png"),
                           "--date", "2026-11-20"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert shot.returncode == 0, shot.stderr
    server = f"postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:9/balans"
    refused = subprocess.run([*balans, "--db", server, "--screenshot", str(tmp_path / "x.png")],
                             env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    text = (tmp_path / "state" / "balans" / "log" / "balans.log").read_text()
    assert "starting" in text and "database opened (sqlite)" in text
    assert "database not opened" in text
    assert PASSWORD not in text
    assert not {n for n in names if n in text}, "employee names or ids in the log"


def test_about_shows_version_and_database_without_password(qtbot):
    from balans.desktop.about import AboutDialog
    from balans.version import version

    dialog = AboutDialog(f"postgresql://clerk:{PASSWORD}@teamserver/balans", "/tmp/balans.log")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert version() != "unknown" and version() in text
    assert "clerk:***@teamserver/balans" in text and PASSWORD not in text
    assert "/tmp/balans.log" in text


def test_about_is_in_the_help_menu(make_ctx, qtbot, monkeypatch):
    from balans.desktop.about import AboutDialog
    from balans.desktop.main_window import MainWindow

    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    menus = {m.title(): m for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))}
    assert window.actions_["about"] in menus["&Help"].actions()
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.text.text()))
    window.actions_["about"].trigger()
    assert shown and "This PC only" in shown[0]
    window.watcher.stop()
