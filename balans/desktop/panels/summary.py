"""End of day: the team in six figures, a table per employee, charts, the daily routine and the
obstacles of the day, with PDF and CSV export.

The summary (``balans.core.summary.compute``) and the routine are computed on the worker; the panel only
shows them. Every figure comes from the typed ``DaySummary``, the same as
``balans summary --json``. The PDF is painted on the GUI thread (painting is Qt's job there); the
CSV is written on the worker.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QFileDialog, QFrame,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QTableView, QToolButton, QVBoxLayout,
                               QWidget)

from balans.core.summary.model import SummarySettings
from balans.core.summary.view import SummaryView, load_summary_view
from balans.desktop.charts.summary_charts import CHARTS, ChartBox
from balans.desktop.consistency_html import consistency_html
from balans.desktop.context import AppContext
from balans.desktop.models.routine_list import RoutineFilter, RoutineListModel, routine_headline
from balans.core.i18n import fill
from balans.desktop.models.summary_table import (NOTES, Figure, SummaryTableModel,
                                                 employee_rows, pulled_note, sorted_view,
                                                 team_figures)
from balans.desktop.panels.base import Panel
from balans.desktop.settings import Settings
from balans.desktop.resources import set_state


def summary_settings(settings: Settings) -> SummarySettings:
    return settings.summary_settings()


def _font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    # Tabular digits: the usual UI fonts (Segoe UI, SF, DejaVu, Noto) have them by default;
    # QFont.setFeature("tnum") would need Qt 6.7.
    return font


class FigureTile(QFrame):
    """One of the six team figures: caption, big value(s) with units, small print."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.caption.setFont(_font(self.font(), 0.95, bold=True))
        self.values = QHBoxLayout()
        self.values.setSpacing(14)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setFont(_font(self.font(), 0.9))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addLayout(self.values)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self._labels: list[tuple[QLabel, QLabel]] = []

    def show_figure(self, figure: Figure) -> None:
        self.caption.setText(figure.caption.upper())
        self.detail.setText(figure.detail)
        while len(self._labels) < len(figure.values):  # made once per extra channel
            word, value = QLabel(), QLabel()
            value.setObjectName("figureValue")
            value.setFont(_font(self.font(), 1.9, bold=True))
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(word)
            box.addWidget(value)
            self.values.addLayout(box)
            self._labels.append((word, value))
        for i, (word, value) in enumerate(self._labels):
            shown = i < len(figure.values)
            word.setVisible(shown and bool(figure.values[i][0]))
            value.setVisible(shown)
            if shown:
                label, text, breach = figure.values[i]
                word.setText(label)
                value.setText(text)
                # Red only for a customer-facing breach; said in words in the detail too.
                set_state(value, "breach", breach)  # red: resources/style/balans.qss
                value.setToolTip(self.tr("below the goal") if breach else "")


