"""`balans` with no command: the desktop app. Also `balans --screenshot FILE`."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, time

from balans.core.storage.store import StoreError, open_store, resolve_url


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
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from balans.desktop.context import AppContext, Clock
    from balans.desktop.settings import DATABASE_URL, TEAM_TZ, Settings
    from balans.desktop.theme import apply_theme
    from balans.desktop.worker import Worker

    QCoreApplication.setOrganizationName("Balans")
    QCoreApplication.setApplicationName("Balans")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    settings = Settings()
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        tz = ZoneInfo(os.environ.get("BALANS_TZ") or settings.get(TEAM_TZ))
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("Europe/Amsterdam")
    url = resolve_url(getattr(args, "db", None) or settings.get(DATABASE_URL) or None)
    from balans.core.storage.credentials import password_for_url

    def password_for(target: str) -> str | None:
        password = password_for_url(target)
        if password is None and target.startswith("postgresql") and not args.screenshot:
            password = _ask_password(target)
        return password

    worker = Worker()
    try:
        if args.screenshot:
            store = open_store(url, password_for(url))
        else:  # a server that does not answer: offer the settings or this PC only
            from balans.core.storage.store import default_sqlite_path
            from balans.desktop.settings_dialog import SettingsDialog
            from balans.desktop.startup import open_database

            store = open_database(
                url, settings, f"sqlite:///{default_sqlite_path()}", password_for=password_for,
                edit_settings=lambda: bool(SettingsDialog(settings, worker).exec()))
            if store is None:
                worker.stop()
                return 1
    except StoreError as exc:
        worker.stop()
        if args.screenshot:
            print(f"balans: {exc}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "Balans", f"Balans cannot open its database: {exc}.")
        return 1
    clock = Clock(tz)
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            print(f"balans: {args.date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
            return 2
        clock.frozen = datetime.combine(day, time(11, 0), tzinfo=tz)
    elif args.screenshot:
        clock.frozen = _latest_moment(store, tz)
    ctx = AppContext(store=store, worker=worker, settings=settings, clock=clock)
    from balans.desktop.main_window import MainWindow

    window = MainWindow(ctx)
    window.restore()
    if args.screenshot:
        return _screenshot(app, window, args.panel, args.screenshot, ctx)
    window.show()
    window.start()
    from balans.desktop.welcome import offer_start_if_empty

    QTimer.singleShot(0, lambda: offer_start_if_empty(window))
    status = app.exec()
    ctx.stop_workers()
    store.dispose()
    return status


def _ask_password(url: str) -> str | None:
    """No password in the keyring (or no keyring at all): ask, and keep it only in memory."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from balans.core.storage import credentials

    note = "" if credentials.available() else (
        "\n\nThis computer has no keyring, so Balans cannot remember it.")
    text, ok = QInputDialog.getText(None, "Balans", f"Password for {credentials.account_for(url)}"
                                    f"{note}", QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _latest_moment(store, tz) -> datetime | None:  # noqa: ANN001
    """For a screenshot without --date: 11:00 on the journal's last day, when it has one."""
    from balans.core.journal.journal import Journal
    from balans.core.storage.queries import days_with_events

    span = days_with_events(Journal(store), tz)
    if span is None:
        return None
    return datetime.combine(span[1], time(11, 0), tzinfo=tz)


def _screenshot(app, window, panel_name: str, path: str, ctx) -> int:  # noqa: ANN001
    from PySide6.QtCore import QTimer

    window.resize(1366, 860)
    panel = window.show_panel(panel_name)
    outcome = {"status": 1}

    def grab() -> None:
        ok = window.grab().save(path)
        outcome["status"] = 0 if ok else 1
        if not ok:
            print(f"balans: could not write {path}", file=sys.stderr)
        app.quit()

    panel.loaded.connect(lambda: QTimer.singleShot(300, grab))
    QTimer.singleShot(60_000, app.quit)
    window.show()
    panel.refresh()
    app.exec()
    ctx.stop_workers()
    return outcome["status"]
