"""The reason catalogue: what customers get in touch about, with the team's agreement on how to
handle each reason. Every save is a journal event written on the worker thread."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from balans.core.journal.journal import Journal
from balans.core.reasons import catalogue as cat
from balans.core.vocabulary import Demand
from balans.core.i18n import fill
from balans.desktop.models.reasons_model import ReasonsModel, outcome_label


_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,59}$")


class ReasonsDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Contact reasons"))
        self.model = ReasonsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.ident, self.label = QLineEdit(), QLineEdit()
        self.ident.setPlaceholderText(self.tr("permit-status"))
        self.label.setPlaceholderText(self.tr("Where is my permit?"))
        self.demand = QComboBox()
        self.demand.addItem(self.tr("Value demand (what we are here for)"), str(Demand.VALUE))
        self.demand.addItem(self.tr("Failure demand (we failed to do something, or do it "
                                    "right)"), str(Demand.FAILURE))
        self.usual = QComboBox()
        for key in (None, "resolved", "follow_up", "referred"):
            self.usual.addItem(outcome_label(key) if key else self.tr("— not agreed —"), key)
        self.agreement = QPlainTextEdit()
        self.agreement.setPlaceholderText(self.tr("How we handle this, in a few sentences the "
                                                  "whole team agreed on."))
        self.agreement.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Short id"), self.ident)
        form.addRow(self.tr("In the customer's words"), self.label)
        form.addRow(self.tr("Demand"), self.demand)
        form.addRow(self.tr("Usual outcome"), self.usual)
        form.addRow(self.tr("How we handle this"), self.agreement)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")  # styled in resources/style/balans.qss
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("new", self.tr("New reason"), self.new_reason),
                                ("save", self.tr("Save"), self.save),
                                ("retire", self.tr("Retire"), self.retire),
                                ("import", self.tr("Import CSV…"), self.import_csv),
                                ("export", self.tr("Export CSV…"), self.export_csv),
                                ("close", self.tr("Close"), self.accept)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            self.buttons[key] = button
            buttons.addWidget(button)
            if key == "retire":
                buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        journal = Journal(self.ctx.store)
        self.ctx.worker.submit(lambda: cat.read_catalogue(journal),
                               lambda entries: self._loaded(entries, select), self._failed)

    def _loaded(self, entries: list[cat.ReasonEntry], select: str | None) -> None:
        self.model.set_entries(entries)
        ids = [e.id for e in entries]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif not entries:
            self.new_reason()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.entries):
            return
        e = self.model.entries[row]
        self.ident.setText(e.id)
        self.ident.setReadOnly(True)
        self.label.setText(e.label)
        self.demand.setCurrentIndex(max(0, self.demand.findData(e.demand)))
        self.usual.setCurrentIndex(max(0, self.usual.findData(e.usual_outcome)))
        self.agreement.setPlainText(e.agreement or "")
        self.buttons["retire"].setEnabled(not e.retired)
        self.problem.setText(self.tr("Retired: saving brings it back.") if e.retired else "")

    def new_reason(self) -> None:
        self.table.clearSelection()
        for edit in (self.ident, self.label):
            edit.clear()
        self.ident.setReadOnly(False)
        self.agreement.clear()
        self.usual.setCurrentIndex(0)
        self.buttons["retire"].setEnabled(False)
        self.problem.clear()
        self.label.setFocus()

    # -- writing ---------------------------------------------------------------------------------
    def entry(self) -> cat.ReasonEntry | str:
        """The reason as filled in, or a sentence saying what is missing."""
        ident, label = self.ident.text().strip(), self.label.text().strip()
        if not _ID.match(ident):
            return self.tr("The short id is lower-case letters, digits and dashes, like "
                           "'permit-status'.")
        if not label:
            return self.tr("Say what the customer asks, in their own words.")
        if not self.ident.isReadOnly() and ident in {e.id for e in self.model.entries}:
            return fill(self.tr("There is a reason '%1' already."), ident)
        return cat.ReasonEntry(ident, label, self.demand.currentData(),
                               self.agreement.toPlainText().strip() or None,
                               self.usual.currentData())

    def save(self) -> None:
        entry = self.entry()
        if isinstance(entry, str):
            self.problem.setText(entry)
            return
        journal, now = self.ctx.journal, self.ctx.clock.now()
        self.ctx.worker.submit(lambda: cat.define_reason(journal, entry, now),
                               lambda _c: self._saved(entry.id), self._failed)

    def retire(self) -> None:
        if not self.ident.isReadOnly():
            return
        reason, journal, now = self.ident.text(), self.ctx.journal, self.ctx.clock.now()
        self.ctx.worker.submit(lambda: cat.retire_reason(journal, reason, now),
                               lambda _c: self._saved(reason), self._failed)

    def _saved(self, reason: str) -> None:
        self.problem.setText(self.tr("Saved."))
        self.reload(select=reason)

    def _failed(self, exc: Exception) -> None:
        self.problem.setText(str(exc))

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import reasons"), "",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        from balans.core.reasons.files import parse_catalogue_csv

        journal, now = self.ctx.journal, self.ctx.clock.now()

        def job() -> int:
            with open(path, encoding="utf-8", newline="") as handle:
                wanted = parse_catalogue_csv(handle.read())
            return cat.import_catalogue(journal, wanted, now).stored

        self.ctx.worker.submit(job, self._imported, self._failed)

    def _imported(self, stored: int) -> None:
        self.reload()
        n = stored
        self.problem.setText(self.tr("Imported: %n change(s).", "", n) if n
                             else self.tr("Nothing to change: the catalogue already matches "
                                          "the file."))

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export reasons"),
                                              self.tr("reasons.csv"), self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        from balans.core.reasons.files import catalogue_to_csv

        text = catalogue_to_csv(self.model.entries)

        def job() -> None:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)

        done = fill(self.tr("Exported to %1."), path)
        self.ctx.worker.submit(job, lambda _r: self.problem.setText(done), self._failed)


