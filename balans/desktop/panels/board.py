"""Live board: queues per channel next to the backlog, a suggestion when a queue builds, who is
doing what now, and the day so far in a chart.

All reading happens on the worker (``LiveFeed``); this panel only shows snapshots. A one-second
timer moves the waits and the "doing" minutes on from the last snapshot and the clock, without a
database call. Accepting a suggestion writes one mode change, after asking.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QSizePolicy, QSplitter, QStyle, QTableView, QVBoxLayout,
                               QWidget)
from balans.core.live.model import LiveState, Suggestion
from balans.core.journal.operations import set_mode
from balans.core.storage.address import describe_error
from balans.core.vocabulary import Area, Channel
from balans.core.i18n import fill, translate
from balans.core.words import word
from balans.desktop.charts.day_chart import DayChart
from balans.desktop.context import AppContext
from balans.desktop.livefeed import DaySeries, LiveFeed, live_settings
from balans.desktop.models.team_now import (ACTUAL, COLUMNS, DOING, PLANNED, TeamNowModel,
                                            role_text)
from balans.desktop.panels.base import Panel
from balans.desktop.settings import ME
from balans.desktop.widgets.cards import (SMALL, BacklogCard, ChannelCard, SuggestionBar, keep,
                                          scaled)

log = logging.getLogger(__name__)
DISMISS_S = 15 * 60  # "Not now" hides a suggestion this long
CHART_DELAY_MS = 40  # after the numbers have been painted
REFRESH_MS = 30_000  # re-read now and then even when nobody writes: plans and targets move on


class Board(QObject):
    """The context of this module's sentences for Qt's translator: ``Board.tr(text, "", n)``
    is how lupdate sees a plural outside a Qt class."""


def suggestion_text(s: Suggestion, state: LiveState) -> tuple[str, str, str, str]:
    """(what is happening, whom to ask, what it costs, button) for the bar."""
    e = state.employee(s.employee)
    name = e.name if e else s.employee
    if s.kind != "pull_in":
        head = s.reason[:1].upper() + s.reason[1:] + "."
        return (head, fill(translate("Board", "Release %1 to back office — %2."), name, s.cost),
                "", translate("Board", "Release…"))
    c = state.channel(s.channel or "")
    if c is None:
        head = s.reason[:1].upper() + s.reason[1:] + "."
    else:
        parts = [fill(translate("Board", "%1 waiting"), c.waiting),
                 fill(translate("Board", "%1 in contact"), c.in_contact)]
        parts += [fill(translate("Board", "%1 needed"), c.required)] if c.required else []
        head = fill(translate("Board", "Queue is building on %1 (%2)."), word(s.channel),
                    ", ".join(keep(p) for p in parts))
    if e is None:
        return (head, fill(translate("Board", "Pull in %1."), name),
                fill(translate("Board", "Costs: %1."), s.cost), translate("Board", "Notify…"))
    n = len(e.tasks_in_progress)
    tasks = (Board.tr("%n task(s) in progress", "", n) if n
             else translate("Board", "no task in progress"))
    n = e.switches
    detail = fill(translate("Board", "Pull in %1 — %2, %3, %4."), name, role_text(e.mode),
                  keep(tasks), keep(Board.tr("%n switch(es) today", "", n)))
    costs = []
    if e.planned_role == "backoffice":
        if e.planned_until:
            costs.append(fill(translate("Board", "%1's planned back office until %2"), name,
                              f"{e.planned_until:%H:%M}"))
        else:
            costs.append(fill(translate("Board", "%1's planned back office"), name))
    else:
        costs.append(fill(translate("Board", "none planned: %1 is not in a back-office block now"),
                          name))
    for task in e.tasks_in_progress:
        title = task.title or task.task
        title = title if len(title) <= 48 else title[:46].rstrip() + "…"
        costs.append(fill(translate("Board", "“%1” goes on hold"), title))
    return (head, detail, fill(translate("Board", "Costs: %1."), "; ".join(costs)),
            translate("Board", "Notify…"))


def as_of_text(moment: datetime) -> str:
    """The team's state is a reading at one moment: say which, next to how it is sorted."""
    return fill(translate("Board", "as of %1 · sorted by name"), f"{moment:%H:%M}")


