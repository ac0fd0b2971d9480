"""The main window: composes the panels and wires signals. Logic lives in panels and core."""
from __future__ import annotations

import importlib

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from balans.desktop.actions import MODE_ACTIONS, ActionRegistry
from balans.desktop.context import AppContext
from balans.desktop.panels.base import Panel
from balans.desktop.watcher import JournalWatcher

# (name, module, class) in tab order; each panel lives in its own module.
PANELS = (
    ("board", "balans.desktop.panels.board", "BoardPanel"),
    ("myshift", "balans.desktop.panels.myshift", "MyShiftPanel"),
    ("planner", "balans.desktop.panels.planner", "PlannerPanel"),
    ("summary", "balans.desktop.panels.summary", "SummaryPanel"),
    ("roster", "balans.desktop.panels.roster", "RosterPanel"),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("Balans")
        self.actions_ = ActionRegistry(self)
        self.panels: dict[str, Panel] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, module, cls in PANELS:
            panel = getattr(importlib.import_module(module), cls)(ctx)
            panel.error.connect(self.show_error)
            self.panels[name] = panel
            self.tabs.addTab(panel, panel.title)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#banner { background: #F6C85F; color: #2B2B2B; "
                                  "padding: 6px 12px; font-weight: 600; }")
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self._database_label())
        self.watcher = JournalWatcher(ctx, parent=self)
        self.watcher.changed.connect(ctx.changes.journal_changed)
        self.watcher.connection_lost.connect(self._offline)
        self.watcher.connection_back.connect(self._online)
        self.tray = self._make_tray()
        self.resize(1280, 820)

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
        for i, name in enumerate(self.panels):
            a.bind(f"show_{name}", lambda i=i: self.tabs.setCurrentIndex(i))
        a.bind("refresh", self.refresh_current)
        a.bind("quit", self.close)
        a.bind("settings", self.open_settings)
        a.bind("load_demo", self.load_demo)
        a.bind("team", self.open_team)
        a.bind("import_roster", lambda: self.show_panel("roster").import_csv())
        a.bind("reasons", self.open_reasons)
        a.bind("import_contacts", self.import_contacts)
        a.bind("mailbox", self.open_mailbox)
        # My shift's keys work from every tab: the window owns them, the panel acts on a fresh
        # state (it reads first when it is not up to date).
        shift = self.panels["myshift"]
        for mode, name in MODE_ACTIONS.items():
            a.bind(name, lambda m=mode: shift.when_fresh(lambda: shift.request_mode(m)))
        a.bind("answer", lambda: shift.when_fresh(shift.answer_next))
        a.bind("end_contact", lambda: shift.when_fresh(shift.open_end_dialog))
        a.bind("register", lambda: shift.when_fresh(shift.open_register_dialog))
        for name in list(MODE_ACTIONS.values()) + ["answer", "end_contact", "register"]:
            self.addAction(a[name])
        file_menu = self.menuBar().addMenu("&File")
        for name in ("settings", "reasons", "import_contacts", "mailbox", "load_demo", "quit"):
            file_menu.addAction(a[name])
        view = self.menuBar().addMenu("&View")
        for name in [f"show_{n}" for n in self.panels] + ["refresh"]:
            view.addAction(a[name])
        team_menu = self.menuBar().addMenu("&Team")
        for name in ("team", "show_roster", "import_roster"):
            team_menu.addAction(a[name])
        mine = self.menuBar().addMenu("&Shift")
        for name in MODE_ACTIONS.values():
            mine.addAction(a[name])
        mine.addSeparator()
        for name in ("answer", "end_contact", "register"):
            mine.addAction(a[name])

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
                QMessageBox.information(self, "Balans", "The new database or time zone is "
                                        "used from the next start of Balans.")
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

    def load_demo(self) -> None:
        from balans.desktop.welcome import load_demo

        load_demo(self)

    def show_panel(self, name: str) -> Panel:
        self.tabs.setCurrentWidget(self.panels[name])
        return self.panels[name]

    def refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, Panel):
            current.refresh()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Balans", message)

    def _offline(self, reason: str) -> None:
        self.banner.setText(f"Not connected to the database: {reason}. "
                            "Your actions are kept and sent when the connection is back.")
        self.banner.show()

    def _online(self) -> None:
        self.banner.hide()
        flush = getattr(self.ctx.journal, "flush", None)
        if flush is not None:  # replay what was kept while the server was away
            self.ctx.worker.submit(flush, lambda _n: self.refresh_current())

    def start(self, last_seq: int = 0) -> None:
        self.watcher.start(last_seq)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.ctx.settings.save_window_state("geometry", self.saveGeometry())
        self.ctx.settings.save_window_state("tab", self.tabs.currentIndex())
        self.watcher.stop()
        super().closeEvent(event)

    def restore(self) -> None:
        geometry = self.ctx.settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        tab = self.ctx.settings.window_state("tab")
        try:
            self.tabs.setCurrentIndex(int(tab))
        except (TypeError, ValueError):
            pass
