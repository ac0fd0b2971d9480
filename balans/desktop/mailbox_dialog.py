"""Where the team's e-mail arrives: the IMAP mailbox the board shows as the e-mail queue.
The password goes to the keyring (on the worker), never to the settings."""
from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from balans.core.mailbox.imap import MailboxConfig, MailboxError, check_mailbox
from balans.desktop.mailbox import mailbox_config, save_config
from balans.desktop.resources import set_state

SECURITY_LABELS = {"ssl": "SSL/TLS (port 993)", "starttls": "STARTTLS (port 143)",
                   "none": "None (only on a trusted network)"}


class MailboxDialog(QDialog):
    _answer = Signal(object)  # (text, problem) from the test thread, shown on the GUI thread

    def __init__(self, ctx, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("E-mail mailbox")
        config = mailbox_config(ctx.settings) or MailboxConfig("", "")
        self.host, self.user = QLineEdit(config.host), QLineEdit(config.user)
        self.host.setPlaceholderText("imap.example.org")
        self.user.setPlaceholderText("klantcontact@example.org")
        self.folder = QLineEdit(config.folder)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText("the usual one")
        self.port.setValue(config.port or 0)
        self.security = QComboBox()
        for key, label in SECURITY_LABELS.items():
            self.security.addItem(label, key)
        self.security.setCurrentIndex(max(0, self.security.findData(config.security)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("leave empty to keep the one in the keyring")
        self.result_label = QLabel("The board counts the mails in this folder that have no "
                                   "answer yet, and shows the age of the oldest.")
        self.result_label.setWordWrap(True)
        self._answer.connect(lambda answer: self._say(*answer))
        test = QPushButton("Test the connection")
        test.clicked.connect(lambda: self.test())
        form = QFormLayout()
        for label, widget in (("Mail server", self.host), ("Port", self.port),
                              ("Security", self.security), ("User name", self.user),
                              ("Password", self.password), ("Folder", self.folder)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(test)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def config(self) -> MailboxConfig | None:
        host, user = self.host.text().strip(), self.user.text().strip()
        if not host or not user:
            return None
        return MailboxConfig(host, user, self.folder.text().strip() or "INBOX",
                             self.port.value() or None, self.security.currentData())

    def _say(self, text: str, problem: bool = False) -> None:
        set_state(self.result_label, "problem", problem)  # resources/style/balans.qss
        self.result_label.setText(text)

    def test(self) -> None:
        config, typed = self.config(), self.password.text()
        if config is None:
            self._say("Fill in the mail server and the user name.", True)
            return
        now = self.ctx.clock.now()
        self._say("Checking…")

        def job() -> tuple[str, bool]:
            from balans.core.mailbox.secret import get_password

            try:
                password = typed or get_password(config)
                if not password:
                    return "Give the password.", True
                state = check_mailbox(config, password, now, timeout=10)
            except MailboxError as exc:
                return str(exc), True
            age = state.oldest_age_s(now)
            oldest = "" if age is None else f", the oldest {age / 3600:.1f} h old"
            return (f"Connected: {state.unanswered} unanswered mail(s) in "
                    f"{config.folder}{oldest}.", False)

        # On its own thread: a slow mail server must not hold up the database worker.
        threading.Thread(target=lambda: self._answer.emit(job()), daemon=True,
                         name="balans-imap-test").start()

    def save(self) -> None:
        config, typed = self.config(), self.password.text()
        if config is None:
            self._say("Fill in the mail server and the user name.", True)
            return
        save_config(self.ctx.settings, config)
        if not typed:
            self.accept()
            return
        from balans.core.mailbox.secret import set_password

        self.ctx.worker.submit(lambda: set_password(config, typed), lambda _r: self.accept(),
                               lambda exc: self._say(str(exc), True))
