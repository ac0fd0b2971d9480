"""Roster CSV import: choose a file, say which column holds what, see every row, import.

The mapping is guessed from the column names and can be changed; the preview re-reads the rows
at once (plain parsing on the GUI thread, no database). Rows with a problem are listed with it
and left out. The import runs on the worker with a progress bar; importing the same shifts
again stores nothing twice.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from balans.core.i18n import QT_TRANSLATE_NOOP, fill
from balans.core.roster import csv_import as ci
from balans.core.roster.model import Member
from balans.core.roster.read import team
from balans.desktop.formats import day_text
from balans.desktop.panels.myshift_actions import plain_error
from balans.desktop.theme import AMBER

LABELS = {"employee": QT_TRANSLATE_NOOP("RosterImport", "Who"),
          "date": QT_TRANSLATE_NOOP("RosterImport", "Day"),
          "start": QT_TRANSLATE_NOOP("RosterImport", "From"),
          "end": QT_TRANSLATE_NOOP("RosterImport", "Until")}
COLUMNS = (QT_TRANSLATE_NOOP("RosterImport", "Line"), LABELS["employee"], LABELS["date"],
           LABELS["start"], LABELS["end"], QT_TRANSLATE_NOOP("RosterImport", "Problem"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterImport", text)


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[ci.RosterRow] = []
        self.names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[ci.RosterRow], names: dict[str, str]) -> None:
        self.beginResetModel()  # a new mapping reads every row anew
        self.rows, self.names = list(rows), names
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(r.line)
            if index.column() == 5:
                return r.error or ""
            if not r.ok:
                return " ".join(r.cells[:4]) if index.column() == 1 else ""
            return (self.names.get(r.employee, r.employee), day_text(r.start, "ddd d MMM yyyy"),
                    f"{r.start:%H:%M}", f"{r.end:%H:%M}")[index.column() - 1]
        if role == Qt.ItemDataRole.ForegroundRole and not r.ok and index.column() == 5:
            return QColor(AMBER).darker(130)
        return None


class _Progress(QObject):
    moved = Signal(int, int)  # emitted on the worker thread, delivered queued


class RosterImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult

    def __init__(self, ctx, parent: QWidget | None = None, path: str | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[Member] | None = None
        self.table: ci.CsvTable | None = None
        self.rows: list[ci.RosterRow] = []
        self.setWindowTitle(self.tr("Import a roster"))
        self.path = QLineEdit(readOnly=True,
                              placeholderText=self.tr("a CSV file: a row per shift"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(choose)
        self.combos = {name: QComboBox() for name in ci.FIELDS}
        mapping = QHBoxLayout()
        for name, combo in self.combos.items():
            combo.currentIndexChanged.connect(lambda _i: self.preview())
            form = QFormLayout()
            form.addRow(_tr(LABELS[name]), combo)
            mapping.addLayout(form)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self.tr("Choose a file."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setMinimumWidth(  # its text grows with the count: never clip it
            self.import_button.fontMetrics().horizontalAdvance(self._import_text(99999)) + 24)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        hint = QLabel(self.tr("Which column holds what? Day may be left empty when From and "
                              "Until hold a date and a time."))
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addLayout(mapping)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.resize(820, 520)
        self._signal = _Progress(self)
        self._signal.moved.connect(self._moved)
        self._enable()
        journal = ctx.journal
        ctx.worker.submit(lambda: team(journal), self._team_loaded,
                          lambda exc: self.status.setText(plain_error(exc)))
        if path:
            self.open_file(path)

    # ------------------------------------------------------------------ reading
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a roster"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        try:
            self.table = ci.read_csv(ci.decode(Path(path).read_bytes()))
        except OSError as exc:
            self.table = None
            self.status.setText(fill(self.tr("Cannot read %1: %2."), path, exc.strerror))
        except ci.CsvError as exc:
            self.table = None
            self.status.setText(f"{Path(path).name}: {exc}.")
        self.path.setText(path)
        guessed = ci.guess_mapping(self.table.header) if self.table else {}
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for i, header in enumerate(self.table.header if self.table else ()):
                combo.addItem(header or fill(self.tr("column %1"), i + 1), i)
            combo.setCurrentIndex(combo.findData(guessed.get(name)) if guessed.get(name)
                                  is not None else 0)
            combo.blockSignals(False)
        self.preview()

    def _team_loaded(self, members: list[Member]) -> None:
        self.members = members
        self.preview()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def preview(self) -> None:
        self.rows = []
        if self.table is not None and self.members is not None:
            try:
                self.rows = ci.parse_rows(self.table, self.mapping(), self.members, self.ctx.tz)
            except ci.CsvError as exc:
                self.status.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            else:
                n = sum(1 for r in self.rows if r.ok)
                text = self.tr("%n shift(s) ready to import", "", n)
                n = len(self.rows) - n
                if n:
                    text += " · " + self.tr("%n row(s) with a problem left out (see Problem)",
                                            "", n)
                self.status.setText(text)
        self.model.set_rows(self.rows, {m.id: m.name for m in self.members or ()})
        self.view.resizeColumnsToContents()
        self._enable()

    def _enable(self) -> None:
        good = sum(1 for r in self.rows if r.ok)
        self.import_button.setEnabled(good > 0 and not self.progress.isVisible())
        self.import_button.setText(self._import_text(good) if good else self.tr("Import"))

    def _import_text(self, n: int) -> str:
        return self.tr("Import %n shift(s)", "", n)

    # ------------------------------------------------------------------ importing
    def start_import(self) -> None:
        rows, ctx, signal = list(self.rows), self.ctx, self._signal
        self.progress.setRange(0, max(1, sum(1 for r in rows if r.ok)))
        self.progress.setValue(0)
        self.progress.show()
        self._enable()
        now = ctx.clock.now()
        ctx.worker.submit(lambda: ci.import_rows(ctx.journal, rows, now, progress=signal.moved.emit),
                          self._done, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result: ci.ImportResult) -> None:
        self.progress.setValue(self.progress.maximum())
        n = result.stored
        parts = [self.tr("Imported %n shift(s)", "", n)]
        n = result.skipped
        if n:
            parts.append(self.tr("%n were already there", "", n))
        n = result.rejected
        if n:
            parts.append(self.tr("%n row(s) left out", "", n))
        self.status.setText("; ".join(parts) + ".")
        self.rows = []
        self.progress.hide()
        self._enable()
        if result.changes is not None:
            self.ctx.changes.announce(result.changes)
        self.imported.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.status.setText(fill(self.tr("Nothing was imported: %1"), plain_error(exc)))
        self._enable()
