"""The main window: composes the panels and wires signals. Logic lives in panels and core.

It is built in two steps so that it can be on screen before the database is: ``MainWindow()``
shows the menus and an "opening the database" page (this needs Qt only), ``attach(ctx)`` adds
the panels once the database is open (see app.py). ``MainWindow(ctx)`` does both at once.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from balans.desktop.actions import MODE_ACTIONS, ActionRegistry
from balans.desktop.opening import OpeningPage

if TYPE_CHECKING:  # the database layer loads on the worker thread, after the window is shown
    from balans.desktop.context import AppContext
    from balans.desktop.panels.base import Panel

# The panels' titles (their `title`), for lupdate; the tabs show them translated.
PANEL_TITLES = (QT_TRANSLATE_NOOP("Panels", "Live board"), QT_TRANSLATE_NOOP("Panels", "My shift"),
                QT_TRANSLATE_NOOP("Panels", "Planner"), QT_TRANSLATE_NOOP("Panels", "End of day"),
                QT_TRANSLATE_NOOP("Panels", "Roster"))

# (name, module, class) in tab order; each panel lives in its own module.
PANELS = (
    ("board", "balans.desktop.panels.board", "BoardPanel"),
    ("myshift", "balans.desktop.panels.myshift", "MyShiftPanel"),
    ("planner", "balans.desktop.panels.planner", "PlannerPanel"),
    ("summary", "balans.desktop.panels.summary", "SummaryPanel"),
    ("roster", "balans.desktop.panels.roster", "RosterPanel"),
)


# My shift from every tab: F5-F8, answer, end, register.
SHIFT_ACTIONS = (*MODE_ACTIONS.values(), "answer", "end_contact", "register")
# Actions that need the database; they wait for attach().
_NEED_DATABASE = ("refresh", "settings", "load_demo", "about", "team", "import_roster", "reasons",
                  "import_contacts", "mailbox", *SHIFT_ACTIONS,
                  *(f"show_{name}" for name, _, _ in PANELS))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None):
        super().__init__()
        self.ctx: AppContext | None = None
        self.setWindowTitle("Balans")
        self.actions_ = ActionRegistry(self)
        self.panels: dict[str, Panel] = {}
        self.tray = None
        self._tab = None
        self.opening = OpeningPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.opening)
        self.setCentralWidget(self.pages)
        self._build_menus()
        for name in _NEED_DATABASE:
            self.actions_[name].setEnabled(False)
        self.resize(1280, 820)
        from balans.desktop.first_paint import after_first_paint

        after_first_paint(self, self.actions_.set_shortcuts, fallback_ms=200)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: build the panels and show them in place of the opening page."""
        from balans.desktop.watcher import JournalWatcher

        self.ctx = ctx
        self.actions_.set_shortcuts()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, module, cls in PANELS:
            panel = getattr(importlib.import_module(module), cls)(ctx)
            panel.error.connect(self.show_error)
            self.panels[name] = panel
            self.tabs.addTab(panel, QCoreApplication.translate("Panels", panel.title))
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.pages.addWidget(central)
        self._restore_tab()
        self.pages.setCurrentWidget(central)
        for name in _NEED_DATABASE:
            self.actions_[name].setEnabled(True)
        self.statusBar().showMessage(self._database_label())
        self.watcher = JournalWatcher(ctx, parent=self)
        self.watcher.changed.connect(ctx.changes.journal_changed)
        self.watcher.connection_lost.connect(self._offline)
        self.watcher.connection_back.connect(self._online)
        self.tray = self._make_tray()

    def _make_tray(self):  # noqa: ANN202 - a ModeTray, or None where there is no tray
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        from balans.desktop.tray import ModeTray

        tray = ModeTray(self.ctx, self.panels["myshift"])
        tray.show_requested.connect(self._raise_myshift)
        return tray

    def _raise_myshift(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_panel("myshift")

    def _build_menus(self) -> None:
        a = self.actions_
        for name, _, _ in PANELS:
            a.bind(f"show_{name}", lambda name=name: self.show_panel(name))
        a.bind("refresh", self.refresh_current)
        a.bind("quit", self.close)
        a.bind("settings", self.open_settings)
        a.bind("load_demo", self.load_demo)
        a.bind("team", self.open_team)
        a.bind("import_roster", lambda: self.show_panel("roster").import_csv())
        a.bind("reasons", self.open_reasons)
        a.bind("import_contacts", self.import_contacts)
        a.bind("mailbox", self.open_mailbox)
        a.bind("about", self.open_about)
        # My shift's keys work from every tab: the window owns them, the panel acts on a fresh
        # state (it reads first when it is not up to date).
        for mode, name in MODE_ACTIONS.items():
            a.bind(name, lambda m=mode: self._on_shift(lambda s: s.request_mode(m)))
        a.bind("answer", lambda: self._on_shift(lambda s: s.answer_next()))
        a.bind("end_contact", lambda: self._on_shift(lambda s: s.open_end_dialog()))
        a.bind("register", lambda: self._on_shift(lambda s: s.open_register_dialog()))
        for name in SHIFT_ACTIONS:
            self.addAction(a[name])
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for name in ("settings", "reasons", "import_contacts", "mailbox", "load_demo", "quit"):
            file_menu.addAction(a[name])
        view = self.menuBar().addMenu(self.tr("&View"))
        for name in [f"show_{n}" for n, _, _ in PANELS] + ["refresh"]:
            view.addAction(a[name])
        team_menu = self.menuBar().addMenu(self.tr("&Team"))
        for name in ("team", "show_roster", "import_roster"):
            team_menu.addAction(a[name])
        mine = self.menuBar().addMenu(self.tr("&Shift"))
        for name in MODE_ACTIONS.values():
            mine.addAction(a[name])
        mine.addSeparator()
        for name in ("answer", "end_contact", "register"):
            mine.addAction(a[name])
        self.menuBar().addMenu(self.tr("&Help")).addAction(a["about"])

    def _on_shift(self, act) -> None:  # noqa: ANN001 - a callable taking the My shift panel
        shift = self.panels.get("myshift")
        if shift is not None:
            shift.when_fresh(lambda: act(shift))

    def _database_label(self) -> str:
        from balans.core.storage.address import database_label

        return database_label(self.ctx.store.engine.url)

    def open_settings(self) -> None:
        from balans.desktop.settings import DATABASE_URL, TEAM_TZ
        from balans.desktop.settings_dialog import SettingsDialog

        before = (self.ctx.settings.get(DATABASE_URL), self.ctx.settings.get(TEAM_TZ))
        if SettingsDialog(self.ctx.settings, self.ctx.worker, self).exec():
            after = (self.ctx.settings.get(DATABASE_URL), self.ctx.settings.get(TEAM_TZ))
            if after != before:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(self, "Balans", self.tr(
                    "The new database or time zone is used from the next start of Balans."))
            self.ctx.changes.settings_changed.emit()

    def open_team(self) -> None:
        from balans.desktop.team_dialog import TeamDialog

        TeamDialog(self.ctx, self).exec()  # its changes are announced to the panels

    def open_reasons(self) -> None:
        from balans.desktop.reasons_dialog import ReasonsDialog

        ReasonsDialog(self.ctx, self).exec()

    def import_contacts(self) -> None:
        from balans.desktop.contact_import_dialog import ContactImportDialog

        ContactImportDialog(self.ctx, self).exec()

    def open_mailbox(self) -> None:
        from balans.desktop.mailbox_dialog import MailboxDialog

        if MailboxDialog(self.ctx, self).exec():
            self.panels["board"].mailbox.check()  # type: ignore[attr-defined]

    def open_about(self) -> None:
        from balans.desktop.about import AboutDialog
        from balans.desktop.applog import log_file

        AboutDialog(self.ctx.store.url, str(log_file()), self).exec()

    def load_demo(self) -> None:
        from balans.desktop.welcome import load_demo

        load_demo(self)

    def show_panel(self, name: str) -> Panel:
        self.tabs.setCurrentWidget(self.panels[name])
        return self.panels[name]

    def refresh_current(self) -> None:
        current = self.tabs.currentWidget() if self.ctx is not None else None
        if current in self.panels.values():
            current.refresh()

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # ~25 ms to load: not before the first paint

        QMessageBox.warning(self, "Balans", message)

    def _offline(self, reason: str) -> None:
        self.banner.setText(self.tr("Not connected to the database: %1. Your actions are kept "
                                    "and sent when the connection is back.").replace("%1", reason))
        self.banner.show()

    def _online(self) -> None:
        self.banner.hide()
        flush = getattr(self.ctx.journal, "flush", None)
        if flush is not None:  # replay what was kept while the server was away
            self.ctx.worker.submit(flush, lambda _n: self.refresh_current())

    def start(self, last_seq: int = 0) -> None:
        self.watcher.start(last_seq)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if self.ctx is not None:
            self.ctx.settings.save_window_state("geometry", self.saveGeometry())
            self.ctx.settings.save_window_state("tab", self.tabs.currentIndex())
            self.watcher.stop()
        super().closeEvent(event)

    def restore(self, settings=None) -> None:  # noqa: ANN001 - Settings; the context's by default
        """The window's size and place now; the tab it was on once the panels are there."""
        settings = settings or self.ctx.settings
        geometry = settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._tab = settings.window_state("tab")
        if self.ctx is not None:
            self._restore_tab()

    def _restore_tab(self) -> None:
        try:
            self.tabs.setCurrentIndex(int(self._tab))
        except (TypeError, ValueError):
            pass
