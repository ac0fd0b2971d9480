"""What the planner does: each method is one user action.

A mixin of :class:`~balans.desktop.panels.planner.PlannerPanel`, kept apart so that the panel
module is about showing and this one about acting. An edit is applied to the model at once (the
stroke must feel instant) and written on the worker as ``role.planned`` events; undo writes the
compensating events. A failed write is dropped from the history and the day is read again, so
the screen never shows a plan the journal does not hold.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Callable

from balans.core.journal.operations import OpChanges, plan_roles
from balans.core.planning.editor import (MIN_BLOCK, Edit, History, Roles, ShiftStep,
                                         blocks_of_changes)
from balans.desktop.panels.myshift_actions import plain_error
from balans.desktop.settings import ME
from balans.core.i18n import fill
from balans.core.words import word
from balans.desktop.formats import day_text, figure

if TYPE_CHECKING:  # the attributes the panel provides
    from balans.desktop.panels.planner import PlannerPanel as _Base
else:
    _Base = object

PROPOSE_SECONDS = 10.0


class PlannerActions(_Base):
    proposal: Roles | None = None  # the optimiser's plan while it is previewed as a diff
    _proposal_note = ""
    _plan: Any = None  # the DayPlan behind the proposal, with its trade-off points
    _evaluation: tuple[Roles, Any] | None = None  # (roles evaluated, PlanEvaluation)
    _writes_pending = 0
    _busy_with = ""  # the long job under way ("propose", "evaluate", "copy"), if any

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    def _job(self, name: str, fn: Callable[[], Any], done: Callable[[Any], None],
             slow: bool = False) -> None:
        """A read, or a ``slow`` solve or simulation on the slow-job worker (the database
        worker keeps serving polls and toggles meanwhile); one at a time, buttons disabled."""
        if self._busy_with or self.model is None:
            return
        self._busy_with = name
        self.render()

        def finished(result: Any) -> None:
            self._busy_with = ""
            done(result)
            self.render()

        def failed(exc: Exception) -> None:
            self._busy_with = ""
            self.say(plain_error(exc))
            self.render()

        (self.ctx.slow if slow else self.ctx.worker).submit(fn, finished, failed)

    # ------------------------------------------------------------------ edits
    def paint(self, employees: list[str], lo: int, hi: int, role: str) -> None:
        if self.model is None or self.proposal is not None:
            return
        changes = self.model.paint_changes(employees, lo, hi, role)
        self.commit(Edit(fill(self.tr("Paint %1"), word(role)), tuple(changes)))

    def commit(self, edit: Edit) -> None:
        if self.model is None or not edit.changes:
            return
        if not self._past_allowed(edit):
            return
        self.history().push(edit)
        self._apply_and_write(edit, edit)

    def _past_allowed(self, edit: Edit) -> bool:
        """Cells that have begun are the record of what was planned for time already worked:
        changing them asks first (the change is stored like any other, with who made it)."""
        now = self.now_index()
        begun = sorted({c.interval for c in edit.changes if now is not None and c.interval < now})
        if not begun:
            return True
        when = self.model.grid.time_of(begun[0]) if self.model is not None else None
        n = len([c for c in edit.changes if now is not None and c.interval < now])
        return self.confirm_past(fill(self.tr(
            "%1 changes %n quarter-hour(s) that have already begun (from %2). The plan for time "
            "already worked is what today's summary compares with. Change it anyway?", "", n),
            edit.label, f"{when:%H:%M}"))

    def undo(self) -> None:
        history = self.history()
        if self.proposal is None and history.done and self._can_step(history.done[-1]):
            recorded = history.done[-1]
            inverse = history.undo()
            assert inverse is not None
            self._apply_and_write(inverse, recorded)

    def redo(self) -> None:
        history = self.history()
        if self.proposal is None and history.undone and self._can_step(history.undone[-1]):
            edit = history.redo()
            assert edit is not None
            self._apply_and_write(edit, edit)

    def _can_step(self, edit: Edit | ShiftStep) -> bool:
        """Cell edits need the grid; a copied day's shifts are undone with or without one."""
        return isinstance(edit, ShiftStep) or self.model is not None

    def _apply_and_write(self, edit: Edit | ShiftStep, recorded: Edit | ShiftStep) -> None:
        """Show ``edit`` now and write it; ``recorded`` is its entry in the history, dropped
        again if the write fails."""
        if isinstance(edit, ShiftStep):
            self._write_shifts(edit, recorded)
            return
        assert self.model is not None
        self.model.apply(edit.changes)
        self.render()
        blocks = blocks_of_changes(self.model.grid, edit.changes)
        journal, now = self.ctx.journal, self.ctx.clock.now()
        actor = self.ctx.settings.get(ME) or "planner"
        history = self.history()
        self._writes_pending += 1

        def written(changes: OpChanges) -> None:
            self._writes_pending -= 1
            self.ctx.changes.announce(changes)

        def failed(exc: Exception) -> None:
            self._writes_pending -= 1
            history.forget(recorded)
            self.say(fill(self.tr("Not saved: %1"), plain_error(exc)))
            self.refresh()

        self.ctx.worker.submit(lambda: plan_roles(journal, blocks, now, actor=actor),
                               written, failed)

    # ------------------------------------------------------------------ proposal
    def propose(self) -> None:
        from balans.core.planning.day import propose_day

        journal, day, tz = self.ctx.journal, self.day, self.ctx.tz
        targets, planning = self.ctx.settings.targets(), self.ctx.settings.planning()
        self._job("propose", lambda: propose_day(journal, day, tz, min_block=MIN_BLOCK,
                                                 time_limit_s=PROPOSE_SECONDS, targets=targets,
                                                 **planning),
                  self._proposed, slow=True)

    def _proposed(self, plan: Any) -> None:
        if self.model is None or plan.grid != self.model.grid:
            self.say(self.tr("The shifts changed while the plan was being made; propose again."))
            return
        if not self.model.changes_to(plan.result.roles):
            self.say(self.tr("The proposal is the plan you already have."))
            return
        self.proposal = plan.result.roles
        self._plan = plan
        self._proposal_note = (self.tr("optimal") if plan.result.optimal
                               else fill(self.tr("best found in %1 s"), f"{PROPOSE_SECONDS:.0f}"))
        self.show_tradeoff(plan)

    def choose_tradeoff(self, index: int) -> None:
        """Show the trade-off point ``index`` of the last proposal as the proposal."""
        plan = self._plan
        if plan is None or self.model is None or not 0 <= index < len(plan.tradeoff):
            return
        point = plan.tradeoff[index]
        self.proposal = point.result.roles
        self._proposal_note = fill(self.tr("%1; back office %2 h"),
                                   self.tr("optimal") if point.result.optimal
                                   else self.tr("best found"),
                                   figure(point.backoffice_intervals / 4))
        for i, button in enumerate(self.tradeoff_buttons):
            button.setChecked(i == index)
        self.render()

    def apply_proposal(self) -> None:
        if self.model is None or self.proposal is None:
            return
        changes = self.model.changes_to(self.proposal)
        self.proposal = None
        self.commit(Edit(self.tr("Apply proposal"), tuple(changes)))
        self.render()

    def discard_proposal(self) -> None:
        self.proposal = None
        self.render()

    # ------------------------------------------------------------------ evaluate, copy, export
    def evaluate(self) -> None:
        view = self.current_view()
        if view is None or self.data is None or self.data.forecast is None:
            return
        grid, forecast, roles = view.grid, self.data.forecast, view.roles
        journal, tz = self.ctx.journal, self.ctx.tz
        cost = self.ctx.settings.switch_cost()

        def run() -> tuple[Roles, Any]:
            from balans.core.planning.evaluate import (EVERYONE, evaluate_plans,
                                                       everyone_everything, load_backlog)

            from balans.core.planning.demand import load_skills

            plans = {"this plan": roles, EVERYONE: everyone_everything(grid)}
            compared = evaluate_plans(grid, forecast, plans, cost=cost,
                                      backlog=load_backlog(journal, grid.day, tz),
                                      skills=load_skills(journal))
            return roles, compared

        self._job("evaluate", run, lambda result: setattr(self, "_evaluation", result),
                  slow=True)

    def copy_last_week(self) -> None:
        from balans.core.planning.read import effective_roles

        if self.model is None:
            self._copy_last_weeks_shifts()
            return
        journal, grid = self.ctx.journal, self.model.grid
        self._job("copy", lambda: effective_roles(journal, grid, back=timedelta(days=7)),
                  self._copied)

    def _copy_last_weeks_shifts(self) -> None:
        """Nobody is on shift yet: plan the same weekday's shifts of last week, with their
        role plan, in one append (core ``roster.actions.copy_day``)."""
        from balans.core.roster.actions import copy_day

        if self.data is None or self._busy_with:
            return
        journal, day, tz, now = self.ctx.journal, self.day, self.ctx.tz, self.ctx.clock.now()
        source, actor = day - timedelta(days=7), self.ctx.settings.get(ME) or "planner"
        self._busy_with = "copy"
        self.render()

        def done(copied: Any) -> None:
            self._busy_with = ""
            # One step in this day's history: undo calls the copied shifts off again.
            self.histories.setdefault(day, History()).push(
                ShiftStep(fill(self.tr("Copy %1"), day_text(source, "dddd d MMMM")),
                          copied.shifts))
            self.say(fill(self.tr("Planned the shifts of %1 on this day, with their roles."),
                          day_text(source, "dddd d MMMM")))
            self.ctx.changes.announce(copied.changes)  # this panel shows the plan: it reloads

        def failed(exc: Exception) -> None:
            self._busy_with = ""
            self.say(plain_error(exc))
            self.render()

        self.ctx.worker.submit(lambda: copy_day(journal, source, day, tz, now, actor=actor),
                               done, failed)

    def _write_shifts(self, step: ShiftStep, recorded: Edit | ShiftStep) -> None:
        """Undo (or redo) a copied day: call its shifts off, or plan them again, in one append;
        the day is read again afterwards (the grid itself changes)."""
        from balans.core.roster.actions import add_shifts, cancel_shifts

        journal, now = self.ctx.journal, self.ctx.clock.now()
        actor = self.ctx.settings.get(ME) or "planner"
        history, write = self.history(), cancel_shifts if step.cancel else add_shifts
        self._writes_pending += 1
        self.render()

        def written(changes: OpChanges) -> None:
            self._writes_pending -= 1
            self.say(self.tr("Took the copied shifts away again.") if step.cancel
                     else self.tr("Planned the copied shifts again."))
            self.ctx.changes.announce(changes)

        def failed(exc: Exception) -> None:
            self._writes_pending -= 1
            history.forget(recorded)
            self.say(fill(self.tr("Not saved: %1"), plain_error(exc)))
            self.refresh()

        self.ctx.worker.submit(lambda: write(journal, step.shifts, now, actor=actor),
                               written, failed)

    def _copied(self, roles: Roles) -> None:
        source = self.day - timedelta(days=7)
        if self.model is None:
            return
        when = day_text(source, "dddd d MMMM")
        if not any(any(row) for row in roles.values()):
            self.say(fill(self.tr("Nothing was planned on %1 for the people on shift today."),
                          when))
            return
        changes = self.model.changes_to(roles)
        if not changes:
            self.say(fill(self.tr("The plan already matches %1."), when))
            return
        self.commit(Edit(fill(self.tr("Copy %1"), when), tuple(changes)))

    def export_pdf(self) -> None:
        from balans.desktop.plan_pdf import write_plan_pdf

        view = self.current_view()
        if view is None:
            return
        path = self.ask_save_path(f"plan-{self.day.isoformat()}.pdf")
        if not path:
            return
        try:
            write_plan_pdf(path, view, self.font())
        except OSError as exc:
            self.say(fill(self.tr("Could not save the PDF: %1"), exc.strerror or exc))
            return
        self.say(fill(self.tr("Saved the plan to %1."), path))
