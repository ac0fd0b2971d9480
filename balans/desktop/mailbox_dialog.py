"""Where the team's e-mail arrives: the IMAP mailbox the board shows as the e-mail queue.
The password goes to the keyring (on the worker), never to the settings."""
from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from balans.core.i18n import QT_TRANSLATE_NOOP, fill
from balans.core.mailbox.imap import MailboxConfig, MailboxError, check_mailbox
from balans.desktop.mailbox import mailbox_config, save_config
from balans.desktop.i18n import number
from balans.desktop.resources import set_state

SECURITY_LABELS = {"ssl": QT_TRANSLATE_NOOP("MailboxDialog", "SSL/TLS (port 993)"),
                   "starttls": QT_TRANSLATE_NOOP("MailboxDialog", "STARTTLS (port 143)"),
                   "none": QT_TRANSLATE_NOOP("MailboxDialog", "None (only on a trusted network)")}


class MailboxDialog(QDialog):
    _answer = Signal(object)  # the test thread's answer, worded on the GUI thread

    def __init__(self, ctx, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("E-mail mailbox"))
        config = mailbox_config(ctx.settings) or MailboxConfig("", "")
        self.host, self.user = QLineEdit(config.host), QLineEdit(config.user)
        self.host.setPlaceholderText("imap.example.org")
        self.user.setPlaceholderText(self.tr("customercontact@example.org"))
        self.folder = QLineEdit(config.folder)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("the usual one"))
        self.port.setValue(config.port or 0)
        self.security = QComboBox()
        for key, label in SECURITY_LABELS.items():
            self.security.addItem(self.tr(label), key)
        self.security.setCurrentIndex(max(0, self.security.findData(config.security)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to keep the one in the keyring"))
        self.result_label = QLabel(self.tr("The board counts the mails in this folder that have "
                                           "no answer yet, and shows the age of the oldest."))
        self.result_label.setWordWrap(True)
        self._answer.connect(self._show_answer)
        test = QPushButton(self.tr("Test the connection"))
        test.clicked.connect(lambda: self.test())
        form = QFormLayout()
        for label, widget in ((self.tr("Mail server"), self.host), (self.tr("Port"), self.port),
                              (self.tr("Security"), self.security),
                              (self.tr("User name"), self.user),
                              (self.tr("Password"), self.password),
                              (self.tr("Folder"), self.folder)):
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

    def _show_answer(self, answer: tuple) -> None:
        """The test's outcome, worded on the GUI thread: (problem text or None, True) or
        (unanswered, folder, age of the oldest in seconds or None)."""
        if answer[-1] is True:
            text = answer[0]
            self._say(text if text is not None else self.tr("Give the password."), True)
            return
        n, folder, age = answer
        oldest = "" if age is None else fill(self.tr(", the oldest %1 h old"),
                                             number(age / 3600, 1))
        self._say(fill(self.tr("Connected: %n unanswered mail(s) in %1%2.", "", n), folder,
                       oldest))

    def test(self) -> None:
        config, typed = self.config(), self.password.text()
        if config is None:
            self._say(self.tr("Fill in the mail server and the user name."), True)
            return
        now = self.ctx.clock.now()
        self._say(self.tr("Checking…"))

        def job() -> tuple:
            from balans.core.mailbox.secret import get_password

            try:
                password = typed or get_password(config)
                if not password:
                    return (None, True)
                state = check_mailbox(config, password, now, timeout=10)
            except MailboxError as exc:
                return (str(exc), True)
            return (state.unanswered, config.folder, state.oldest_age_s(now))

        # On its own thread: a slow mail server must not hold up the database worker.
        threading.Thread(target=lambda: self._answer.emit(job()), daemon=True,
                         name="balans-imap-test").start()

    def save(self) -> None:
        config, typed = self.config(), self.password.text()
        if config is None:
            self._say(self.tr("Fill in the mail server and the user name."), True)
            return
        save_config(self.ctx.settings, config)
        if not typed:
            self.accept()
            return
        from balans.core.mailbox.secret import set_password

        self.ctx.worker.submit(lambda: set_password(config, typed), lambda _r: self.accept(),
                               lambda exc: self._say(str(exc), True))
