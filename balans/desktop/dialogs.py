"""Small dialogs that validate what they are given before anything is written."""
from __future__ import annotations

import re
from typing import Mapping

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QVBoxLayout, QWidget)

from balans.core import words
from balans.core.i18n import fill
from balans.core.roster import actions
from balans.core.roster.model import Member
from balans.core.vocabulary import Channel
from balans.desktop.panels.myshift_actions import plain_error

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


class MemberDialog(QDialog):
    """Add a team member (a short stable id, a name, the channels they serve), or change the
    name and channels of one (``member``). ``taken`` maps the ids in use to names."""

    def __init__(self, ctx, parent: QWidget | None = None, member: Member | None = None,  # noqa: ANN001
                 taken: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.ctx, self.member, self.taken = ctx, member, dict(taken or {})
        self.setWindowTitle(self.tr("Change a team member") if member
                            else self.tr("Add a team member"))
        self.name = QLineEdit(member.name if member else "")
        self.name.setPlaceholderText(self.tr("Anna de Vries"))
        self.ident = QLineEdit(member.id if member else "")
        self.ident.setPlaceholderText(self.tr("anna"))
        self.ident.setReadOnly(member is not None)  # the id is what the journal refers to
        if member is None:
            self.name.textEdited.connect(self._suggest_id)
        self.channels = {c: QCheckBox(words.label(c)) for c in Channel}
        row = QHBoxLayout()
        for channel, box in self.channels.items():
            box.setChecked(member is None or channel in member.channels)
            row.addWidget(box)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")  # styled in resources/style/balans.qss
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short id"), self.ident)
        form.addRow(self.tr("Channels"), row)
        hint = QLabel(self.tr("The channels are the queues this person can serve; the planner "
                              "and the live board only count them there."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _suggest_id(self, text: str) -> None:
        first = re.sub(r"[^a-z0-9]", "", (text.split() or [""])[0].lower())
        self.ident.setText(first)

    def chosen_channels(self) -> list[str]:
        return [c for c, box in self.channels.items() if box.isChecked()]

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Give the person's name.")
        if not _ID.match(self.ident.text()):
            return self.tr("The short id is lower-case letters and digits, like 'anna'.")
        if self.member is None and self.ident.text() in self.taken:
            return fill(self.tr("The short id '%1' is taken by %2; choose another."),
                        self.ident.text(), self.taken[self.ident.text()])
        if not self.chosen_channels():
            return self.tr("Choose at least one channel.")
        return None

    def _accept(self) -> None:
        problem = self.validate()
        if problem:
            self.problem.setText(problem)
            return
        ctx, member = self.ctx, self.member
        ident, name, channels = self.ident.text(), self.name.text().strip(), self.chosen_channels()
        now = ctx.clock.now()
        if member is None:
            def write():  # noqa: ANN202
                return actions.add_member(ctx.journal, ident, name, channels, now)
        else:
            new_name = name if name != member.name else None
            new_channels = channels if tuple(channels) != member.channels else None
            if new_name is None and new_channels is None:
                self.accept()
                return

            def write():  # noqa: ANN202
                return actions.edit_member(ctx.journal, ident, now, name=new_name,
                                           channels=new_channels)
        ctx.worker.submit(write, lambda changes: (ctx.changes.announce(changes), self.accept()),
                          lambda exc: self.problem.setText(plain_error(exc)))


AddEmployeeDialog = MemberDialog  # the name the welcome and older tests use
