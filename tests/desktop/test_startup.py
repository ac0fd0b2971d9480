"""Start-up: the window is on screen before the database layer loads; nothing heavy is imported
for the app that only a command needs."""
from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "scipy", "pyqtgraph", "balans.core")


def test_only_the_named_command_module_is_imported():
    from balans.cli import COMMANDS, _named_command

    assert _named_command([]) == ()
    assert _named_command(["--db", "sqlite:///summary.db", "--panel", "planner"]) == ()
    assert _named_command(["--db", "x.db", "summary", "--date", "2026-11-20"]) == ("summary",)
    assert _named_command(["import", "journal.jsonl"]) == ("import_",)
    assert _named_command(["--help"]) == COMMANDS
    assert _named_command(["nonsense"]) == COMMANDS  # for argparse's "invalid choice" message


def test_the_app_path_up_to_the_window_loads_no_database_layer_or_science():
    code = ("import sys; import balans.launch, balans.cli as c;"
            "c.build_parser(commands=c._named_command([])).parse_args([]);"
            "import balans.desktop.app, balans.desktop.main_window;"
            f"print([m for m in sys.modules if m.split('.')[0] in {HEAVY!r} "
            "or m.startswith('balans.core')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_scipy_loads_only_when_an_erlang_figure_or_a_plan_is_computed():
    code = ("import sys; import balans.core.planning.day, balans.desktop.livefeed;"
            "print('scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
    code = ("import sys; from balans.core.staffing import erlang;"
            "print(erlang.required_agents(100, 180, 1800, patience_s=90).agents > 0, 'scipy.special' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "True True", out.stderr


def test_the_window_opens_on_an_opening_page_and_attach_brings_the_panels(make_ctx, qtbot):
    from balans.desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.opening
    assert window.opening.text() == "Opening the database…"
    assert not window.actions_["settings"].isEnabled()
    assert not window.actions_["show_planner"].isEnabled()
    assert window.actions_["quit"].isEnabled()
    from balans.desktop.actions import SPECS

    # Every action but quitting needs the database (and would fail without it).
    assert [s.name for s in SPECS if window.actions_[s.name].isEnabled()] == ["quit"]
    window.attach(make_ctx())
    assert window.pages.currentWidget() is not window.opening
    assert window.actions_["settings"].isEnabled()
    window.actions_["show_planner"].trigger()
    assert window.tabs.currentWidget() is window.panels["planner"]
    window.watcher.stop()


def test_the_window_is_painted_before_the_database_layer_loads(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "BALANS_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", BALANS_STARTUP_PROBE="1",
               XDG_STATE_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "balans", "--db",
                             f"sqlite:///{tmp_path / 'new.db'}"], env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    events = {}
    try:
        for line in proc.stderr:
            if line.startswith("balans-startup "):
                _, event, stamp, _peak, db_loaded = line.split()
                events[event] = (float(stamp), db_loaded)
                if event == "ready":
                    break
    finally:
        proc.kill()
        proc.wait()
    assert events["painted"][1] == "0", "the database layer was loaded before the first paint"
    assert events["ready"][1] == "1" and events["ready"][0] > events["painted"][0]
    assert (tmp_path / "new.db").exists()  # opened and migrated on the worker meanwhile


def test_shortcuts_come_right_after_the_first_paint(qtbot):
    from balans.desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.actions_["refresh"].shortcut().isEmpty()
    window.show()
    qtbot.waitUntil(lambda: window.actions_["refresh"].shortcut().toString() == "Ctrl+R",
                    timeout=3000)
