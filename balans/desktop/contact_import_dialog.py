"""Import contacts from a telephony/ACD or queue-ticket export: choose the file and the source,
check the column mapping against a preview with each bad row's reason, then import with a
progress bar. The mapping is saved per source; importing the same file again adds nothing.
File reading, converting and storing run on the worker thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from balans.core.i18n import QT_TRANSLATE_NOOP, fill
from balans.core.imports import mapping as maps
from balans.core.imports.convert import Converted, CsvTable, convert, read_csv
from balans.core.imports.run import import_converted, lookup_tables
from balans.core.journal.journal import Journal
from balans.desktop.models.import_preview import ImportPreviewModel
from balans.core.vocabulary import Channel
from balans.core.words import label
from balans.desktop.widgets.column_mapping import ColumnMappingWidget

PROBLEM = "#B5651D"  # the darker amber of resources/style/balans.qss: readable as text
KIND_LABELS = {"calls": QT_TRANSLATE_NOOP("ContactImportDialog", "One row per call or ticket"),
               "intervals": QT_TRANSLATE_NOOP("ContactImportDialog", "Interval statistics")}


class ImportWords(QObject):
    """The preview's summary line, with its plurals."""

    def summary(self, done: Converted) -> str:
        n = done.rows
        text = self.tr("%n row(s) in the file", "", n)
        n = done.good
        text += self.tr(", %n ready to import.", "", n)
        if done.errors:
            n = len(done.errors)
            text += (f" <span style='color:{PROBLEM}; font-weight:600;'>"
                     + self.tr("%n row(s) cannot be read", "", n) + "</span> "
                     + self.tr("(shown in the preview with the reason)."))
        notes = []
        if done.unknown_agents:
            n = done.unknown_agents
            notes.append(self.tr("%n with an agent who is not a team member", "", n))
        if done.unknown_reasons:
            n = done.unknown_reasons
            notes.append(self.tr("%n with a reason not in the catalogue", "", n))
        if notes:
            text += " " + fill(self.tr("Imported without those details: %1."), ", ".join(notes))
        return text


class _Progress(QObject):
    """Emitted on the worker thread, delivered on the GUI thread (a queued connection)."""

    step = Signal(int, int)


