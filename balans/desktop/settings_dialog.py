"""The settings dialog: where the data lives, the team's time zone, flag thresholds, targets.

The team-server password goes to the keyring only. Where the system has no keyring the dialog
says so plainly; the password is then asked for at every start and never written anywhere.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QRadioButton, QSpinBox, QVBoxLayout, QWidget)
from sqlalchemy.engine import URL

from balans.core.storage import credentials
from balans.desktop import settings as s
from balans.desktop.worker import Worker


def server_url(host: str, port: int, database: str, user: str) -> str:
    """A team-server URL without a password (that one lives in the keyring)."""
    return URL.create("postgresql+psycopg", username=user, host=host, port=port,
                      database=database).render_as_string(hide_password=False)


class SettingsDialog(QDialog):
    def __init__(self, settings: s.Settings, worker: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.worker = worker  # the keyring may talk to a service over D-Bus: never on this thread
        self.setWindowTitle("Settings")
        layout = QVBoxLayout(self)
        layout.addWidget(self._database_box())
        layout.addWidget(self._team_box())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B5651D; font-weight: 600;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    # ------------------------------------------------------------------ layout
    def _database_box(self) -> QGroupBox:
        box = QGroupBox("Where Balans keeps its data")
        self.local = QRadioButton("This PC only (embedded database, nothing to install)")
        self.team = QRadioButton("Team server (PostgreSQL, shared by several PCs)")
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
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        # Its text arrives from the worker; keep room for two lines so nothing is cut off.
        self.keyring_note.setMinimumHeight(self.keyring_note.fontMetrics().lineSpacing() * 2 + 4)
        form = QFormLayout()
        form.addRow(self.local)
        form.addRow(self.team)
        form.addRow("Server", self.host)
        form.addRow("Port", self.port)
        form.addRow("Database", self.database)
        form.addRow("User", self.user)
        form.addRow("Password", self.password)
        form.addRow(self.keyring_note)
        self.team.toggled.connect(self._enable_server_fields)
        box.setLayout(form)
        return box

    def _team_box(self) -> QGroupBox:
        box = QGroupBox("Team, flags and targets")
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(z for z in available_timezones() if "/" in z))
        self.switches = self._spin(s.SWITCH_THRESHOLD, 0.1, 1, " per hour")
        self.realized = self._spin(s.REALIZED_THRESHOLD, 0.05, 2, "")
        self.realized_min = self._spin(s.REALIZED_MIN_MINUTES, 5, 0, " min")
        self.targets = {opt: self._spin(opt, 5, 0, " s") for opt in
                        (s.TARGET_PHONE, s.TARGET_CHAT, s.TARGET_COUNTER, s.TARGET_EMAIL)}
        self.hourly = self._spin(s.HOURLY_COST, 1, 2, " EUR")
        self.planning = {s.MAX_ABANDON: self._spin(s.MAX_ABANDON, 0.01, 2, ""),
                         s.DAYS_TO_CLEAR: self._spin(s.DAYS_TO_CLEAR, 0.5, 1, " days"),
                         s.SWITCH_COST: self._spin(s.SWITCH_COST, 30, 0, " s"),
                         s.INTERRUPTION_COST: self._spin(s.INTERRUPTION_COST, 15, 0, " s")}
        form = QFormLayout()
        form.addRow(s.TEAM_TZ.label, self.tz)
        form.addRow("Flag context switching above", self.switches)
        form.addRow("Flag back office realised below", self.realized)
        form.addRow(s.REALIZED_MIN_MINUTES.label, self.realized_min)
        for opt, spin in self.targets.items():
            form.addRow(opt.label, spin)
        form.addRow(s.HOURLY_COST.label, self.hourly)
        for opt, spin in self.planning.items():  # the planner and its simulation
            form.addRow(opt.label, spin)
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

    # ------------------------------------------------------------------ data
    def _load(self) -> None:
        st = self.settings
        url = st.get(s.DATABASE_URL)
        from sqlalchemy.engine import make_url

        if url.startswith("postgresql"):
            parsed = make_url(url)
            self.team.setChecked(True)
            self.host.setText(parsed.host or "")
            self.port.setValue(parsed.port or 5432)
            self.database.setText(parsed.database or "")
            self.user.setText(parsed.username or "")
        else:
            self.local.setChecked(True)
        self._enable_server_fields(self.team.isChecked())
        self.tz.setCurrentText(st.get(s.TEAM_TZ))
        self.switches.setValue(st.get(s.SWITCH_THRESHOLD))
        self.realized.setValue(st.get(s.REALIZED_THRESHOLD))
        self.realized_min.setValue(st.get(s.REALIZED_MIN_MINUTES))
        for opt, spin in self.targets.items():
            spin.setValue(st.get(opt))
        self.hourly.setValue(st.get(s.HOURLY_COST))
        for opt, spin in self.planning.items():
            spin.setValue(st.get(opt))
        self.keyring_note.setText("Looking for this computer's keyring…")
        self.worker.submit(credentials.available, self._show_keyring,
                           lambda _exc: self._show_keyring(False))

    def _show_keyring(self, available: bool) -> None:
        if available:
            self.keyring_note.setText("The password is kept in this computer's keyring.")
        else:
            self.keyring_note.setText("This computer has no keyring: Balans will ask for the "
                                      "password at every start and never store it.")
            self.keyring_note.setStyleSheet("color: #B5651D;")
        self.adjustSize()

    def _enable_server_fields(self, on: bool) -> None:
        for widget in (self.host, self.port, self.database, self.user, self.password):
            widget.setEnabled(on)

    def validate(self) -> str | None:
        try:
            ZoneInfo(self.tz.currentText())
        except (ZoneInfoNotFoundError, ValueError):
            return f"'{self.tz.currentText()}' is not a time zone (for example Europe/Amsterdam)."
        if self.team.isChecked():
            if not self.host.text().strip():
                return "Give the team server's name or address."
            if not self.database.text().strip() or not self.user.text().strip():
                return "Give the database and your user name on the server."
        return None

    def _save(self) -> None:
        problem = self.validate()
        if problem:
            self.problem.setText(problem)
            return
        if not self.team.isChecked():
            self._store("")
            return
        url = server_url(self.host.text().strip(), self.port.value(),
                         self.database.text().strip(), self.user.text().strip())
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
            self.problem.setText("The keyring refused the password; nothing was stored.")

    def _store(self, url: str) -> None:
        st = self.settings
        st.set(s.DATABASE_URL, url)
        st.set(s.TEAM_TZ, self.tz.currentText())
        st.set(s.SWITCH_THRESHOLD, self.switches.value())
        st.set(s.REALIZED_THRESHOLD, self.realized.value())
        st.set(s.REALIZED_MIN_MINUTES, self.realized_min.value())
        for opt, spin in self.targets.items():
            st.set(opt, spin.value())
        st.set(s.HOURLY_COST, self.hourly.value())
        for opt, spin in self.planning.items():
            st.set(opt, spin.value())
        self.accept()
