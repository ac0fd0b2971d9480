"""The team server, tried before it is relied on: Settings tests a connection before saving;
a server that does not answer at start offers the settings or this PC only instead of exiting."""
from __future__ import annotations

import pytest

DOWN = "postgresql+psycopg://anna@127.0.0.1:1/balans"  # nobody listens on port 1


@pytest.fixture
def dialog(qsettings, qtbot):
    from balans.desktop import settings as s
    from balans.desktop.settings_dialog import SettingsDialog
    from balans.desktop.worker import Worker

    worker = Worker()
    made = SettingsDialog(s.Settings(qsettings), worker)
    qtbot.addWidget(made)
    yield made
    worker.stop()


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
    from balans.desktop.startup import LOCAL, open_database

    st = s.Settings(qsettings)
    st.set(s.DATABASE_URL, DOWN)
    local = f"sqlite:///{tmp_path / 'here.db'}"
    asked = []
    store = open_database(DOWN, st, local, password_for=lambda url: None,
                          ask=lambda url, problem: asked.append(problem) or LOCAL)
    try:
        assert asked == ["the database server is not reachable"]
        assert store is not None and store.url == local
        assert st.get(s.DATABASE_URL) == DOWN  # kept for the next start
    finally:
        store.dispose()


def test_settings_at_start_try_the_corrected_server(qsettings, tmp_path):
    from balans.desktop import settings as s
    from balans.desktop.startup import QUIT, SETTINGS, open_database

    st = s.Settings(qsettings)
    fixed = f"sqlite:///{tmp_path / 'fixed.db'}"
    answers = iter([SETTINGS])

    def edit() -> bool:
        st.set(s.DATABASE_URL, fixed)  # the user corrects the server in the dialog
        return True

    store = open_database(DOWN, st, f"sqlite:///{tmp_path / 'here.db'}",
                          password_for=lambda url: None,
                          ask=lambda url, problem: next(answers, QUIT), edit_settings=edit)
    try:
        assert store.url == fixed
    finally:
        store.dispose()
    assert open_database(DOWN, st, "sqlite:///x.db", password_for=lambda url: None,
                         ask=lambda url, problem: QUIT) is None