class ContactImportDialog(QDialog):
    imported = Signal(int)  # rows stored

    def __init__(self, ctx, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import contacts from a telephony or ticket export"))
        self.table: CsvTable | None = None
        self.converted: Converted | None = None
        self._version = 0  # previews come back in order; only the latest is shown
        self.sources = self._saved_sources()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose a CSV export…"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(lambda: self._browse())
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(sorted(self.sources))
        self.source.setCurrentText(next(iter(sorted(self.sources)), "telephony"))
        self.source.currentTextChanged.connect(lambda _t: self._reset_mapping())
        self.kind = QComboBox()
        for key, kind in KIND_LABELS.items():
            self.kind.addItem(self.tr(kind), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._reset_mapping(keep_kind=True))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel), str(channel))
        self.channel.currentIndexChanged.connect(lambda _i: self.preview())
        self.columns = ColumnMappingWidget()
        self.columns.changed.connect(self.preview)
        self.model = ImportPreviewModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Choose the export file."))
        self.status.setWordWrap(True)
        self.skip_bad = QCheckBox(self.tr("Import the good rows and leave the bad ones out"))
        self.skip_bad.toggled.connect(lambda _c: self._update_button())
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.go = QPushButton(self.tr("Import"))
        self.go.setEnabled(False)
        self.go.clicked.connect(lambda: self.run_import())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.progress = _Progress()
        self.progress.step.connect(self._step)

        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        top.addRow(self.tr("File"), file_row)
        top.addRow(self.tr("Source"), self.source)
        top.addRow(self.tr("Rows are"), self.kind)
        top.addRow(self.tr("Channel (when no column says)"), self.channel)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(QLabel(self.tr("<b>Columns</b> (* needed)")))
        left.addWidget(self.columns)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Preview</b> — the first rows as they will be "
                                       "stored")))
        right.addWidget(self.view, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_bad)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(1100, 620)

    @staticmethod
    def _saved_sources() -> dict[str, maps.SourceMapping]:
        try:
            return maps.load_sources()
        except ValueError:
            return {}

    # -- the file and the mapping ------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an export"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.path.setText(path)
        self.status.setText(self.tr("Reading the file…"))

        def read() -> CsvTable:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                return read_csv(handle.read())

        self.ctx.worker.submit(read, self._file_read, self._failed)

    def _file_read(self, table: CsvTable) -> None:
        self.table = table
        self._reset_mapping()

    def current_mapping(self) -> maps.SourceMapping:
        return maps.SourceMapping(self.source.currentText().strip(), self.kind.currentData(),
                                  self.columns.mapping(), self.channel.currentData())

    def _reset_mapping(self, keep_kind: bool = False) -> None:
        """The saved mapping of this source when it fits the kind, else a guess from the header."""
        if self.table is None:
            return
        name = self.source.currentText().strip()
        saved = self.sources.get(name)
        if saved is not None and not keep_kind:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(saved.kind))
            self.kind.blockSignals(False)
            self.channel.setCurrentIndex(max(0, self.channel.findData(saved.channel)))
        kind = self.kind.currentData()
        if saved is None or saved.kind != kind:
            saved = maps.guess_mapping(name, kind, self.table.headers)
        self.columns.blockSignals(True)
        self.columns.set_fields(maps.FIELDS[kind], self.table.headers, saved.columns)
        self.columns.blockSignals(False)
        self.preview()

    # -- preview -----------------------------------------------------------------------------
    def preview(self) -> None:
        if self.table is None:
            return
        mapping, table, journal, tz = self.current_mapping(), self.table, \
            Journal(self.ctx.store), self.ctx.tz
        problems = mapping.missing(table.headers)
        if not mapping.name:
            problems.insert(0, self.tr("give the source a name"))
        self._version += 1
        version = self._version
        if problems:
            self._show_preview(version, mapping.kind, None,
                               fill(self.tr("Still needed: %1"), "; ".join(problems)))
            return

        def job() -> Converted:
            employees, reasons = lookup_tables(journal)
            return convert(table, mapping, tz, employees=employees, reasons=reasons)

        self.ctx.worker.submit(job, lambda done: self._show_preview(version, mapping.kind, done),
                               self._failed)

    def _show_preview(self, version: int, kind: str, done: Converted | None,
                      problem: str | None = None) -> None:
        if version != self._version:
            return  # a newer mapping is on its way
        self.converted = done
        self.model.set_converted(kind, done)
        self.view.clearSpans()
        for row, (_line, _event, error) in enumerate(self.model.rows):
            if error:
                self.view.setSpan(row, 1, 1, self.model.columnCount() - 1)
        if problem is not None:
            self.status.setText(problem)
        else:
            self.status.setText(ImportWords().summary(done))
        self._update_button()

    def _update_button(self) -> None:
        done = self.converted
        ok = bool(done and done.good and (not done.errors or self.skip_bad.isChecked()))
        self.go.setEnabled(ok)
        self.skip_bad.setVisible(bool(done and done.errors))
        n = done.good if done else 0
        self.go.setText(self.tr("Import %n row(s)", "", n) if n else self.tr("Import"))

    # -- import ------------------------------------------------------------------------------
    def run_import(self) -> None:
        done, mapping = self.converted, self.current_mapping()
        if done is None or not self.go.isEnabled():
            return
        journal, step = self.ctx.journal, self.progress.step
        self.go.setEnabled(False)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)  # busy until the journal reports its first step
        self.status.setText(self.tr("Importing…"))

        def job() -> tuple[int, int]:
            result = import_converted(journal, done, lambda n, total: step.emit(n, total))
            maps.save_source(mapping)
            return result.stored, result.skipped

        self.ctx.worker.submit(job, self._imported, self._failed)

    def _step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _imported(self, counts: tuple[int, int]) -> None:
        stored, skipped = counts
        self.sources = self._saved_sources()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        n = stored
        text = fill(self.tr("Imported %n row(s) from %1", "", n), Path(self.path.text()).name)
        if skipped:
            n = skipped
            text += self.tr("; %n were imported before", "", n)
        self.status.setText(text + fill(self.tr(". The mapping is saved for “%1”."),
                                        self.current_mapping().name))
        self.imported.emit(stored)

    def _failed(self, exc: Exception) -> None:
        self.bar.setVisible(False)
        self.status.setText(f"<span style='color:{PROBLEM}; font-weight:600;'>{exc}</span>")
        self._update_button()
