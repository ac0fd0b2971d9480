"""The planner's editable state: one role per employee and interval, and the undo history.

Plain Python (no Qt, no database), so every rule of editing is testable on its own. The journal
is append-only, so an edit never *removes* anything: painting writes ``role.planned`` events for
the cells it changes, and undoing writes compensating events that put back the previous roles of
exactly those cells (a later block wins where blocks overlap). The journal keeps both as the
audit trail; the effective plan returns to what it was.

A cell inside a shift that had no planned role cannot be "unplanned" again. Undo gives such a
cell ``backoffice`` (:data:`UNDO_FOR_UNPLANNED`): the neutral role, the one the planner protects
for the backlog, and the one that costs no customer a wait it did not have before.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Mapping, NamedTuple, Sequence

from balans.core.i18n import fill, translate
from balans.core.planning.day import DayGrid
from balans.core.planning.plans import BACKOFFICE, PlanInput, PlanResult, evaluate_assignment

Role = str | None
Roles = dict[str, list[Role]]
UNDO_FOR_UNPLANNED = BACKOFFICE
MIN_BLOCK = 4  # intervals of 15 minutes: the contract's default minimum block of 60 minutes


class Change(NamedTuple):
    employee: str
    interval: int
    old: Role
    new: str


def undo_label(label: str) -> str:
    """"Undo paint contact" for the step "Paint contact", in the user's language."""
    return fill(translate("PlanEditor", "Undo %1"), label[:1].lower() + label[1:])


@dataclass(frozen=True)
class Edit:
    """One undoable step: a painted stroke, an applied proposal, a copied day."""

    label: str
    changes: tuple[Change, ...]

    def inverse(self) -> "Edit":
        return Edit(undo_label(self.label), tuple(
            Change(c.employee, c.interval, c.new, c.old or UNDO_FOR_UNPLANNED)
            for c in self.changes))


@dataclass(frozen=True)
class ShiftStep:
    """An undoable step that planned whole shifts (a copied day on an empty one). It changes no
    cells of the grid; undo calls the shifts off again (``shift.cancelled``, which takes their
    role plan along) and redo plans them once more."""

    label: str
    shifts: tuple[tuple[str, datetime, datetime], ...]
    cancel: bool = False
    changes: tuple[Change, ...] = ()

    def inverse(self) -> "ShiftStep":
        return ShiftStep(undo_label(self.label), self.shifts, not self.cancel)


@dataclass
class History:
    """Undo and redo stacks of one day. A new edit clears redo, as in every editor."""

    done: list[Edit | ShiftStep] = field(default_factory=list)
    undone: list[Edit | ShiftStep] = field(default_factory=list)

    def push(self, edit: Edit | ShiftStep) -> None:
        self.done.append(edit)
        self.undone.clear()

    def undo(self) -> Edit | ShiftStep | None:
        """The edit that undoes the last one (to apply and write), or None."""
        if not self.done:
            return None
        edit = self.done.pop()
        self.undone.append(edit)
        return edit.inverse()

    def redo(self) -> Edit | ShiftStep | None:
        if not self.undone:
            return None
        edit = self.undone.pop()
        self.done.append(edit)
        return edit

    def forget(self, edit: Edit | ShiftStep) -> None:
        """Drop an edit whose write failed: it never reached the journal."""
        for stack in (self.done, self.undone):
            if edit in stack:
                stack.remove(edit)


def blocks_of_changes(grid: DayGrid, changes: Iterable[Change]
                      ) -> list[tuple[str, datetime, datetime, str]]:
    """Consecutive changed cells of one employee with the same new role become one block, so a
    stroke across two hours is one ``role.planned`` event, not eight."""
    cells = sorted((c.employee, c.interval, c.new) for c in changes)
    blocks: list[tuple[str, datetime, datetime, str]] = []
    run: list[tuple[str, int, str]] = []
    for cell in cells + [("", -2, "")]:
        if run and (cell[0], cell[2]) == (run[-1][0], run[-1][2]) and cell[1] == run[-1][1] + 1:
            run.append(cell)
            continue
        if run:
            emp, first, role = run[0]
            blocks.append((emp, grid.time_of(first), grid.time_of(run[-1][1] + 1), role))
        run = [cell]
    return blocks


