"""Roster CSV import: choose a file, say which column holds what, see every row, import.

The mapping is guessed from the column names and can be changed; the preview re-reads the rows
at once (plain parsing on the GUI thread, no database). Rows with a problem are listed with it
and left out. The import runs on the worker with a progress bar; importing the same shifts
again stores nothing twice.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from balans.core.roster import csv_import as ci
from balans.core.roster.model import Member
from balans.core.roster.read import team
from balans.desktop.panels.myshift_actions import plain_error
from balans.desktop.theme import AMBER

LABELS = {"employee": "Who", "date": "Day", "start": "From", "end": "Until"}
COLUMNS = ("Line", "Who", "Day", "From", "Until", "Problem")


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
            return COLUMNS[section]
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
            return (self.names.get(r.employee, r.employee), f"{r.start:%a %d %b %Y}",
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
        self.setWindowTitle("Import a roster")
        self.path = QLineEdit(readOnly=True, placeholderText="a CSV file: a row per shift")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(choose)
        self.combos = {name: QComboBox() for name in ci.FIELDS}
        mapping = QHBoxLayout()
        for name, combo in self.combos.items():
            combo.currentIndexChanged.connect(lambda _i: self.preview())
            form = QFormLayout()
            form.addRow(LABELS[name], combo)
            mapping.addLayout(form)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel("Choose a file.")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.import_button = QPushButton("Import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setMinimumWidth(  # its text grows with the count: never clip it
            self.import_button.fontMetrics().horizontalAdvance("Import 99999 shift(s)") + 24)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        hint = QLabel("Which column holds what? Day may be left empty when From and Until "
                      "hold a date and a time.")
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
        path, _ = QFileDialog.getOpenFileName(self, "Import a roster", "",
                                              "CSV files (*.csv *.txt);;All files (*)")
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        try:
            self.table = ci.read_csv(ci.decode(Path(path).read_bytes()))
        except OSError as exc:
            self.table = None
            self.status.setText(f"Cannot read {path}: {exc.strerror}.")
        except ci.CsvError as exc:
            self.table = None
            self.status.setText(f"{Path(path).name}: {exc}.")
        self.path.setText(path)
        guessed = ci.guess_mapping(self.table.header) if self.table else {}
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(none)", None)
            for i, header in enumerate(self.table.header if self.table else ()):
                combo.addItem(header or f"column {i + 1}", i)
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
                good = sum(1 for r in self.rows if r.ok)
                bad = len(self.rows) - good
                self.status.setText(f"{good} shift(s) ready to import" + (
                    f" · {bad} row(s) with a problem are left out (see Problem)" if bad else ""))
        self.model.set_rows(self.rows, {m.id: m.name for m in self.members or ()})
        self.view.resizeColumnsToContents()
        self._enable()

    def _enable(self) -> None:
        good = sum(1 for r in self.rows if r.ok)
        self.import_button.setEnabled(good > 0 and not self.progress.isVisible())
        self.import_button.setText(f"Import {good} shift(s)" if good else "Import")

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
        self.status.setText(f"Imported {result.stored} shift(s)"
                            + (f"; {result.skipped} were already there" if result.skipped else "")
                            + (f"; {result.rejected} row(s) left out" if result.rejected else "")
                            + ".")
        self.rows = []
        self.progress.hide()
        self._enable()
        if result.changes is not None:
            self.ctx.changes.announce(result.changes)
        self.imported.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.status.setText(f"Nothing was imported: {plain_error(exc)}")
        self._enable()
