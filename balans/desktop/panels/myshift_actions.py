"""What the employee does on My shift: each method is one user action and one operation.

A mixin of :class:`~balans.desktop.panels.myshift.MyShiftPanel`, kept apart so that the panel
module is about showing and this one about writing. Every write runs on the worker through
``_run``; the panel reloads afterwards (the journal watcher would notice as well).
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject

from balans.core.i18n import fill, translate
from balans.core.journal import operations as ops
from balans.core.journal.journal import JournalError
from balans.core.journal.operations import OpChanges
from balans.core.live.myshift import Person, TaskItem
from balans.desktop.panels.myshift_dialogs import (ContactDialog, ContactInput, ObstacleDialog,
                                                   TaskDialog)
from balans.desktop.settings import ME

if TYPE_CHECKING:  # the attributes the panel provides
    from balans.desktop.panels.myshift import MyShiftPanel as _Base
else:
    _Base = object

TAKEN = "contact %1 was already answered by %2"  # the journal's refusal (core/journal/state.py)


def taken_by(refusal: str) -> str | None:
    """Who answered first, read from the journal's refusal in the app's language or English."""
    for template in (translate("Journal", TAKEN), TAKEN):
        pattern = re.escape(template).replace("%1", ".+?").replace("%2", r"(\S+)")
        match = re.search(pattern, refusal)
        if match:
            return match.group(1).rstrip(".,;'\"")
    return None


class ActionWords(QObject):
    """The context of what My shift says about its actions (``ActionWords.tr``)."""


def plain_error(exc: Exception) -> str:
    """The first reason of a rejected write, as a sentence (no "line 1:" prefix)."""
    text = exc.errors[0].reason if isinstance(exc, JournalError) and exc.errors else str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class MyShiftActions(_Base):
    def _run(self, fn: Callable[[], Any], on_error: Callable[[Exception], None] | None = None
             ) -> None:
        """Run one operation on the worker, then reload; refuse while one is under way."""
        if self._busy:
            return
        self._busy = True

        def done(changes: OpChanges) -> None:
            self._busy = False
            self._report_refused_replays()
            self.refresh()  # this panel at once, shown or not: the tray shows its state
            self.ctx.changes.announce(changes)  # and every other panel showing those areas

        def failed(exc: Exception) -> None:
            self._busy = False
            (on_error or (lambda e: self.say(plain_error(e))))(exc)
            self._report_refused_replays()
            self.refresh()

        self.ctx.worker.submit(fn, done, failed)

    def _report_refused_replays(self) -> None:
        """Actions made while the server was away and refused when replayed: say so."""
        take = getattr(self.ctx.journal, "take_rejected", None)
        refused = take() if take else []
        if refused:
            reason = plain_error(ValueError(refused[-1].reason))
            n = len(refused)
            self.say(fill(ActionWords.tr("%n action(s) made while the server was away could not "
                                         "be stored: %1", "", n), reason))

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    def _me(self) -> str | None:
        return self.snapshot.me if self.snapshot else None

    def _colleagues(self) -> list[Person]:
        snap = self.snapshot
        return [p for p in snap.people if p.id != snap.me] if snap else []

    def _current_id(self) -> str | None:
        task = self.snapshot.current_task if self.snapshot else None
        return task.id if task else None

    def _selected_id(self) -> str | None:
        task = self.tasks.selected()
        return task.id if task else None

    def choose_me(self, employee: str | None) -> None:
        self.ctx.settings.set(ME, employee or "")
        self.refresh()

    # ------------------------------------------------------------------ mode and contacts
    def request_mode(self, mode: str) -> None:
        snap, me = self.snapshot, self._me()
        if snap is None or me is None or self._busy:
            self.toggle.set_mode(snap.mode if snap and me else None)
            return
        if mode == snap.mode:
            self.toggle.set_mode(mode)
            return
        pause, hand, note = None, None, None
        task = snap.current_task
        if task is not None and mode != "backoffice":
            choice = self.ask_task_action(task.title, self._colleagues())
            if choice is None:  # "Cancel": stay as I am
                self.toggle.set_mode(snap.mode)
                return
            if choice.action == "pause":
                pause = task.id
            elif choice.colleague:
                hand, note = (task.id, choice.colleague), choice.note
        journal, now = self.ctx.journal, self.ctx.clock.now()
        self.toggle.set_mode(mode)  # show the choice at once; the reload confirms it
        self._run(lambda: ops.set_mode(journal, me, mode, now, pause_task=pause, hand_over=hand,
                                       note=note, actor=me))

    def _ready_to_serve(self, doing: str) -> bool | None:
        """Serving a customer while offline (or not yet started) is asked about first: True to
        switch to contact mode as well, False when already at work, None when declined."""
        snap = self.snapshot
        if snap is None or snap.mode not in (None, "offline"):
            return False
        question = (ActionWords.tr("You are offline. Switch to contact mode and answer?")
                    if doing == "answer" else
                    ActionWords.tr("You are offline. Switch to contact mode and register it?"))
        if not self.confirm(question):
            return None
        return True

    def answer_next(self) -> None:
        snap, me = self.snapshot, self._me()
        contact = snap.next_waiting() if snap else None
        if contact is None or me is None:
            return
        switch = self._ready_to_serve("answer")
        if switch is None:
            return
        journal, now = self.ctx.journal, self.ctx.clock.now()

        def answer() -> object:
            if switch:
                ops.set_mode(journal, me, "contact", now, actor=me)
            return ops.answer_contact(journal, contact.id, me, now, actor=me)

        self._run(answer, self._answer_failed)

    def _answer_failed(self, exc: Exception) -> None:
        """A colleague was quicker: say who, kindly, and show the queue as it is now."""
        first = taken_by(str(exc.errors[0].reason if isinstance(exc, JournalError)
                             and exc.errors else exc))
        if first is None:
            self.say(plain_error(exc))
            return
        taker = self.snapshot.person(first) if self.snapshot else None
        who = taker.short if taker else first
        self.say(ActionWords.tr("You are already serving that contact.")
                 if first == self._me()
                 else fill(ActionWords.tr("%1 already took that contact."), who))

    def open_register_dialog(self) -> None:
        snap = self.snapshot
        if snap is None or snap.me is None:
            return
        switch = self._ready_to_serve("register")
        if switch is None:
            return
        dialog = ContactDialog(snap.reasons, snap.now.date(), self.ctx.tz, register=True,
                               cases=self._open_cases(), colleagues=self._colleagues(),
                               parent=self)
        if self.exec_dialog(dialog):
            self.register_contact(dialog.values(), switch_to_contact=switch)

    def _open_cases(self) -> list[TaskItem]:
        """Open tasks a customer may be coming back about: mine first, then the team's."""
        snap = self.snapshot
        if snap is None:
            return []
        seen: dict[str, TaskItem] = {}
        for task in (*snap.my_tasks, *snap.backlog):
            seen.setdefault(task.id, task)
        return list(seen.values())

    def register_contact(self, given: ContactInput, switch_to_contact: bool = False) -> None:
        me, journal, now = self._me(), self.ctx.journal, self.ctx.clock.now()
        if me is None or given.channel is None:
            return
        arrived = now - timedelta(minutes=given.minutes)

        def register() -> object:
            if switch_to_contact:
                ops.set_mode(journal, me, "contact", arrived, actor=me)
            return ops.register_contact(
                journal, me, given.channel, now, arrived=arrived, reason=given.reason,
                outcome=given.outcome, follow_up_title=given.follow_up_title,
                follow_up_due=given.follow_up_due, case=given.case,
                follow_up_for=given.follow_up_for, actor=me)

        self._run(register)

    def open_end_dialog(self) -> None:
        snap = self.snapshot
        if snap is None or snap.serving is None:
            return
        dialog = ContactDialog(snap.reasons, snap.now.date(), self.ctx.tz, register=False,
                               cases=self._open_cases(), colleagues=self._colleagues(),
                               parent=self)
        if self.exec_dialog(dialog):
            self.end_contact(dialog.values())

    def end_contact(self, given: ContactInput) -> None:
        snap, journal, now = self.snapshot, self.ctx.journal, self.ctx.clock.now()
        if snap is None or snap.me is None or snap.serving is None:
            return
        me, contact = snap.me, snap.serving.id
        self._run(lambda: ops.end_contact(
            journal, contact, me, now, outcome=given.outcome, reason=given.reason,
            follow_up_title=given.follow_up_title, follow_up_due=given.follow_up_due,
            case=given.case, follow_up_for=given.follow_up_for, actor=me))

    # ------------------------------------------------------------------ tasks
    def start_task(self, task: TaskItem | None) -> None:
        me, journal, now = self._me(), self.ctx.journal, self.ctx.clock.now()
        if me is None or task is None:
            return
        current = self._current_id()

        # One task at a time: the current one is put aside in the same transaction.
        self._run(lambda: ops.start_task(journal, task.id, me, now, pause_first=current,
                                         actor=me))

    def pause_task(self, task_id: str | None) -> None:
        me, journal, now = self._me(), self.ctx.journal, self.ctx.clock.now()
        if me and task_id:
            self._run(lambda: ops.pause_task(journal, task_id, me, now, actor=me))

    def finish_task(self, task_id: str | None) -> None:
        me, journal, now = self._me(), self.ctx.journal, self.ctx.clock.now()
        if me and task_id:
            self._run(lambda: ops.finish_task(journal, task_id, me, now, actor=me))

    def hand_over_current(self) -> None:
        task = self.snapshot.current_task if self.snapshot else None
        if task is None:
            return
        chosen = self.choose_colleague(self._colleagues(), task.title)
        journal, now, me = self.ctx.journal, self.ctx.clock.now(), self._me()
        if chosen:
            self._run(lambda: ops.hand_over_task(journal, task.id, chosen.colleague, now,
                                                 note=chosen.note, actor=me))

    def open_task_dialog(self) -> None:
        me = self._me()
        if me is None:
            return
        now = self.ctx.clock.now()
        dialog = TaskDialog(now.date(), self.ctx.tz, parent=self)
        if self.exec_dialog(dialog):
            title, due, start = dialog.values()
            journal, current = self.ctx.journal, self._current_id()

            self._run(lambda: ops.create_task(  # one task at a time, in one transaction
                journal, title, now, due=due, start_as=me if start else None,
                pause_first=current if start else None, actor=me))

    def open_obstacle_dialog(self) -> None:
        me = self._me()
        if me is None:
            return
        dialog = ObstacleDialog(self)
        if self.exec_dialog(dialog):
            text, journal, now = dialog.values(), self.ctx.journal, self.ctx.clock.now()
            self._run(lambda: ops.log_obstacle(journal, me, text, now, actor=me))
