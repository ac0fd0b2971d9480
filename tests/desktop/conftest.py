"""Desktop fixtures: an app context on a fresh SQLite file, a worker thread, a fixed clock."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

TZ = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_gui_thread(qapp):
    """As the app does: no cyclic collection on the worker threads (see balans.desktop.gui_gc)."""
    from balans.desktop.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.deleteLater()
    import gc

    gc.enable()


@pytest.fixture(autouse=True)
def english(qapp):
    """The app installs its translations at start (balans/desktop/i18n.py); tests run in
    English, with English plural forms."""
    from balans.desktop import i18n

    assert i18n.install(qapp, "en")


@pytest.fixture
def dutch(qapp):
    """The app in Dutch for one test; English again afterwards, pass or fail. Installing
    English also points the core's ``translate`` back at Qt's English translator, so a test
    elsewhere (tests/core, without the autouse ``english``) never sees Dutch."""
    from balans.desktop import i18n

    assert i18n.install(qapp, "nl")
    try:
        yield
    finally:
        assert i18n.install(qapp, "en")


@pytest.fixture
def larger_font(qapp):
    """The application font at 150% for one test, as someone who needs it sets it; the usual
    size again afterwards, pass or fail."""
    before = qapp.font()
    big = qapp.font()
    big.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(big)
    try:
        yield
    finally:
        qapp.setFont(before)


def assert_labels_fit(widgets) -> None:  # noqa: ANN001 - any QWidgets
    """Every visible label with text under ``widgets`` shows all of it: its whole height, and
    its whole width unless it wraps."""
    from PySide6.QtWidgets import QLabel

    for widget in widgets:
        for label in widget.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            need = (label.heightForWidth(label.width()) if label.wordWrap()
                    else label.sizeHint().height())
            assert label.height() >= need, (label.text(), label.height(), need)
            if not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()


@pytest.fixture
def settings_dialog(qsettings, qtbot):
    from balans.desktop import settings as s
    from balans.desktop.settings_dialog import SettingsDialog
    from balans.desktop.worker import Worker

    worker = Worker()
    made = SettingsDialog(s.Settings(qsettings), worker)
    qtbot.addWidget(made)
    yield made
    worker.stop()


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_ctx(qtbot, tmp_path, qsettings):
    """Build an AppContext on a database URL (default: a new SQLite file) at a frozen time."""
    from balans.core.storage.store import open_store
    from balans.desktop.context import AppContext, Clock
    from balans.desktop.settings import Settings
    from balans.desktop.worker import Worker

    made = []

    def build(url: str | None = None, now: datetime | None = None):
        store = open_store(url or f"sqlite:///{tmp_path / 'desk.db'}")
        clock = Clock(TZ, frozen=now or datetime(2026, 11, 23, 11, 0, tzinfo=TZ))
        ctx = AppContext(store=store, worker=Worker(), settings=Settings(qsettings), clock=clock)
        made.append(ctx)
        return ctx

    yield build
    for ctx in made:
        ctx.stop_workers()
        ctx.store.dispose()


@pytest.fixture
def demo_ctx(make_ctx, tmp_path_factory):
    """A context on a copy of a 5-day demo database (generated once per test session)."""
    import shutil

    from balans.core.simulation.demo import fill_demo
    from balans.core.journal.journal import Journal
    from balans.core.storage.store import open_store

    cache = tmp_path_factory.getbasetemp() / "demo-cache.db"
    if not cache.exists():
        store = open_store(f"sqlite:///{cache}")
        fill_demo(Journal(store), datetime(2026, 11, 23).date(), 5, 7, TZ)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.dispose()
    target = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(cache, target)
    return make_ctx(f"sqlite:///{target}")
