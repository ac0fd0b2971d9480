"""Small dialogs that validate what they are given before anything is written."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QVBoxLayout, QWidget)

from balans.core.journal import operations
from balans.core.vocabulary import Channel
from balans.desktop.theme import CHANNEL_LABELS

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


class AddEmployeeDialog(QDialog):
    """Add a team member: a short stable id, a name, the channels they serve."""

    def __init__(self, ctx, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Add a team member")
        self.name = QLineEdit()
        self.name.setPlaceholderText("Anna de Vries")
        self.ident = QLineEdit()
        self.ident.setPlaceholderText("anna")
        self.name.textEdited.connect(self._suggest_id)
        self.channels = {c: QCheckBox(CHANNEL_LABELS[c]) for c in Channel}
        row = QHBoxLayout()
        for box in self.channels.values():
            box.setChecked(True)
            row.addWidget(box)
        self.problem = QLabel()
        self.problem.setObjectName("problem")  # styled in resources/style/balans.qss
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Short id", self.ident)
        form.addRow("Channels", row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _suggest_id(self, text: str) -> None:
        first = re.sub(r"[^a-z0-9]", "", (text.split() or [""])[0].lower())
        self.ident.setText(first)

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return "Give the person's name."
        if not _ID.match(self.ident.text()):
            return "The short id is lower-case letters and digits, like 'anna'."
        if not any(box.isChecked() for box in self.channels.values()):
            return "Choose at least one channel."
        return None

    def _accept(self) -> None:
        problem = self.validate()
        if problem:
            self.problem.setText(problem)
            return
        ctx = self.ctx
        ident, name = self.ident.text(), self.name.text().strip()
        channels = [c for c, box in self.channels.items() if box.isChecked()]
        now = ctx.clock.now()
        ctx.worker.submit(lambda: operations.add_employee(ctx.journal, ident, name, now,
                                                          channels=channels),
                          lambda changes: (ctx.changes.announce(changes), self.accept()),
                          lambda exc: self.problem.setText(str(exc)))
