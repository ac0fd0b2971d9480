"""My shift: the employee's own panel — my mode, the next customer, my task, my day.

Every write is one ``balans.core.journal.operations`` call on the worker; afterwards the panel reloads one
snapshot (``balans.core.live.myshift``). Between loads a one-second timer redraws the ticking waits
from that snapshot and the clock, without touching the database.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox,
                               QVBoxLayout, QWidget)

from balans.core.i18n import fill
from balans.core.storage.store import describe_connection_error
from balans.core.words import word
from balans.desktop.actions import shortcut_text
from balans.desktop.context import AppContext
from balans.core.live.myshift import MyShiftSnapshot, Person, load_snapshot
from balans.desktop.panels.base import Panel
from balans.desktop.panels.myshift_actions import MyShiftActions
from balans.desktop.panels.myshift_dialogs import (HandOver, TaskChoice, ask_task_action,
                                                   choose_colleague)
from balans.desktop.panels.myshift_tasks import TaskTabs
from balans.desktop.panels.myshift_widgets import (SHORTCUTS, Card, ModeToggle, clock_text,
                                                   scaled_font)
from balans.desktop.panels.myshift_text import (day_line, flag_lines, planned_text, wait_text,
                                                waiting_line)
from balans.desktop.settings import ME

MODE_KEYS = {QKeySequence(key)[0].key(): mode for mode, key in SHORTCUTS.items()}


class MyShiftPanel(MyShiftActions, Panel):
    title = "My shift"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.snapshot: MyShiftSnapshot | None = None
        self._busy = False  # one write at a time: a double click must not answer twice
        self._team: list[tuple[str, str]] = []
        # Injectable questions, so tests can answer them without a modal dialog.
        self.ask_task_action: Callable[[str, Sequence[Person]], TaskChoice | None] = (
            lambda title, people: ask_task_action(self, title, people))
        self.choose_colleague: Callable[[Sequence[Person], str], HandOver | None] = (
            lambda people, title: choose_colleague(self, people, title))
        self.exec_dialog: Callable[[QDialog], bool] = (
            lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)
        self.confirm: Callable[[str], bool] = lambda text: QMessageBox.question(
            self, "Balans", text) == QMessageBox.StandardButton.Yes
        self._build()
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self._tick)
        self._tick_timer.start(1000)
        self._notice_timer = QTimer(self, singleShot=True, interval=12_000)
        self._notice_timer.timeout.connect(self.notice.hide)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.who = QComboBox()
        self.who.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.who.setPlaceholderText(self.tr("Who are you?"))
        self.who.setMinimumContentsLength(12)
        self.who.activated.connect(lambda _i: self.choose_me(self.who.currentData()))
        self.planned = QLabel()
        self.planned.setFont(scaled_font(self.font(), 1.25))
        self.planned.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toggle = ModeToggle()
        self.toggle.requested.connect(self.request_mode)
        keys = QLabel("F5 – F8")
        keys.setToolTip(fill(self.tr("F5 %1 · F6 %2 · F7 %3 · F8 %4 — from every tab"),
                             word("contact"), word("backoffice"), word("break"),
                             word("offline")))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.notice.hide()
        self.contact = Card()
        self.answer = self.contact.add_button(self.tr("Answer"), self.answer_next, primary=True)
        self.end = self.contact.add_button(self.tr("End…"), self.open_end_dialog, primary=True)
        self.register = self.contact.add_button(self.tr("Register a contact…"),
                                                self.open_register_dialog)
        for button, action in ((self.answer, "answer"), (self.end, "end_contact"),
                               (self.register, "register")):
            button.setToolTip(fill(self.tr("%1 (%2, from every tab)"), button.text(),
                                   shortcut_text(action)))
        self.task = Card()
        self.pause = self.task.add_button(self.tr("Pause"),
                                          lambda: self.pause_task(self._current_id()))
        self.done = self.task.add_button(self.tr("Done"),
                                         lambda: self.finish_task(self._current_id()))
        self.hand = self.task.add_button(self.tr("Hand over…"), self.hand_over_current)
        self.tasks = TaskTabs()
        self.tasks.start.clicked.connect(lambda: self.start_task(self.tasks.selected()))
        self.tasks.pause.clicked.connect(lambda: self.pause_task(self._selected_id()))
        self.tasks.done.clicked.connect(lambda: self.finish_task(self._selected_id()))
        self.tasks.new.clicked.connect(self.open_task_dialog)
        self.day = Card(headline_factor=1.15)
        self.obstacle = self.day.add_button(self.tr("Log an obstacle…"),
                                            self.open_obstacle_dialog)
        # Flags: amber marks the sentence, the text keeps the palette's colour so it stays
        # readable on light and dark backgrounds.
        self.flags = QLabel()
        self.flags.setObjectName("flags")
        self.flags.setWordWrap(True)
        self.day.text_box.addWidget(self.flags)

        head = QHBoxLayout()
        head.addWidget(self.who)
        head.addStretch(1)
        head.addWidget(self.planned)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.toggle, 1)
        toggle_row.addWidget(keys)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        for part in (head, toggle_row):
            layout.addLayout(part)
        for widget, stretch in ((self.notice, 0), (self.contact, 0), (self.task, 0),
                                (self.tasks, 1), (self.day, 0)):
            layout.addWidget(widget, stretch)

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        # F5 is also the window's Refresh; two shortcuts on one key cancel each other out.
        # While focus is in this panel, claim F5-F8 so they arrive here as key presses.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in MODE_KEYS and not event.modifiers()):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        mode = MODE_KEYS.get(event.key()) if not event.modifiers() else None
        if mode is None:
            super().keyPressEvent(event)
            return
        self.request_mode(mode)

    def when_fresh(self, act: Callable[[], None]) -> None:
        """Do ``act`` on the current state: at once when the panel is up to date, else after
        reading it (a key pressed on another tab, or from the tray, acts on what is true now)."""
        if self.snapshot is not None and not self._stale and not self._loading:
            act()
            return

        def once() -> None:
            self.loaded.disconnect(once)
            act()

        self.loaded.connect(once)
        self.refresh()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        if not self.begin_read():
            return
        ctx, me, now = self.ctx, self.ctx.settings.get(ME) or None, self.ctx.clock.now()
        limits = ctx.settings.summary_settings()
        ctx.worker.submit(lambda: load_snapshot(ctx.journal, me, now, ctx.tz, limits),
                          self._show, self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        # Said in the panel, not in a dialog: while the server is away this would repeat with
        # every change, and the window's banner already explains the connection.
        if not self.read_done():
            then = self.snapshot.now if self.snapshot else None
            said = fill(self.tr("Could not read the latest state: %1."),
                        describe_connection_error(exc))
            if then:
                said += " " + fill(self.tr("Showing the state of %1."), clock_text(then))
            self.say(said)

    def _show(self, snap: MyShiftSnapshot) -> None:
        if self.read_done():  # a newer read is on its way; show that one
            return
        self.snapshot = snap
        self.who.blockSignals(True)
        team = [(p.id, p.name) for p in snap.people]
        if team != self._team:  # rebuild only when the team changed: an open popup survives
            self._team = team
            self.who.clear()
            for ident, name in team:
                self.who.addItem(name, ident)
        self.who.setCurrentIndex(self.who.findData(snap.me) if snap.me else -1)
        self.who.blockSignals(False)
        me = snap.me is not None
        self.planned.setText(planned_text(snap.planned) if me else "")
        self.toggle.setEnabled(me)
        self.toggle.set_mode(snap.mode if me else None)
        self.register.setEnabled(me)
        task = snap.current_task
        if task is not None:
            when = (fill(self.tr("started %1"), clock_text(snap.started_at)) if snap.started_at
                    else self.tr("in progress"))
            if snap.handed_over:  # what the colleague who handed it over wrote
                who, note = snap.handed_over
                when += " · " + fill(self.tr("from %1: “%2”"), who, note)
            self.task.set_text(fill(self.tr("My task: “%1”"), task.title), when)
        else:
            self.task.set_text(self.tr("No task in progress"),
                               self.tr("Start one from your tasks or the team backlog below.")
                               if me else "")
        for button in (self.pause, self.done, self.hand):
            button.setVisible(task is not None)
        self.tasks.show_snapshot(snap)
        flags = flag_lines(snap.day) if snap.day else []
        self.day.set_text(day_line(snap.day) if snap.day else self.tr("My day"), "")
        self.flags.setText("\n".join(flags))
        self.flags.setVisible(bool(flags))
        self.obstacle.setEnabled(me)
        self._tick()
        self.loaded.emit()

    def _tick(self) -> None:
        """Once a second: redraw waits from the snapshot and the clock (no database)."""
        snap = self.snapshot
        if snap is None or snap.me is None:
            self.contact.set_text(self.tr("Who are you?"),
                                  self.tr("Choose your name at the top left."))
            self.answer.setVisible(True)
            self.answer.setEnabled(False)
            self.end.hide()
            return
        now = self.ctx.clock.now()
        serving = snap.serving
        self.end.setVisible(serving is not None)
        self.answer.setVisible(serving is None)
        if serving is not None:
            self.contact.set_text(
                fill(self.tr("Serving %1 contact since %2"), word(serving.channel),
                     clock_text(serving.answered)),
                fill(self.tr("%1 so far"), wait_text((now - serving.answered).total_seconds())))
            return
        nxt = snap.next_waiting()
        self.answer.setEnabled(nxt is not None and not self._busy)
        self.contact.set_text(*waiting_line(nxt, snap.waiting_total, now))
