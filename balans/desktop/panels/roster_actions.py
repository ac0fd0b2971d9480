"""What the roster panel does: each method is one user action, written on the worker.

A mixin of :class:`~balans.desktop.panels.roster.RosterPanel`. After every write the week is
read again, so the grid shows what the journal holds. A delete or a move can be undone once
from the notice that reports it (undo is the compensating event, as everywhere in Balans).
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMenu

from balans.core.i18n import fill
from balans.core.journal.operations import OpChanges
from balans.core.roster import actions
from balans.core.roster.model import Shift, monday_of
from balans.desktop.formats import day_text
from balans.desktop.panels.myshift_actions import plain_error
from balans.desktop.settings import ME
from balans.desktop.shift_dialog import DEFAULT_HOURS, ShiftDialog

if TYPE_CHECKING:
    from balans.desktop.panels.roster import RosterPanel as _Base
else:
    _Base = object


class RosterActions(_Base):
    _writing = False
    _undo: Callable[[], Any] | None = None

    # ------------------------------------------------------------------ plumbing
    def say(self, text: str, undo: Callable[[], Any] | None = None) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._notice_timer.start()

    def hide_notice(self) -> None:
        self.notice.hide()
        self.undo_button.hide()
        self._undo = None

    def actor(self) -> str:
        return self.ctx.settings.get(ME) or "planner"

    def write(self, fn: Callable[[], Any], done: str, undo: Callable[[], Any] | None = None
              ) -> None:
        """Run one roster action on the worker; say what it did, then read the week again."""
        if self._writing:
            return
        self._writing = True
        self.render()

        def finished(changes: OpChanges) -> None:
            self._writing = False
            self.say(done, undo)
            self.ctx.changes.announce(changes)  # this panel and the planner reload

        def failed(exc: Exception) -> None:
            self._writing = False
            self.say(fill(self.tr("Not saved: %1"), plain_error(exc)))
            self.refresh()

        self.ctx.worker.submit(fn, finished, failed)

    def undo_last(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            self.write(undo, self.tr("Undone."))

    def _name(self, employee: str) -> str:
        members = {m.id: m.name for m in self.week.members} if self.week else {}
        return members.get(employee, employee)

    def _usual_hours(self, employee: str | None) -> tuple[time, time]:
        """The hours of this person's first shift this week; else 08:00–16:30."""
        if self.week is not None:
            for s in self.week.shifts:
                if s.employee == employee:
                    return s.start.time(), s.end.time()
        return DEFAULT_HOURS

    # ------------------------------------------------------------------ shifts
    def shift_dialog(self, **kwargs: Any) -> ShiftDialog:
        """A seam for tests: the dialog an action would show."""
        assert self.week is not None
        members = [m for m in self.week.members if m.active]
        return ShiftDialog(members, self.ctx.tz, days=self.week.days, parent=self, **kwargs)

    def add_shift(self, employee: str | None = None, day: date | None = None) -> None:
        if self.week is None:
            return
        if employee is None:
            member = self.model.member(self.grid.currentIndex().row())
            employee = member.id if member and member.active else None
        dialog = self.shift_dialog(employee=employee, day=day or self.day,
                                   hours=self._usual_hours(employee))
        if self.run_dialog(dialog):
            self.save_new(dialog)

    def save_new(self, dialog: ShiftDialog) -> None:
        spans, ctx, actor = dialog.spans(), self.ctx, self.actor()
        now = ctx.clock.now()
        who, n = self._name(dialog.employee()), len(spans)
        self.write(lambda: actions.add_shifts(ctx.journal, spans, now, actor=actor),
                   fill(self.tr("Planned %n shift(s) for %1.", "", n), who))

    def edit_shift(self, shift: Shift) -> None:
        dialog = self.shift_dialog(shift=shift)
        if not self.run_dialog(dialog):
            return
        if dialog.deleted:
            self.delete_shift(shift)
            return
        (employee, start, end), = dialog.spans()
        self.move_shift(shift, employee, start, end)

    def move_shift(self, shift: Shift, employee: str, start: datetime, end: datetime) -> None:
        ctx, actor, now = self.ctx, self.actor(), self.ctx.clock.now()
        if (employee, start, end) == (shift.employee, shift.start, shift.end):
            return
        moved = Shift(employee, start, end)
        self.write(lambda: actions.move_shift(ctx.journal, shift, employee, start, end, now,
                                              actor=actor),
                   fill(self.tr("Moved %1's shift of %2 %3 to %4, %5 %6."),
                        self._name(shift.employee), day_text(shift.start, "ddd d MMM"),
                        shift.label(), self._name(employee), day_text(start, "ddd d MMM"),
                        moved.label()),
                   undo=lambda: actions.move_shift(ctx.journal, moved, shift.employee,
                                                   shift.start, shift.end, ctx.clock.now(),
                                                   actor=actor))

    def delete_shift(self, shift: Shift) -> None:
        ctx, actor, now = self.ctx, self.actor(), self.ctx.clock.now()
        self.write(lambda: actions.delete_shift(ctx.journal, shift, now, actor=actor),
                   fill(self.tr("Deleted %1's shift of %2 %3."), self._name(shift.employee),
                        day_text(shift.start, "ddd d MMM"), shift.label()),
                   undo=lambda: actions.add_shift(ctx.journal, shift.employee, shift.start,
                                                  shift.end, ctx.clock.now(), actor=actor))

    def drop_shift(self, shift: Shift, employee: str, day: date, copy: bool) -> None:
        """A shift dragged to another cell: the same hours there (Ctrl-drag keeps the old)."""
        days = timedelta(days=(day - shift.day).days)
        start, end = shift.start + days, shift.end + days
        if copy:
            ctx, actor, now = self.ctx, self.actor(), self.ctx.clock.now()
            self.write(lambda: actions.add_shift(ctx.journal, employee, start, end, now,
                                                 actor=actor),
                       fill(self.tr("Copied the shift to %1, %2."), self._name(employee),
                            day_text(start, "ddd d MMM")))
        else:
            self.move_shift(shift, employee, start, end)

    def delete_selected(self) -> None:
        shifts = self.model.shifts_at(self.grid.currentIndex())
        if shifts:
            self.delete_shift(shifts[0])

    def open_cell(self, index: QModelIndex) -> None:
        """Double-click or Enter: change the day's shift, or add one on an empty day."""
        member, day = self.model.member(index.row()), self.model.day(index.column())
        if member is None or day is None:
            return
        shifts = self.model.shifts_at(index)
        if shifts:
            self.edit_shift(shifts[0])
        elif member.active:
            self.add_shift(member.id, day)

    def cell_menu(self, pos: Any) -> None:
        index = self.grid.indexAt(pos)
        menu = self.build_cell_menu(index)
        if menu is not None:
            menu.exec(self.grid.viewport().mapToGlobal(pos))

    def build_cell_menu(self, index: QModelIndex) -> QMenu | None:
        member, day = self.model.member(index.row()), self.model.day(index.column())
        if member is None or day is None:
            return None
        menu = QMenu(self)
        if member.active:
            menu.addAction(fill(self.tr("Add a shift on %1…"), day_text(day, "ddd d MMM")),
                           lambda: self.add_shift(member.id, day))
        for s in self.model.shifts_at(index):
            menu.addAction(fill(self.tr("Change %1…"), s.label()), lambda s=s: self.edit_shift(s))
            menu.addAction(fill(self.tr("Delete %1"), s.label()), lambda s=s: self.delete_shift(s))
        return menu

    # ------------------------------------------------------------------ weeks, import, team
    def copy_previous_week(self) -> None:
        ctx, actor, now = self.ctx, self.actor(), self.ctx.clock.now()
        target = monday_of(self.day)
        source = target - timedelta(days=7)
        self.write(lambda: actions.copy_week(ctx.journal, source, target, ctx.tz, now,
                                             actor=actor),
                   fill(self.tr("Copied the shifts of the week of %1."),
                        day_text(source, "d MMMM")))

    def run_dialog(self, dialog: Any) -> bool:
        """Show a dialog modally; tests replace this to fill the dialog in instead."""
        return bool(dialog.exec())

    def import_csv(self) -> None:
        from balans.desktop.roster_import import RosterImportDialog

        self.run_dialog(RosterImportDialog(self.ctx, self))  # it announces what it stored

    def open_team(self) -> None:
        from balans.desktop.team_dialog import TeamDialog

        self.run_dialog(TeamDialog(self.ctx, self))  # it announces its changes
