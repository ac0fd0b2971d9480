"""`balans` with no command: the desktop app. Also `balans --screenshot FILE`.

Start-up order, so that the window is on screen about as fast as an empty Qt window: the GUI
thread loads Qt and shows the main window with its "opening the database" page; the worker
thread then loads the database layer (SQLAlchemy, Alembic), asks the keyring for a password,
opens the database and migrates it, and loads what the panels need that holds no Qt (NumPy, the
core); back on the GUI thread the panels' modules (and pyqtgraph) load and the panels are built in
place of the opening page. The GUI thread never waits on the database.

No Qt class is made on the worker, see ``PANEL_DEPENDENCIES``.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date, datetime, time

from balans.desktop import startup_probe

log = logging.getLogger("balans.app")


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def run_app(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _has_display():
        print("balans: no display found; run it on a desktop, or use --screenshot FILE to "
              "render the window offscreen", file=sys.stderr)
        return 1
    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            print(f"balans: {args.date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
            return 2
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from balans.desktop.main_window import MainWindow
    from balans.desktop.settings import DATABASE_URL, TEAM_TZ, Settings
    from balans.desktop.theme import apply_theme
    from balans.desktop.worker import Worker

    QCoreApplication.setOrganizationName("Balans")
    QCoreApplication.setApplicationName("Balans")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    from balans.desktop.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)  # noqa: F841 - lives with the application
    settings = Settings()
    from balans.desktop import i18n
    from balans.desktop.settings import LANGUAGE

    i18n.install(app, i18n.choose_language(settings.get(LANGUAGE)))
    worker = Worker()
    window = MainWindow()
    window.restore(settings)
    startup = _Startup(app, window, worker, settings, args, day)
    startup.explicit = getattr(args, "db", None) or settings.get(DATABASE_URL) or None
    startup.tz_name = os.environ.get("BALANS_TZ") or settings.get(TEAM_TZ)
    if args.screenshot:
        window.resize(1366, 860)
    startup_probe.watch(window)
    from balans.desktop.first_paint import after_first_paint

    after_first_paint(window, startup.begin)  # which also applies the stylesheet
    window.show()
    status = app.exec()
    result = startup.status if startup.status is not None else status
    if startup.ctx is not None:
        startup.ctx.stop_workers()
    else:
        worker.stop()
    if startup.store is not None:
        startup.store.dispose()
    return result


class _Startup:
    """Opens the database on the worker while the window shows its opening page."""

    def __init__(self, app, window, worker, settings, args, day):  # noqa: ANN001
        self.app, self.window, self.worker, self.settings = app, window, worker, settings
        self.args, self.day = args, day
        self.explicit: str | None = None
        self.tz_name = "Europe/Amsterdam"
        self.store = None
        self.ctx = None
        self.status: int | None = 1 if args.screenshot else None  # 0 once the picture is saved

    def begin(self) -> None:
        from balans.desktop.resources import apply_style

        # resources/style/balans.qss and the window icon: after the first paint too (80 ms of
        # loading icons and parsing the sheet); the opening page does not need them.
        apply_style(self.app)
        self.worker.submit(_start_log)
        self.worker.submit(lambda: _open(self.explicit, None, self.tz_name, self.args, self.day),
                           self._opened, self._failed)

    def _opened(self, outcome: dict) -> None:
        if outcome.get("failed") is not None:
            self._unreachable(outcome["url"], outcome["failed"])
            return
        if outcome.get("ask"):
            password = _ask_password(outcome["account"], outcome["keyring"], self.window)
            if password is None:
                self._failed(None)
                return
            from balans.desktop.applog import forget

            forget(password)
            url = outcome["url"]
            self.worker.submit(lambda: _open(url, password, self.tz_name, self.args, self.day),
                               self._opened, self._failed)
            return
        from balans.desktop.context import AppContext, Clock

        self.store = outcome["store"]
        clock = Clock(outcome["tz"], frozen=outcome["frozen"])
        ctx = self.ctx = AppContext(store=self.store, worker=self.worker,
                                    settings=self.settings, clock=clock)
        self.window.attach(ctx)
        if self.args.screenshot:
            _screenshot(self.app, self.window, self.args.panel, self.args.screenshot, self)
            return
        startup_probe.ready_when_loaded(self.window.panels[self._current_panel()])
        self.window.start()
        from balans.desktop.welcome import offer_start_if_empty

        offer_start_if_empty(self.window)

    def _unreachable(self, url: str, problem: str) -> None:
        """The database did not open: offer the settings or this PC only instead of exiting
        (a screenshot just fails)."""
        from balans.core.i18n import fill, translate
        from balans.core.storage.store import StoreError, default_sqlite_path
        from balans.desktop.settings_dialog import SettingsDialog
        from balans.desktop.startup import after_failure, ask_what_now

        log.warning("database not opened: %s", problem)
        if self.args.screenshot:
            self._failed(StoreError(problem))
            return
        self.window.opening.show_failure(
            fill(translate("Startup", "Balans cannot open its database: %1."), problem))
        following = after_failure(
            url, problem, self.settings, f"sqlite:///{default_sqlite_path()}",
            ask=lambda u, p: ask_what_now(u, p, self.window),
            edit_settings=lambda: bool(SettingsDialog(self.settings, self.worker,
                                                      self.window).exec()))
        if following is None:
            self.status = 1
            self.app.quit()
            return
        self.worker.submit(lambda: _open(following, None, self.tz_name, self.args, self.day),
                           self._opened, self._failed)

    def _current_panel(self) -> str:
        current = self.window.tabs.currentWidget()
        return next(n for n, p in self.window.panels.items() if p is current)

    def _failed(self, exc: Exception | None) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        if exc is None:  # no password given
            message = QCoreApplication.translate("Startup",
                                                 "no password was given for the team server")
        else:
            log.warning("database not opened: %s", exc)
            message = str(exc) if type(exc).__name__ == "StoreError" else (
                f"{type(exc).__name__}: {exc}")
        self.status = 1
        if self.args.screenshot:
            print(f"balans: {message}", file=sys.stderr)
            self.app.quit()
            return
        text = QCoreApplication.translate("Startup", "Balans cannot open its database: %1.")
        self.window.opening.show_failure(text.replace("%1", message))
        QMessageBox.critical(self.window, "Balans", text.replace("%1", message))
        self.app.quit()


def _open(explicit: str | None, password: str | None, tz_name: str, args, day) -> dict:  # noqa: ANN001
    """On the worker: the database layer, the keyring, the database and the panels' core."""
    import importlib
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from balans.core.storage import credentials
    from balans.core.storage.store import StoreError, open_store, resolve_url
    from balans.desktop.applog import forget

    url = resolve_url(explicit)
    if password is None:
        password = credentials.password_for_url(url)
        forget(password)
        if password is None and url.startswith("postgresql") and not args.screenshot:
            return {"ask": True, "url": url, "account": credentials.account_for(url),
                    "keyring": credentials.available()}
    try:
        store = open_store(url, password)
    except StoreError as exc:  # the GUI thread offers a way out (settings, this PC only)
        return {"failed": str(exc), "url": url}
    log.info("database opened (%s)", store.dialect)
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("Europe/Amsterdam")
    frozen = None
    if day is not None:
        frozen = datetime.combine(day, time(11, 0), tzinfo=tz)
    elif args.screenshot:
        frozen = _latest_moment(store, tz)
    for module in PANEL_DEPENDENCIES:
        importlib.import_module(module)
    return {"store": store, "tz": tz, "frozen": frozen}


