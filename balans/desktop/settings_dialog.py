"""The settings dialog: where the data lives, the team's time zone, flag thresholds, targets.

The team-server password goes to the keyring only. Where the system has no keyring the dialog
says so plainly; the password is then asked for at every start and never written anywhere.
"""
from __future__ import annotations

from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)
from balans.core.i18n import fill
from balans.core.storage import credentials
from balans.core.storage.address import server_address, server_url
from balans.core.storage.probe import check_connection
from balans.desktop import settings as s
from balans.desktop.i18n import LANGUAGES
from balans.desktop.resources import set_state
from balans.desktop.worker import Worker


class SettingsDialog(QDialog):
    def __init__(self, settings: s.Settings, worker: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        # Injectable, so tests answer without a modal box.
        self.confirm: Callable[[str], bool] = lambda text: QMessageBox.question(
            self, self.tr("Settings"), text) == QMessageBox.StandardButton.Yes
        self.worker = worker  # the keyring may talk to a service over D-Bus: never on this thread
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._database_box())
        layout.addWidget(self._team_box())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")  # styled in resources/style/balans.qss
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    # ------------------------------------------------------------------ layout
    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where Balans keeps its data"))
        self.local = QRadioButton(self.tr("This PC only (embedded database, nothing to install)"))
        self.team = QRadioButton(self.tr("Team server (PostgreSQL, shared by several PCs)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.team)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("balans")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(lambda: self.test_connection())
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        # Its text arrives from the worker; keep room for two lines so nothing is cut off.
        self.keyring_note.setMinimumHeight(self.keyring_note.fontMetrics().lineSpacing() * 2 + 4)
        form = QFormLayout()
        form.addRow(self.local)
        form.addRow(self.team)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow(test_row)
        form.addRow(self.keyring_note)
        self.team.toggled.connect(self._enable_server_fields)
        box.setLayout(form)
        return box

    def _team_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Team, flags and targets"))
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(z for z in available_timezones() if "/" in z))
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.switches = self._spin(s.SWITCH_THRESHOLD, 0.1, 1, self.tr(" per hour"))
        self.realized = QSpinBox()  # a share, shown as a percentage
        self.realized.setRange(0, 100)
        self.realized.setSingleStep(5)
        self.realized.setSuffix(" %")
        self.realized_min = self._spin(s.REALIZED_MIN_MINUTES, 5, 0, self.tr(" min"))
        self.live_minutes = self._spin(s.LIVE_MIN_MINUTES, 15, 0, self.tr(" min at work"))
        self.live_switches = QSpinBox()
        self.live_switches.setRange(int(s.LIVE_MIN_SWITCHES.minimum or 1),
                                    int(s.LIVE_MIN_SWITCHES.maximum or 100))
        self.live_switches.setSuffix(self.tr(" switches"))
        self.live_aside = self._spin(s.LIVE_MIN_ASIDE, 5, 0, self.tr(" min"))
        self.targets = {opt: self._spin(opt, 5, 0, self.tr(" s")) for opt in
                        (s.TARGET_PHONE, s.TARGET_CHAT, s.TARGET_COUNTER)}
        self.email_value = QDoubleSpinBox()  # e-mail waits hours or days, not seconds
        self.email_value.setRange(0.5, 720)
        self.email_value.setDecimals(1)
        self.email_unit = QComboBox()
        self.email_unit.addItem(self.tr("hours"), 3600)
        self.email_unit.addItem(self.tr("days"), 86400)
        email = QHBoxLayout()
        email.addWidget(self.email_value, 1)
        email.addWidget(self.email_unit)
        self.hourly = self._spin(s.HOURLY_COST, 1, 2, self.tr(" EUR"))
        self.planning = {s.MAX_ABANDON: self._spin(s.MAX_ABANDON, 1, 0, " %"),
                         s.DAYS_TO_CLEAR: self._spin(s.DAYS_TO_CLEAR, 0.5, 1, self.tr(" days")),
                         s.SWITCH_COST: self._spin(s.SWITCH_COST, 30, 0, self.tr(" s")),
                         s.INTERRUPTION_COST: self._spin(s.INTERRUPTION_COST, 15, 0, self.tr(" s"))}
        form = QFormLayout()
        form.addRow(s.TEAM_TZ.shown(), self.tz)
        form.addRow(self.tr("Language (from the next start)"), self.language)
        form.addRow(s.SWITCH_THRESHOLD.shown(), self.switches)
        form.addRow(s.LIVE_MIN_MINUTES.shown(), self.live_minutes)
        form.addRow(s.LIVE_MIN_SWITCHES.shown(), self.live_switches)
        form.addRow(s.LIVE_MIN_ASIDE.shown(), self.live_aside)
        form.addRow(s.REALIZED_THRESHOLD.shown(), self.realized)
        form.addRow(s.REALIZED_MIN_MINUTES.shown(), self.realized_min)
        for opt, spin in self.targets.items():
            form.addRow(opt.shown(), spin)
        form.addRow(s.TARGET_EMAIL.shown(), email)
        form.addRow(s.HOURLY_COST.shown(), self.hourly)
        for opt, spin in self.planning.items():  # the planner and its simulation
            form.addRow(opt.shown(), spin)
        box.setLayout(form)
        return box

    @staticmethod
    def _spin(option: s.Option, step: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(option.minimum or 0, option.maximum or 1e9)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        return spin

    def email_target_s(self) -> float:
        per = self.email_unit.currentData()
        return self.email_value.value() * per

    def _show_email_target(self, seconds: float) -> None:
        days = seconds / 86400
        if days >= 1 and days == round(days):
            self.email_unit.setCurrentIndex(self.email_unit.findData(86400))
            self.email_value.setValue(days)
        else:
            self.email_unit.setCurrentIndex(self.email_unit.findData(3600))
            self.email_value.setValue(seconds / 3600)

    # ------------------------------------------------------------------ data
    def _load(self) -> None:
        st = self.settings
        server = server_address(st.get(s.DATABASE_URL))
        if server is not None:
            self.team.setChecked(True)
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
        else:
            self.local.setChecked(True)
        self._enable_server_fields(self.team.isChecked())
        self.tz.setCurrentText(st.get(s.TEAM_TZ))
        self.language.setCurrentIndex(max(0, self.language.findData(st.get(s.LANGUAGE))))
        self.switches.setValue(st.get(s.SWITCH_THRESHOLD))
        self.realized.setValue(round(st.get(s.REALIZED_THRESHOLD) * 100))
        self.realized_min.setValue(st.get(s.REALIZED_MIN_MINUTES))
        self.live_minutes.setValue(st.get(s.LIVE_MIN_MINUTES))
        self.live_switches.setValue(st.get(s.LIVE_MIN_SWITCHES))
        self.live_aside.setValue(st.get(s.LIVE_MIN_ASIDE))
        for opt, spin in self.targets.items():
            spin.setValue(st.get(opt))
        self._show_email_target(st.get(s.TARGET_EMAIL))
        self.hourly.setValue(st.get(s.HOURLY_COST))
        for opt, spin in self.planning.items():
            spin.setValue(st.get(opt))
        self.keyring_note.setText(self.tr("Looking for this computer's keyring…"))
        self.worker.submit(credentials.available, self._show_keyring,
                           lambda _exc: self._show_keyring(False))

    def _show_keyring(self, available: bool) -> None:
        if available:
            self.keyring_note.setText(self.tr("The password is kept in this computer's keyring."))
        else:
            self.keyring_note.setText(self.tr("This computer has no keyring: Balans will ask "
                                              "for the password at every start and never store "
                                              "it."))
        set_state(self.keyring_note, "warning", not available)
        self.adjustSize()

    def _enable_server_fields(self, on: bool) -> None:
        for widget in (self.host, self.port, self.database, self.user, self.password,
                       self.test_button):
            widget.setEnabled(on)

    def _server(self) -> str:
        return server_url(self.host.text().strip(), self.port.value(),
                          self.database.text().strip(), self.user.text().strip())

    def test_connection(self, then: Callable[[bool], None] | None = None) -> None:
        """Try the team server on the worker (the password typed, else the keyring's); say
        what happened next to the button; ``then`` gets whether it answered."""
        problem = self.validate()
        if problem:
            self.problem.setText(problem)
            return
        url, typed = self._server(), self.password.text() or None

        def check() -> str:
            return check_connection(url, typed or credentials.password_for_url(url))

        def ok(text: str) -> None:
            self.test_result.setText(f"✓ {text[:1].upper()}{text[1:]}.")
            self.test_button.setEnabled(True)
            if then:
                then(True)

        def failed(exc: Exception) -> None:
            self.test_result.setText(fill(self.tr("✗ Could not connect: %1."), exc))
            self.test_button.setEnabled(True)
            if then:
                then(False)

        self.test_result.setText(self.tr("Trying the server…"))
        self.test_button.setEnabled(False)
        self.worker.submit(check, ok, failed)

    def validate(self) -> str | None:
        try:
            ZoneInfo(self.tz.currentText())
        except (ZoneInfoNotFoundError, ValueError):
            return fill(self.tr("'%1' is not a time zone (for example Europe/Amsterdam)."),
                        self.tz.currentText())
        if self.team.isChecked():
            if not self.host.text().strip():
                return self.tr("Give the team server's name or address.")
            if not self.database.text().strip() or not self.user.text().strip():
                return self.tr("Give the database and your user name on the server.")
        return None

    def _save(self) -> None:
        problem = self.validate()
        if problem:
            self.problem.setText(problem)
            return
        if not self.team.isChecked():
            self._store("")
            return
        # A team server is tried before it is saved; one that does not answer is saved only
        # when the user says so (it may simply be down right now).
        self.test_connection(then=self._save_tested)

    def _save_tested(self, answered: bool) -> None:
        if not answered and not self.confirm(
                fill(self.tr("%1 Save these server settings anyway?"),
                     self.test_result.text()[2:])):
            return
        url = self._server()
        password = self.password.text()
        if not password:
            self._store(url)
            return
        self.setEnabled(False)  # until the keyring has answered
        self.worker.submit(lambda: credentials.set_password(url, password),
                           lambda _none: self._store(url),
                           lambda exc: self._keyring_failed(url, exc))

    def _keyring_failed(self, url: str, exc: Exception) -> None:
        self.setEnabled(True)
        self.password.clear()
        if isinstance(exc, credentials.KeyringUnavailable):
            self.settings.set(s.DATABASE_URL, url)  # the server, without a password to keep
            self.problem.setText(str(exc).capitalize() + ".")
        else:
            self.problem.setText(self.tr("The keyring refused the password; nothing was "
                                         "stored."))

    def _store(self, url: str) -> None:
        st = self.settings
        st.set(s.DATABASE_URL, url)
        st.set(s.TEAM_TZ, self.tz.currentText())
        st.set(s.LANGUAGE, self.language.currentData() or "")
        st.set(s.SWITCH_THRESHOLD, self.switches.value())
        st.set(s.REALIZED_THRESHOLD, self.realized.value() / 100)
        st.set(s.REALIZED_MIN_MINUTES, self.realized_min.value())
        st.set(s.LIVE_MIN_MINUTES, self.live_minutes.value())
        st.set(s.LIVE_MIN_SWITCHES, self.live_switches.value())
        st.set(s.LIVE_MIN_ASIDE, self.live_aside.value())
        for opt, spin in self.targets.items():
            st.set(opt, spin.value())
        st.set(s.TARGET_EMAIL, self.email_target_s())
        st.set(s.HOURLY_COST, self.hourly.value())
        for opt, spin in self.planning.items():
            st.set(opt, spin.value())
        self.accept()