class FigureRow(QWidget):
    """The six tiles in one row, or in two rows of three when the font is large or the window
    narrow (nothing clipped at 125% or 150%)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles = [FigureTile() for _ in range(6)]
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.columns = 0
        # The row decides its own arrangement; it must not force the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._arrange(6)

    def show_figures(self, figures: list[Figure]) -> None:
        for tile, figure in zip(self.tiles, figures):
            tile.show_figure(figure)
        self._arrange(self._fitting_columns(self.width()))

    def _fitting_columns(self, width: int) -> int:
        needed = sum(t.minimumSizeHint().width() for t in self.tiles) + 5 * self.grid.spacing()
        return 6 if width >= needed else 3

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for c in range(6):  # service level holds a figure per channel: more room
            self.grid.setColumnStretch(c, 0 if c >= columns else (3 if c == 0 else 2))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._arrange(self._fitting_columns(event.size().width()))

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A tile's new labels count in its size only once shown, after show_figures has
        # arranged the row: judge again whenever the tiles' sizes change.
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self._fitting_columns(self.width()))
        return handled


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(_font(label.font(), 1.2, bold=True))
    label.setContentsMargins(0, 10, 0, 2)
    return label


class SummaryPanel(Panel):
    title = "End of day"
    exported = Signal(str)  # the path of a written file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view: SummaryView | None = None
        # Injectable, so tests can answer without a modal dialog.
        self.ask_save_path: Callable[[str, str, str], str] = (
            lambda caption, name, kinds: QFileDialog.getSaveFileName(self, caption, name,
                                                                     kinds)[0])
        self.table_model = SummaryTableModel(self)
        self.table_proxy = sorted_view(self.table_model, self)
        self.routine_model = RoutineListModel(self)
        self.routine_proxy = RoutineFilter(self)
        self.routine_proxy.setSourceModel(self.routine_model)
        self.routine_proxy.sort(0, Qt.SortOrder.AscendingOrder)
        self._build()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        today = self.ctx.clock.now().date()
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setMaximumDate(self.date.date())
        self.date.setFont(_font(self.font(), 1.15, bold=True))
        self.date.dateChanged.connect(self._date_changed)
        self.back, self.forward = QToolButton(text="◀"), QToolButton(text="▶")
        self.back.setToolTip(self.tr("Previous day"))
        self.forward.setToolTip(self.tr("Next day"))
        self.back.clicked.connect(lambda: self.date.setDate(self.date.date().addDays(-1)))
        self.forward.clicked.connect(lambda: self.date.setDate(self.date.date().addDays(1)))
        self.status = QLabel()
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        head = QHBoxLayout()
        self.forward.setEnabled(False)  # it opens on today
        for widget in (self.back, self.date, self.forward):
            head.addWidget(widget)
        head.addSpacing(12)
        head.addWidget(self.status, 1)
        head.addWidget(self.csv_button)
        head.addWidget(self.pdf_button)

        self.figures = FigureRow()
        self.tiles = self.figures.tiles

        self.table = QTableView()
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        self.charts: list[ChartBox] = [cls() for cls in CHARTS]
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)

        self.routine_head = QLabel()
        self.routine_head.setWordWrap(True)
        self.show_served = QCheckBox(self.tr("Show served contacts too"))
        self.only_open = QCheckBox(self.tr("Only what is not picked up yet"))
        self.show_served.toggled.connect(self.routine_proxy.set_show_served)
        self.only_open.toggled.connect(self.routine_proxy.set_only_open)
        self.routine = QTableView()
        self.routine.setModel(self.routine_proxy)
        self.routine.verticalHeader().hide()
        self.routine.setAlternatingRowColors(True)
        self.routine.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.routine.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.routine.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.routine.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        self.routine.setMinimumHeight(self.fontMetrics().height() * 22)
        self.obstacles = QLabel()
        self.obstacles.setWordWrap(True)
        self.obstacles.setTextFormat(Qt.TextFormat.RichText)
        self.obstacles.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.obstacles.setObjectName("obstacles")

        routine_box = QVBoxLayout()
        routine_box.addWidget(_section(
            self.tr("Routine: new or changed since the previous working day")))
        routine_box.addWidget(self.routine_head)
        toggles = QHBoxLayout()
        toggles.addWidget(self.show_served)
        toggles.addWidget(self.only_open)
        toggles.addStretch(1)
        routine_box.addLayout(toggles)
        routine_box.addWidget(self.routine, 1)
        obstacle_box = QVBoxLayout()
        obstacle_box.addWidget(_section(self.tr("Obstacles of the day")))
        obstacle_box.addWidget(self.obstacles, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(18)
        bottom.addLayout(routine_box, 3)
        bottom.addLayout(obstacle_box, 2)

        people_note = QLabel(self.tr("Sorted by name; click a column to sort by it. Notes say "
                                     "what the day did to someone — they are not a score."))
        people_note.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 12)
        column.addWidget(_section(self.tr("People")))
        column.addWidget(people_note)
        column.addWidget(self.table)
        column.addWidget(_section(self.tr("Charts")))
        column.addLayout(grid)
        self.consistency = QLabel()  # consistency per reason, the same HTML as in the PDF
        self.consistency.setWordWrap(True)
        self.consistency.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.consistency)
        column.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.figures)
        layout.addWidget(scroll, 1)
        self._set_enabled(False)

    def _set_enabled(self, ready: bool) -> None:
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _date_changed(self) -> None:
        self.forward.setEnabled(self.date.date() < self.date.maximumDate())
        self.refresh()

    # -- reading --------------------------------------------------------------------------------
    def day(self) -> date:
        return self.date.date().toPython()

    def load(self) -> None:
        if not self.begin_read():
            return
        self.status.setText(self.tr("Reading the journal…"))
        ctx, day, limits = self.ctx, self.day(), summary_settings(self.ctx.settings)
        now = ctx.clock.now()
        ctx.worker.submit(lambda: load_summary_view(ctx.journal, day, ctx.tz, limits, now),
                          self._show, self._failed)

    def _failed(self, exc: Exception) -> None:
        if not self.read_done():
            self.status.setText(fill(self.tr("Could not read the summary: %1"), exc))
            self.report_error(exc)

    def _show(self, view: SummaryView) -> None:
        if self.read_done():
            return
        if view.summary.date != self.day():  # the date moved on while this was read
            self.refresh()
            return
        self.view = view
        self.figures.show_figures(team_figures(view.summary, self.ctx.settings.targets()))
        self.table_model.set_rows(employee_rows(view.summary, view.names))
        self._fit_table()
        for chart in self.charts:
            chart.show_summary(view.summary, view.names)
        self.routine_model.set_routine(view.routine, view.names)
        self.routine_head.setText(routine_headline(view.routine))
        self.routine.resizeColumnToContents(0)
        self.routine.resizeColumnToContents(2)
        self.obstacles.setText(self._obstacle_text(view))
        self.consistency.setText(consistency_html(view.consistency))
        n = len(view.summary.employees)
        status = (self.tr("%n person(s) on this day", "", n) if n
                  else self.tr("Nobody was planned or active on this day."))
        if view.as_of is not None:
            status = fill(self.tr("Today so far, as of %1 · %2"), f"{view.as_of:%H:%M}", status)
        self.status.setText(status)
        self._set_enabled(True)
        self.loaded.emit()

    def _fit_table(self) -> None:
        """The table shows every row; the page scrolls, not the table."""
        table, model = self.table, self.table_proxy
        header = table.horizontalHeader()
        cell_fm, head_fm = table.fontMetrics(), header.fontMetrics()
        pad = cell_fm.height()  # room either side, scales with the font
        for col in range(model.columnCount()):
            lines = [line for r in range(model.rowCount())
                     for line in str(model.index(r, col).data() or "").split("\n")]
            heads = str(model.headerData(col, Qt.Orientation.Horizontal) or "").split("\n")
            icon = pad if model.headerData(col, Qt.Orientation.Horizontal,
                                           Qt.ItemDataRole.DecorationRole) else 0
            width = max([cell_fm.horizontalAdvance(t) for t in lines]
                        + [head_fm.horizontalAdvance(t) + icon for t in heads])
            if col == NOTES:  # room for a note on a day without any
                width = max(width, cell_fm.horizontalAdvance(pulled_note(10)))
            header.resizeSection(col, width + pad)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(self.table_proxy.rowCount()))
        room = self.scroll.viewport().width() - 8  # the body's right margin
        scroll = table.horizontalScrollBar().sizeHint().height() \
            if header.length() + 2 * table.frameWidth() > room else 0
        table.setFixedHeight(header.sizeHint().height() + rows + 2 * table.frameWidth()
                             + scroll + 2)
        table.setMaximumWidth(header.length() + 2 * table.frameWidth() + 2)

    def _obstacle_text(self, view: SummaryView) -> str:
        from html import escape

        items = view.summary.team.obstacles
        if not items:
            return self.tr("No obstacles were logged this day.")
        lines = []
        for o in items:
            who = escape(view.names.get(o.employee, o.employee))
            lines.append(f"<p><b>{o.ts:%H:%M}</b> · {who}<br>{escape(o.text)}</p>")
        return "".join(lines) + "<p><i>" + self.tr("For the team lead to take away.") + "</i></p>"

    # -- export ---------------------------------------------------------------------------------
    def export_csv(self) -> None:
        view = self.view
        path = self.ask_save_path(self.tr("Export CSV"), f"balans-summary-{self.day()}.csv",
                                  self.tr("CSV files (*.csv)")) if view else ""
        if not path:
            return
        from PySide6.QtCore import QLocale

        from balans.core.summary.export import write_tables

        decimal = QLocale().decimalPoint()  # read here: QLocale belongs to the GUI thread

        def write() -> str:
            written = write_tables(path, view.summary, view.names, decimal)
            return str(written[0])

        self.ctx.worker.submit(write, self._saved_tables, self._export_failed)

    def _saved_tables(self, first: str) -> None:
        folder = Path(first).parent
        self.status.setText(fill(self.tr("Saved people, channels and reasons as CSV in %1"),
                                 folder))
        self.exported.emit(first)

    def export_pdf(self) -> None:
        view = self.view
        path = self.ask_save_path(self.tr("Export PDF"), f"balans-summary-{self.day()}.pdf",
                                  self.tr("PDF files (*.pdf)")) if view else ""
        if not path:
            return
        from balans.desktop.report import write_summary_pdf

        try:  # painting belongs on the GUI thread; the figures were computed on the worker
            write_summary_pdf(view.summary, path, routine=view.routine, names=view.names,
                              consistency=view.consistency)
        except OSError as exc:
            self._export_failed(exc)
        else:
            self._saved(path)

    def _saved(self, path: str) -> None:
        self.status.setText(fill(self.tr("Saved %1"), Path(path).name))
        self.exported.emit(path)

    def _export_failed(self, exc: Exception) -> None:
        self.status.setText(fill(self.tr("Could not save: %1"), exc))
        self.report_error(exc)

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self.view is not None:
            self._fit_table()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if self.view is not None:  # a horizontal scroll bar may come or go
            self._fit_table()