# What the panels import that holds no Qt, loaded on the worker while the opening page shows. The
# panels' own modules and pyqtgraph load on the GUI thread (MainWindow.attach): defining a Qt
# subclass or touching a PySide6 class for the first time makes a Shiboken type, which on Python
# 3.11 (PySide6's abi3 wheels) goes into a global C++ map that the GUI thread reads without the
# GIL whenever Qt asks a Python-made widget for its QMetaObject, as painting does. A type made on
# the worker while the window painted crashed the start-up now and then (SIGSEGV in
# MetaObjectBuilder::update: 2 of 260 frozen screenshot runs). docs/packaging.md has more.
PANEL_DEPENDENCIES = (
    "numpy", "balans.core.live.board", "balans.core.live.myshift", "balans.core.live.myday",
    "balans.core.live.suggest", "balans.core.planning.editor", "balans.core.planning.plans",
    "balans.core.planning.read", "balans.core.planning.optimiser", "balans.core.summary.view",
    "balans.core.summary.compute", "balans.core.roster.actions", "balans.core.roster.read",
    "balans.core.reasons.consistency", "balans.core.reasons.load", "balans.core.routine.compute",
    "balans.core.routine.text", "balans.core.staffing.pooled", "balans.core.staffing.forecast",
    "balans.core.simulation.profile", "balans.core.storage.queries", "balans.core.holidays",
)


def _start_log() -> None:
    """The rotating log, uncaught exceptions into it, and what this run is (nothing personal)."""
    import platform

    from balans.desktop.applog import log_uncaught, start_log
    from balans.version import version

    try:
        start_log()
    except OSError:  # a read-only home: run without a log rather than not at all
        return
    sys.excepthook = log_uncaught
    log.info("Balans %s starting (Python %s, %s, frozen=%s)", version(),
             platform.python_version(), sys.platform, bool(getattr(sys, "frozen", False)))


def _ask_password(account: str | None, keyring_available: bool, parent) -> str | None:  # noqa: ANN001
    """No password in the keyring (or no keyring at all): ask, and keep it only in memory."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    prompt = QCoreApplication.translate("Startup", "Password for %1").replace("%1", account or "")
    if not keyring_available:
        prompt += "\n\n" + QCoreApplication.translate(
            "Startup", "This computer has no keyring, so Balans cannot remember it.")
    text, ok = QInputDialog.getText(parent, "Balans", prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _latest_moment(store, tz) -> datetime | None:  # noqa: ANN001
    """For a screenshot without --date: 11:00 on the journal's last day, when it has one."""
    from balans.core.journal.journal import Journal
    from balans.core.storage.queries import days_with_events

    span = days_with_events(Journal(store), tz)
    if span is None:
        return None
    return datetime.combine(span[1], time(11, 0), tzinfo=tz)


def _screenshot(app, window, panel_name: str, path: str, startup: _Startup) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer

    panel = window.show_panel(panel_name)

    def grab() -> None:
        ok = window.grab().save(path)
        startup.status = 0 if ok else 1
        if not ok:
            print(f"balans: could not write {path}", file=sys.stderr)
        app.quit()

    panel.loaded.connect(lambda: QTimer.singleShot(300, grab))
    QTimer.singleShot(60_000, app.quit)
    panel.refresh()
