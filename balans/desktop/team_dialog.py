"""The team: who is on it and which channels they serve; add, change, leave, come back.

Reachable from the Team menu, the roster panel and the empty-database welcome. Reads and
writes run on the worker; the list reloads after each change and ``changed`` tells the window.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from balans.core.i18n import fill
from balans.core.journal.operations import OpChanges
from balans.core.roster import actions
from balans.core.roster.model import Member
from balans.core.roster.read import team
from balans.desktop.dialogs import MemberDialog
from balans.desktop.models.team_model import CHANNELS_, IDENT, NAME, TeamModel
from balans.desktop.panels.myshift_actions import plain_error


class TeamDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[Member] = []
        self.setWindowTitle(self.tr("Team"))
        self.model = TeamModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.former = QCheckBox(self.tr("Show former members"))
        self.former.toggled.connect(lambda _on: self._show())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit)
        self.leave_button = QPushButton(self.tr("Leaves the team"))
        self.leave_button.setToolTip(self.tr("Their history stays; their shifts that have not "
                                             "begun are cancelled"))
        self.leave_button.clicked.connect(self.toggle_active)
        self.status = QLabel()
        self.status.setWordWrap(True)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.leave_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.former)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 420)
        self._enable()
        self.reload()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        journal = self.ctx.journal
        self.ctx.worker.submit(lambda: team(journal), self._loaded,
                               lambda exc: self.status.setText(plain_error(exc)))

    def _loaded(self, members: list[Member]) -> None:
        self.members = members
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        shown = [m for m in self.members if m.active or self.former.isChecked()]
        self.model.set_members(shown)
        # Rows arrive one by one (updated by id): size the columns to them again, or
        # "Telefoon, Balie" is cut short.
        for column in (IDENT, CHANNELS_):
            self.table.resizeColumnToContents(column)
        n = sum(1 for m in self.members if m.active)
        self.status.setText(self.tr("Nobody is on the team yet: add the people who work here.")
                            if not n else self.tr("%n on the team.", "", n))
        self._enable()

    def selected(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def select(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.table.selectRow(row)

    def _enable(self) -> None:
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.leave_button.setEnabled(member is not None)
        self.leave_button.setText(self.tr("Back on the team") if member and not member.active
                                  else self.tr("Leaves the team"))

    # ------------------------------------------------------------------ acting
    def member_dialog(self, member: Member | None = None) -> MemberDialog:
        return MemberDialog(self.ctx, self, member, {m.id: m.name for m in self.members})

    def add(self) -> None:
        if self.member_dialog().exec():
            self._written()

    def edit(self) -> None:
        member = self.selected()
        if member is not None and self.member_dialog(member).exec():
            self._written()

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        ctx, now = self.ctx, self.ctx.clock.now()
        if member.active:
            if not self.confirm(fill(self.tr("%1 leaves the team?\n\nTheir history stays. "
                                             "Their shifts from now on are cancelled."),
                                     member.name)):
                return
            self._write(lambda: actions.deactivate_member(ctx.journal, member.id, now, ctx.tz))
        else:
            self._write(lambda: actions.add_member(ctx.journal, member.id, member.name,
                                                   member.channels, now))

    def confirm(self, text: str) -> bool:  # a seam for tests
        return QMessageBox.question(self, self.tr("Team"), text) == QMessageBox.StandardButton.Yes

    def _write(self, fn) -> None:  # noqa: ANN001
        def done(changes: OpChanges) -> None:
            self.ctx.changes.announce(changes)
            self._written()

        self.ctx.worker.submit(fn, done, lambda exc: self.status.setText(plain_error(exc)))

    def _written(self) -> None:
        """Reload the list (the member dialog announced its own change)."""
        self.changed.emit()
        self.reload()