class PlanModel:
    """The effective plan of one day on the 15-minute grid, and the edits made to it."""

    def __init__(self, grid: DayGrid, required: Sequence[int], roles: Mapping[str, Sequence[Role]],
                 names: Mapping[str, str] | None = None, min_block: int = MIN_BLOCK,
                 skills: Mapping[str, frozenset[str]] | None = None,
                 groups: Mapping[frozenset[str], Sequence[int]] | None = None):
        self.grid = grid
        self.required = list(required)
        self.skills = dict(skills or {})
        self.groups = {g: list(v) for g, v in (groups or {}).items()}
        self.min_block = min_block
        names = names or {}
        # Shift start first, so the grid reads like the day: the early people at the top.
        self.employees = sorted(grid.shifts, key=lambda e: (*grid.shifts[e], names.get(e, e)))
        self.names = {e: names.get(e, e) for e in self.employees}
        self.roles: Roles = self._clip(roles)

    def _clip(self, roles: Mapping[str, Sequence[Role]]) -> Roles:
        """Roles inside each shift only: outside it nobody works, whatever an old block said."""
        clipped: Roles = {}
        for emp in self.employees:
            start, end = self.grid.shifts[emp]
            row = list(roles.get(emp, [])) + [None] * self.grid.intervals
            clipped[emp] = [row[i] if start <= i < end else None
                            for i in range(self.grid.intervals)]
        return clipped

    def in_shift(self, employee: str, interval: int) -> bool:
        start, end = self.grid.shifts.get(employee, (0, 0))
        return start <= interval < end

    def paint_changes(self, employees: Iterable[str], lo: int, hi: int, role: str
                      ) -> list[Change]:
        """The cells of ``[lo, hi]`` (inclusive) in the given rows that would change to ``role``;
        cells outside a shift are skipped, not painted."""
        lo, hi = min(lo, hi), max(lo, hi)
        return [Change(emp, i, self.roles[emp][i], role)
                for emp in employees if emp in self.roles
                for i in range(max(lo, 0), min(hi, self.grid.intervals - 1) + 1)
                if self.in_shift(emp, i) and self.roles[emp][i] != role]

    def changes_to(self, target: Mapping[str, Sequence[Role]]) -> list[Change]:
        """What turns the current plan into ``target`` (a proposal, a copied day) inside the
        shifts; cells the target leaves open keep their role."""
        wanted = self._clip(target)
        return [Change(emp, i, self.roles[emp][i], role)
                for emp in self.employees for i, role in enumerate(wanted[emp])
                if role is not None and role != self.roles[emp][i]]

    def apply(self, changes: Iterable[Change]) -> None:
        for c in changes:
            if c.employee in self.roles and self.in_shift(c.employee, c.interval):
                self.roles[c.employee][c.interval] = c.new

    def with_changes(self, changes: Iterable[Change]) -> Roles:
        """The plan as it would be after ``changes``, leaving this one as it is (for a diff)."""
        roles = {emp: list(row) for emp, row in self.roles.items()}
        for c in changes:
            if c.employee in roles:
                roles[c.employee][c.interval] = c.new
        return roles

    def coverage(self, roles: Mapping[str, Sequence[Role]] | None = None) -> PlanResult:
        """Contact staff planned per interval against the requirement, switches per employee and
        broken rules: pure arithmetic (well under a millisecond for a team), fine on the GUI
        thread after every stroke."""
        roles = self.roles if roles is None else roles
        demand = {"skills": self.skills or None, "group_required": self.groups or None}
        try:
            inp = PlanInput(required=self.required, shifts=self.grid.shifts,
                            min_block=self.min_block, **demand)
        except ValueError:  # a shift too short for its break: score without the break rule
            inp = PlanInput(required=self.required, shifts=self.grid.shifts,
                            min_block=self.min_block, break_after=10 ** 6, **demand)
        return evaluate_assignment(inp, roles)