class BoardPanel(Panel):
    title = "Live board"
    # Queues, backlog, who does what against the plan, and flags; not reasons or obstacles.
    areas = frozenset({Area.QUEUES, Area.TASKS, Area.ROSTER, Area.FLAGS, Area.PLAN})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.state: LiveState | None = None
        self.suggestion: Suggestion | None = None
        self._dismissed: dict[tuple, float] = {}
        # Injectable, so tests can answer without a modal dialog.
        self.confirm: Callable[[str, str, str], bool] = self._ask
        self.feed = LiveFeed(ctx, parent=self)
        self.feed.updated.connect(self.show_state)
        self.feed.series_ready.connect(self._keep_series)
        self._series: DaySeries | None = None
        # A failed read is not worth a dialog every few seconds (the window's banner tells when
        # the database is away): the board says it is behind, quietly, until the next success.
        self.feed.failed.connect(self.show_behind)
        self._settings = live_settings(ctx.settings)
        self._build()
        from balans.desktop.mailbox import MailboxPoller

        self.mailbox = MailboxPoller(ctx, self)  # the e-mail card from a real mailbox, if set
        self.mailbox.checked.connect(lambda _s: self.state is not None and self.tick())
        self.mailbox.failed.connect(lambda why: self.cards["email"].setToolTip(
            fill(self.tr("Mailbox: %1"), why)))
        self.mailbox.start()
        self._ticker = QTimer(self, interval=1000, timeout=self.tick)
        self._poller = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.cards = {ch: ChannelCard(ch) for ch in Channel}
        self.backlog = BacklogCard()
        self.strip = QWidget()
        strip = QHBoxLayout(self.strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.setSpacing(8)
        for card in self.cards.values():
            strip.addWidget(card, 10)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        strip.addSpacing(4)
        strip.addWidget(rule)
        strip.addSpacing(4)
        strip.addWidget(self.backlog, 13)

        self.bar = SuggestionBar()
        self.bar.accepted.connect(self.accept_suggestion)
        self.bar.dismissed.connect(self.dismiss_suggestion)
        self.bar.hide()

        self.model = TeamNowModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("teamNow")
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Doing stretches (and elides, the tooltip has it all); the others fit their contents,
        # refitted after each update (ResizeToContents misses rows inserted above others).
        header.setSectionResizeMode(DOING, QHeaderView.ResizeMode.Stretch)
        team_title = QLabel(self.tr("TEAM NOW"))
        title_font = scaled(self.font(), SMALL, QFont.Weight.DemiBold)
        title_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        team_title.setFont(title_font)
        self.team_note = QLabel(self.tr("sorted by name"))
        self.team_note.setFont(scaled(self.font(), SMALL))
        self.team_note.setEnabled(False)
        team_head = QHBoxLayout()
        team_head.addWidget(team_title)
        team_head.addStretch(1)
        team_head.addWidget(self.team_note)
        team = QWidget()
        team_box = QVBoxLayout(team)
        team_box.setContentsMargins(0, 0, 0, 0)
        team_box.setSpacing(4)
        # Above the team it names; appearing or going, it moves the table, not the chart.
        team_box.addWidget(self.bar)
        team_box.addSpacing(6)
        team_box.addLayout(team_head)
        team_box.addWidget(self.table, 1)

        self.chart = DayChart()
        self.chart.setMinimumWidth(int(self.fontMetrics().averageCharWidth() * 40))
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.setHandleWidth(max(8, self.fontMetrics().height() // 2))
        self.split.addWidget(team)
        self.split.addWidget(self.chart)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self._split_set = False
        self.split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(self.strip)
        layout.addWidget(self.split, 1)

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        self.feed.refresh()

    def show_behind(self, exc: Exception) -> None:
        log.warning("live board not refreshed: %s", exc, exc_info=exc)
        reason = describe_error(exc)
        self.team_note.setText(fill(self.tr("⚠ not up to date: %1"), reason))
        self.team_note.setEnabled(True)

    def show_state(self, state: LiveState) -> None:
        self.state = state
        self._settings = live_settings(self.ctx.settings)
        self.team_note.setText(as_of_text(state.now))
        self.team_note.setEnabled(False)
        now = self.ctx.clock.now()
        self.model.set_employees(state.employees, now)
        if self.model.widths_changed:
            self._fit_columns()
        self._share_width()
        self._tick_cards(now)
        self._show_suggestion()
        if self._series is None:
            self.loaded.emit()
        else:  # the chart a moment later: two short turns of the event loop, not one long one
            QTimer.singleShot(CHART_DELAY_MS, self._show_series)

    def _keep_series(self, series: DaySeries) -> None:
        self._series = series

    def _show_series(self) -> None:
        series, self._series = self._series, None
        if series is not None:
            self.chart.set_series(series)
        self.loaded.emit()

    def tick(self) -> None:
        """Waits and minutes move on from the last snapshot; no database, no recomputing."""
        if self.state is None:
            return
        now = self.ctx.clock.now()
        self._tick_cards(now)
        self.model.tick(now)

    def _tick_cards(self, now: datetime) -> None:
        state = self.state
        elapsed = max(0.0, (now - state.now).total_seconds())
        settings = self._settings
        mailbox = self.mailbox.state
        for channel, card in self.cards.items():
            live = state.channel(channel)
            if channel == "email" and mailbox is not None:
                from balans.core.mailbox.imap import as_channel

                live = as_channel(mailbox, live, state.now)
            card.show_channel(live, settings.summary.target_s(channel),
                              settings.service_level_target, elapsed)
        self.backlog.show_backlog(state.backlog)
        self._steady_strip()

    def _steady_strip(self) -> None:
        """The strip grows when a line wraps ("longest 2 min — over target") and then keeps
        that height: a board that jumps is not calm, and moving the table and the chart
        repaints them both."""
        strip = self.strip
        need = strip.heightForWidth(strip.width()) if strip.width() > 0 else -1
        if need > strip.minimumHeight():
            strip.setMinimumHeight(need)

    # ------------------------------------------------------------------ suggestion
    def _show_suggestion(self) -> None:
        clock = time.monotonic()
        self._dismissed = {k: until for k, until in self._dismissed.items() if until > clock}
        state = self.state
        waiting = [s for s in (state.suggestions if state else ())
                   if _key(s) not in self._dismissed]
        self.suggestion = waiting[0] if waiting else None
        if self.suggestion is None or state is None:
            self.bar.hide()
            return
        head, detail, small, accept = suggestion_text(self.suggestion, state)
        if len(waiting) > 1:
            n = len(waiting) - 1
            small = (small + " " if small else "") + self.tr("(%n more after this one)", "", n)
        self.bar.show_text(head, detail, small, accept)
        self.bar.setToolTip(f"{self.suggestion.reason}\n{self.suggestion.cost}")
        self.bar.show()

    def dismiss_suggestion(self) -> None:
        if self.suggestion is not None:
            self._dismissed[_key(self.suggestion)] = time.monotonic() + DISMISS_S
        self._show_suggestion()

    def accept_suggestion(self) -> None:
        s, state = self.suggestion, self.state
        if s is None or state is None:
            return
        e = state.employee(s.employee)
        name = e.name if e else s.employee
        mode = "contact" if s.kind == "pull_in" else "backoffice"
        task = e.tasks_in_progress[-1] if e and e.tasks_in_progress and mode == "contact" else None
        if mode == "contact":
            title = fill(self.tr("Pull in %1"), name)
            question = fill(self.tr("Switch %1 to contact mode now, for %2?"), name,
                            word(s.channel))
            if task is not None:
                question += " " + fill(self.tr("“%1” is paused."), task.title or task.task)
        else:
            title = fill(self.tr("Release %1"), name)
            question = fill(self.tr("Switch %1 back to back office now?"), name)
        question += " " + fill(self.tr("%1 sees the change on My shift."), name)
        if not self.confirm(title, question, fill(self.tr("Switch to %1"), role_text(mode))):
            return
        self.write_mode(s.employee, mode, task.task if task else None)

    def write_mode(self, employee: str, mode: str, pause: str | None) -> None:
        ctx, now, actor = self.ctx, self.ctx.clock.now(), self.ctx.settings.get(ME) or None
        self.ctx.worker.submit(
            lambda: set_mode(ctx.journal, employee, mode, now, pause_task=pause, actor=actor),
            self.ctx.changes.announce, self.report_error)

    def _ask(self, title: str, text: str, accept: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _fit_columns(self) -> None:
        """Every column but Doing as wide as its widest text. Measured here from the texts:
        QTableView.resizeColumnToContents asks the model for every role of every row, which
        costs 3-4 ms a column with 50 people."""
        table, header, style = self.table, self.table.horizontalHeader(), self.table.style()
        fm = table.fontMetrics()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
                      + 1) + 2
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table) + margin - 3
        for col in range(len(COLUMNS)):
            if col == DOING:
                continue
            texts = self.model.column_texts(col)
            width = max((fm.horizontalAdvance(t) for t in texts), default=0) + margin
            width += icon if col in (PLANNED, ACTUAL) else 0
            width = max(width, header.sectionSizeFromContents(col).width())
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)

    def _share_width(self) -> None:
        """Once, with the first rows in: the table gets what its columns need (Doing at least
        18 characters) or 56%, whichever is more; the chart keeps its minimum."""
        total = self.split.width()
        if self._split_set or total <= 0:
            return
        self._split_set = True
        header = self.table.horizontalHeader()
        need = sum(header.sectionSize(c) for c in range(len(COLUMNS)) if c != DOING)
        need += self.fontMetrics().averageCharWidth() * 18 + self.table.frameWidth() * 2
        need += self.table.verticalScrollBar().sizeHint().width()
        left = min(max(need, int(total * 0.56)), total - self.chart.minimumWidth())
        self.split.setSizes([left, total - left])

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self.strip.setMinimumHeight(0)  # a new width: measure the strip afresh
        self._steady_strip()

    # ------------------------------------------------------------------ timers
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self._ticker.start()
        self._poller.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().hideEvent(event)
        self._ticker.stop()
        self._poller.stop()


def _key(s: Suggestion) -> tuple:
    return (s.kind, s.employee, s.channel)
