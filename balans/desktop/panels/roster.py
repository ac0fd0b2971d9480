"""Team & roster: the week's shifts per team member, to add, move, copy and delete.

The panel shows; :mod:`~balans.desktop.panels.roster_actions` writes. The week is read on the
worker (``core.roster.read.week``) as plain data; the grid is a ``WeekModel``.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from balans.core.i18n import fill
from balans.core.roster.model import Week, monday_of
from balans.core.vocabulary import Area
from balans.desktop.context import AppContext
from balans.desktop.formats import day_text
from balans.desktop.i18n import number
from balans.desktop.models.week_model import HOURS, WeekModel
from balans.desktop.panels.base import Panel
from balans.desktop.panels.roster_actions import RosterActions


class WeekView(QTableView):
    """The week grid: Delete removes the selected shift, Enter opens the day."""

    delete_pressed = Signal()
    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
        else:
            super().keyPressEvent(event)


class RosterPanel(RosterActions, Panel):
    title = "Roster"
    areas = frozenset({Area.ROSTER, Area.PLAN})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.day: date = ctx.clock.now().date()
        self.week: Week | None = None
        self._build()

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build(self) -> None:
        self.prev = self._button("◀", lambda: self.step_week(-1), self.tr("The week before"))
        self.next = self._button("▶", lambda: self.step_week(1), self.tr("The week after"))
        for nav in (self.prev, self.next):
            nav.setFixedWidth(nav.sizeHint().height() * 2)
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat=self.tr(
            "'Week of' ddd d MMM yyyy", "a Qt date format: words in single quotes"))
        self.date_edit.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        self.this_week = self._button(self.tr("This week"), self.go_to_today)
        self.add_button = self._button(
            self.tr("Add shift…"), self.add_shift,
            self.tr("Plan a shift; the same hours on several days at once"))
        self.copy_button = self._button(self.tr("Copy previous week"), self.copy_previous_week,
                                        self.tr("Plan last week's shifts again in this week"))
        self.import_button = self._button(
            self.tr("Import CSV…"), self.import_csv,
            self.tr("Import a roster from a spreadsheet or scheduling tool"))
        self.team_button = self._button(
            self.tr("Team…"), self.open_team,
            self.tr("Add, change or deactivate team members and channels"))
        top = QHBoxLayout()
        for w in (self.prev, self.date_edit, self.next, self.this_week):
            top.addWidget(w)
        top.addSpacing(16)
        for w in (self.add_button, self.copy_button, self.import_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.team_button)
        self.summary = QLabel()
        self.notice = QLabel()
        self.notice.setObjectName("rosterNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.undo_button = self._button(self.tr("Undo"), self.undo_last)
        self.undo_button.hide()
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.undo_button)
        self._notice_timer = QTimer(self, singleShot=True, interval=15_000)
        self._notice_timer.timeout.connect(self.hide_notice)
        self.model = WeekModel(self)
        self.model.shift_dropped.connect(self.drop_shift)
        self.grid = WeekView()
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragEnabled(True)
        self.grid.setAcceptDrops(True)
        self.grid.setDropIndicatorShown(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self.cell_menu)
        self.grid.doubleClicked.connect(lambda index: self.open_cell(index))
        self.grid.setWordWrap(True)
        self.grid.setMinimumHeight(200)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HOURS, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumHeight(header.fontMetrics().height() * 2 + 12)
        rows = self.grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(int(rows.fontMetrics().height() * 1.9))  # arm's length
        self.grid.verticalHeader().setMinimumWidth(140)
        self.empty = QLabel(self.tr("Nobody is on the team yet. Add the people who work here, "
                                    "then plan their shifts week by week."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = self._button(self.tr("Add the team…"), self.open_team)
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_button)
        empty_row.addStretch(1)
        hint = QLabel(self.tr("Double-click a day to add or change a shift · drag a shift to "
                              "another day or person (Ctrl-drag copies) · Delete removes the "
                              "selected shift · right-click for more"))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(notice_row)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty)
        layout.addLayout(empty_row)
        layout.addStretch(0)
        layout.addWidget(hint)
        self.grid.delete_pressed.connect(self.delete_selected)
        self.grid.enter_pressed.connect(lambda: self.open_cell(self.grid.currentIndex()))
        self._set_date_edit()
        self.render()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        if not self.begin_read():
            return
        from balans.core.roster.read import week

        journal, day, tz = self.ctx.journal, self.day, self.ctx.tz
        self.ctx.worker.submit(lambda: week(journal, day, tz), self._loaded, self._failed)

    def _loaded(self, shown: Week) -> None:
        if self.read_done():
            return
        if shown.monday != monday_of(self.day):  # the user moved on meanwhile
            self.load()
            return
        self.week = shown
        self.render()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.report_error(exc)
        self.loaded.emit()

    # ------------------------------------------------------------------ showing
    def render(self) -> None:
        week = self.week
        has_team = bool(week and week.members)
        if week is not None:
            self.model.set_week(week, self.ctx.clock.now().date())
        self.grid.setVisible(has_team)
        self.empty.setVisible(week is not None and not has_team)
        self.empty_button.setVisible(week is not None and not has_team)
        for button in (self.add_button, self.copy_button, self.import_button):
            button.setEnabled(has_team and not self._writing)
        if week is None or not has_team:
            self.summary.setText("")
            return
        hours = sum(s.hours for s in week.shifts)
        people = len({s.employee for s in week.shifts})
        free = [day_text(d, "ddd") for d in week.days[:5]
                if not any(s.day == d for s in week.shifts)]
        n = len(week.shifts)
        text = " · ".join((self.tr("%n shift(s)", "", n),
                           fill(self.tr("%1 hours"), number(hours, 1)),
                           fill(self.tr("%1 of %2 people working this week"), people,
                                sum(1 for m in week.members if m.active))))
        if free and week.shifts:
            text += " · " + fill(self.tr("nobody on %1"), ", ".join(free))
        self.summary.setText(text if week.shifts else
                             self.tr("No shifts planned this week yet: add them, copy the "
                                     "previous week or import a roster."))

    def _set_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        monday = monday_of(self.day)
        self.date_edit.setDate(QDate(monday.year, monday.month, monday.day))
        self.date_edit.blockSignals(False)

    def go_to(self, day: date) -> None:
        if monday_of(day) == monday_of(self.day):
            self.day = day
            self._set_date_edit()  # it always shows the Monday
            return
        self.day, self.week = day, None
        self._set_date_edit()
        self.refresh()

    def go_to_today(self) -> None:
        self.go_to(self.ctx.clock.now().date())

    def step_week(self, weeks: int) -> None:
        self.go_to(self.day + timedelta(weeks=weeks))
