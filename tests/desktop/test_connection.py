"""The team server, tried before it is relied on: Settings tests a connection before saving;
a server that does not answer at start offers the settings or this PC only instead of exiting."""
from __future__ import annotations

import pytest

DOWN = "postgresql+psycopg://anna@127.0.0.1:1/balans"  # nobody listens on port 1


@pytest.fixture
def dialog(settings_dialog):
    return settings_dialog


def point_at(dialog, url: str, password: str = "") -> None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    dialog.team.setChecked(True)
    dialog.host.setText(parsed.host)
    dialog.port.setValue(parsed.port)
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username)
    dialog.password.setText(password or parsed.password or "")


def test_a_server_that_does_not_answer_is_not_saved_unasked(qtbot, dialog, qsettings):
    from balans.desktop import settings as s

    point_at(dialog, DOWN, "secret")
    asked = []
    dialog.confirm = lambda text: asked.append(text) or False
    dialog._save()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    assert "not reachable" in asked[0] and "anyway" in asked[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert s.Settings(qsettings).get(s.DATABASE_URL) == ""  # nothing saved
    assert "✗ Could not connect" in dialog.test_result.text()
    assert "secret" not in dialog.test_result.text()


@pytest.mark.postgres
def test_the_probe_says_what_answered(pg_url):
    from balans.core.storage.probe import check_connection
    from balans.core.storage.store import StoreError

    assert check_connection(pg_url).startswith("connected to balans_test_")
    with pytest.raises(StoreError, match="not reachable"):
        check_connection(DOWN, "secret")


def test_the_dialog_says_it_answered(qtbot, dialog, monkeypatch, tmp_path):
    """The button reports what the probe found (here an SQLite file stands in for a server
    that answers: the dialog only builds the URL and shows the answer)."""
    import balans.desktop.settings_dialog as sd

    local = f"sqlite:///{tmp_path / 'ok.db'}"
    monkeypatch.setattr(sd, "server_url", lambda *parts: local)
    point_at(dialog, DOWN)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith(("✓", "✗")), timeout=15_000)
    assert dialog.test_result.text() == "✓ The file on this PC opens."


def test_an_unreachable_server_at_start_offers_this_pc_only(qsettings, tmp_path):
    from balans.desktop import settings as s
    from balans.desktop.startup import LOCAL, QUIT, after_failure

    st = s.Settings(qsettings)
    st.set(s.DATABASE_URL, DOWN)
    local = f"sqlite:///{tmp_path / 'here.db'}"
    asked = []
    following = after_failure(DOWN, "the database server is not reachable", st, local,
                              ask=lambda url, problem: asked.append(problem) or LOCAL)
    assert asked == ["the database server is not reachable"]
    assert following == local
    assert st.get(s.DATABASE_URL) == DOWN  # kept for the next start
    assert after_failure(DOWN, "x", st, local, ask=lambda u, p: QUIT) is None
    assert after_failure(local, "x", st, local, ask=lambda u, p: LOCAL) is None  # nothing left


def test_settings_at_start_try_the_corrected_server(qsettings, tmp_path):
    from balans.desktop import settings as s
    from balans.desktop.startup import SETTINGS, after_failure

    st = s.Settings(qsettings)
    fixed = "postgresql+psycopg://anna@db.example:5432/balans"

    def edit() -> bool:
        st.set(s.DATABASE_URL, fixed)  # the user corrects the server in the dialog
        return True

    local = f"sqlite:///{tmp_path / 'here.db'}"
    assert after_failure(DOWN, "x", st, local, ask=lambda u, p: SETTINGS,
                         edit_settings=edit) == fixed
    assert after_failure(DOWN, "x", st, local, ask=lambda u, p: SETTINGS,
                         edit_settings=lambda: False) == DOWN  # cancelled: try (and ask) again


def test_the_app_offers_this_pc_only_when_the_server_is_down(qtbot, monkeypatch, tmp_path,
                                                             qsettings):
    """The start-up itself: the failure comes back to the GUI thread as a question, and the
    answer "this PC only" opens the embedded database instead of quitting."""
    import argparse

    import balans.core.storage.store as store_module
    import balans.desktop.startup as startup
    from balans.desktop import app as app_module
    from balans.desktop.main_window import MainWindow
    from balans.desktop.settings import Settings
    from balans.desktop.worker import Worker

    monkeypatch.setattr(store_module, "default_sqlite_path", lambda: tmp_path / "here.db")
    monkeypatch.setattr(startup, "ask_what_now", lambda url, problem, parent=None: startup.LOCAL)
    worker, window = Worker(), MainWindow()
    qtbot.addWidget(window)
    args = argparse.Namespace(screenshot=None, panel="board", date=None)
    run = app_module._Startup(None, window, worker, Settings(qsettings), args, None)
    run.explicit = DOWN
    monkeypatch.setattr(app_module._Startup, "_failed", lambda self, exc: pytest.fail(str(exc)))
    monkeypatch.setattr("balans.desktop.welcome.offer_start_if_empty", lambda window: None)
    worker.submit(lambda: app_module._open(DOWN, "pw", "Europe/Amsterdam", args, None),
                  run._opened, run._failed)
    qtbot.waitUntil(lambda: run.ctx is not None, timeout=20_000)
    try:
        assert run.store.url == f"sqlite:///{tmp_path / 'here.db'}"
    finally:
        window.watcher.stop()
        run.ctx.stop_workers()
        run.store.dispose()
