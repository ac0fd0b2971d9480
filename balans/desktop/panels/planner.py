"""Planner: the day's role plan as a grid to paint, with coverage under it.

The panel shows; :mod:`~balans.desktop.panels.planner_actions` writes. Every read runs on the
worker (``balans.core.planning.read``); the plan and its undo history live in
``balans.core.planning.editor``; coverage is recomputed on the GUI thread after each stroke because it is plain arithmetic.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from balans.core.planning.editor import History, PlanModel
from balans.core.planning.read import PlanDay
from balans.core.staffing.forecast import Forecast
from balans.core.i18n import fill
from balans.core.vocabulary import Area
from balans.core.words import label, word
from balans.desktop.context import AppContext
from balans.desktop.panels.base import Panel
from balans.desktop.panels.planner_actions import PlannerActions
from balans.desktop.panels.planner_text import evaluation_line, proposal_line, summary_line
from balans.desktop.resources import role_icon
from balans.desktop.formats import day_text, figure, percent
from balans.desktop.widgets.plan_grid import PlanGrid
from balans.desktop.widgets.plan_layout import PlanView



class PlannerPanel(PlannerActions, Panel):
    title = "Planner"
    # The plan and the people; the requirement comes from earlier weeks, not today's contacts.
    areas = frozenset({Area.PLAN, Area.ROSTER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.day: date = ctx.clock.now().date()
        self.data: PlanDay | None = None
        self.model: PlanModel | None = None
        self.histories: dict[date, History] = {}
        self._forecasts: dict[date, Forecast] = {}  # a day's forecast reads earlier weeks only
        self.ask_save_path: Callable[[str], str] = lambda suggested: QFileDialog.getSaveFileName(
            self, self.tr("Export the plan as PDF"), suggested, self.tr("PDF (*.pdf)"))[0]
        self.confirm_past: Callable[[str], bool] = lambda text: QMessageBox.question(
            self, self.tr("Change the past?"), text) == QMessageBox.StandardButton.Yes
        self._build()

    # ------------------------------------------------------------------ layout
    def _button(self, text: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.prev = self._button("◀", lambda: self.step_day(-1), self.tr("The day before"))
        self.next = self._button("▶", lambda: self.step_day(1), self.tr("The day after"))
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat="ddd d MMM yyyy")
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        self.propose_button = self._button(
            self.tr("Propose plan"), self.propose,
            self.tr("Let the optimiser propose a plan; see it before applying"))
        self.evaluate_button = self._button(
            self.tr("Evaluate"), self.evaluate,
            self.tr("Simulate the day with this plan: expected service level"))
        self.copy_button = self._button(self.tr("Copy last week"), self.copy_last_week)
        self.undo_button = self._button(self.tr("Undo"), self.undo,
                                        self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button = self._button(self.tr("Redo"), self.redo, self.tr("Redo (Ctrl+Shift+Z)"))
        self.pdf_button = self._button(self.tr("Export PDF…"), self.export_pdf)
        self.roles = QButtonGroup(self)
        self.role_buttons: dict[str, QPushButton] = {}
        for nav in (self.prev, self.next):
            nav.setFixedWidth(nav.sizeHint().height() * 2)
        top = QHBoxLayout()
        for w in (self.prev, self.date_edit, self.next):
            top.addWidget(w)
        top.addSpacing(16)
        for w in (self.propose_button, self.evaluate_button, self.copy_button):
            top.addWidget(w)
        top.addSpacing(16)
        for w in (self.undo_button, self.redo_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        paint_row = QHBoxLayout()
        paint_row.addWidget(QLabel(self.tr("Paint:")))
        for role, key in (("contact", "C"), ("backoffice", "B"), ("break", "P")):
            button = QPushButton(role_icon(role), fill("%1 (%2)", label(role), key),
                                 checkable=True)
            button.setToolTip(fill(self.tr("Drag across cells to plan %1; key %2 paints the "
                                           "selection"), word(role), key))
            button.clicked.connect(lambda _c=False, r=role: self.choose_role(r))
            self.roles.addButton(button)
            self.role_buttons[role] = button
            paint_row.addWidget(button)
        hint = QLabel(self.tr("drag across a row · Shift-drag over several rows · arrows, "
                              "then C / B / P"))
        hint.setEnabled(False)  # the palette's muted text: a hint, not content
        paint_row.addSpacing(8)
        paint_row.addWidget(hint)
        paint_row.addStretch(1)
        self.role_buttons["contact"].setChecked(True)
        self.summary = QLabel()
        self.notice = self._notice_label("notice")
        self.banner = self._notice_label("proposal")
        self.apply_button = self._button(self.tr("Apply"), self.apply_proposal,
                                         self.tr("Store the proposal"))
        self.apply_button.setDefault(True)
        self.discard_button = self._button(self.tr("Discard"), self.discard_proposal)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.apply_button)
        banner_row.addWidget(self.discard_button)
        self.tradeoff_label = QLabel()
        self.tradeoff_label.setWordWrap(True)
        self.tradeoff_row = QHBoxLayout()
        self.tradeoff_row.addWidget(self.tradeoff_label, 1)
        self.tradeoff_buttons: list[QPushButton] = []
        self.evaluation = self._notice_label("evaluation")
        self.grid = PlanGrid()
        self.grid.paint_requested.connect(self.paint)
        self.grid.role_chosen.connect(lambda r: self.role_buttons[r].setChecked(True))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.grid)
        inner.addWidget(self.empty)
        inner.addStretch(1)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addLayout(paint_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addLayout(banner_row)
        layout.addLayout(self.tradeoff_row)
        layout.addWidget(self.evaluation)
        layout.addWidget(self.scroll, 1)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo),
                           (QKeySequence.StandardKey.Redo, self.redo)):
            QShortcut(QKeySequence(keys), self, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._notice_timer = QTimer(self, singleShot=True, interval=12_000)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.render()

    def _notice_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        # Its look (a tinted box with a coloured edge): resources/style/balans.qss, by name.
        label.hide()
        return label

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        if not self.begin_read():  # one read at a time; the latest request wins
            return
        from balans.core.planning.read import load_plan_day

        day, journal, tz = self.day, self.ctx.journal, self.ctx.tz
        targets, forecast = self.ctx.settings.targets(), self._forecasts.get(self.day)
        previous = self.data if self.data is not None and self.data.day == day else None
        self.ctx.worker.submit(lambda: load_plan_day(journal, day, tz, targets, forecast,
                                                     previous),
                               self._loaded, self._load_failed)

    def _loaded(self, data: PlanDay) -> None:
        self._loading = False
        if self._again or data.day != self.day or self._writes_pending:
            self._again = False
            if not self._writes_pending:
                self.load()
            return
        self.data = data
        if data.forecast is not None:
            self._forecasts[data.day] = data.forecast
        same_grid = self.model is not None and data.grid == self.model.grid
        if not same_grid:
            self.proposal = None
        self.model = (PlanModel(data.grid, data.required, data.roles, data.names,
                                skills=data.skills, groups=data.groups)
                      if data.grid is not None else None)
        self.render()
        self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self.report_error(exc)
        self.loaded.emit()

    def history(self) -> History:
        return self.histories.setdefault(self.day, History())

    # ------------------------------------------------------------------ showing
    def current_view(self) -> PlanView | None:
        model = self.model
        if model is None:
            return None
        changes = model.changes_to(self.proposal) if self.proposal is not None else []
        roles = model.with_changes(changes)
        evaluated = self._evaluation if self._evaluation and self._evaluation[0] == roles else None
        return PlanView(model.grid, model.employees, model.names, roles, model.required,
                        model.coverage(roles), frozenset((c.employee, c.interval) for c in changes),
                        evaluated[1].plans["this plan"].service_level if evaluated else None,
                        now=self.now_index())

    def now_index(self) -> float | None:
        """Where the present falls on today's grid, in intervals; None on any other day."""
        if self.model is None:
            return None
        grid, now = self.model.grid, self.ctx.clock.now()
        if now.date() != grid.day:
            return None
        return (now - grid.start).total_seconds() / 900

    def render(self) -> None:
        view = self.current_view()
        self.grid.set_view(view)
        self.grid.setVisible(view is not None)
        self.grid.editable = self.proposal is None
        self.empty.setVisible(view is None)
        weekday = day_text(self.day, "dddd")
        self.empty.setText(fill(self.tr("No shifts are planned on %1. Plan them in the Roster, "
                                        "or copy last %2's."),
                                day_text(self.day, "dddd d MMMM yyyy"), weekday)
                           if self.data else "")
        self.copy_button.setText(fill(self.tr("Copy last %1"), weekday))
        self.copy_button.setToolTip(
            fill(self.tr("Copy last %1's role plan for the people on shift"), weekday) if view
            else fill(self.tr("Plan last %1's shifts, with their role plan, on this empty day"),
                      weekday))
        history = self.history()
        self.undo_button.setEnabled(bool(history.done) and self.proposal is None)
        self.redo_button.setEnabled(bool(history.undone) and self.proposal is None)
        busy = self._busy_with
        self.propose_button.setText(self.tr("Proposing…") if busy == "propose"
                                    else self.tr("Propose plan"))
        self.evaluate_button.setText(self.tr("Evaluating…") if busy == "evaluate"
                                     else self.tr("Evaluate"))
        for button in (self.propose_button, self.evaluate_button, self.copy_button,
                       self.pdf_button):
            button.setEnabled(view is not None and not self._busy_with)
        # On an empty day copying brings last week's shifts (and their plan) over.
        self.copy_button.setEnabled(self.data is not None and not self._busy_with)
        self.summary.setText(summary_line(view) if view else "")
        showing = self.proposal is not None and view is not None
        self.banner.setVisible(showing)
        self.tradeoff_label.setVisible(showing and bool(self.tradeoff_label.text()))
        for button in self.tradeoff_buttons:
            button.setVisible(showing)
        self.apply_button.setVisible(showing)
        self.discard_button.setVisible(showing)
        if showing and self.model is not None:
            self.banner.setText(proposal_line(self.model.coverage(), view, self._proposal_note))
        evaluated = view is not None and view.service_level is not None and self._evaluation
        self.evaluation.setVisible(bool(evaluated))
        if evaluated:
            self.evaluation.setText(evaluation_line(self._evaluation[1]))

    def show_tradeoff(self, plan: object) -> None:
        """The proposal's back-office demand and, when it does not fit, the points to choose
        from: more back office for a lower expected service level."""
        from balans.desktop.panels.planner_text import tradeoff_text

        for button in self.tradeoff_buttons:
            self.tradeoff_row.removeWidget(button)
            button.deleteLater()
        self.tradeoff_buttons = []
        self.tradeoff_label.setText(tradeoff_text(plan))
        points = getattr(plan, "tradeoff", [])
        if len(points) > 1:
            for i, point in enumerate(points):
                level = "—" if point.service_level is None else percent(point.service_level)
                hours = figure(point.backoffice_intervals / 4)
                button = QPushButton(fill(self.tr("%1 h back office · SL %2"), hours, level),
                                     checkable=True, checked=i == 0)
                why = (self.tr("Contact covered first") if point.price is None else
                       fill(self.tr("The best plan when a quarter-hour of back office is worth "
                                    "%1 customers answered on time"), figure(point.price)))
                button.setToolTip(fill(self.tr("%1. Expected: %2 answered on time, %3 give up; "
                                               "contact short %4 staff-hours"),
                                       why, level, percent(point.abandon_rate),
                                       figure(point.shortfall / 4)))
                button.clicked.connect(lambda _c=False, k=i: self.choose_tradeoff(k))
                self.tradeoff_row.addWidget(button)
                self.tradeoff_buttons.append(button)

    def go_to(self, day: date) -> None:
        if day == self.day:
            return
        self.day, self.proposal, self._evaluation = day, None, None
        self.data = self.model = None  # until the new day is read: no edits on the old one
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def step_day(self, days: int) -> None:
        self.go_to(self.day + timedelta(days=days))

    def choose_role(self, role: str) -> None:
        self.grid.role = role
        self.role_buttons[role].setChecked(True)
        self.grid.setFocus()
