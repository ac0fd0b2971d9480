"""The role-plan optimiser: one mixed-integer programme, solved by HiGHS through scipy.

Time-indexed, per employee ``e`` and interval ``t`` of the shift:

* ``c[e,t]``, ``o[e,t]`` — binary: in contact / back office; ``y[e,b]`` — binary: the break starts
  at ``b`` (one of the allowed starts, exactly one when the shift needs a break), so the break
  covers ``t`` when ``sum(y[e,b] for b in (t-break_len, t])`` is 1; ``c + o + break = 1``.
* ``uc[e,t]``, ``uo[e,t]`` — a contact / back-office block starts at ``t``:
  ``uc[t] >= c[t] - c[t-1]``. Minimum block, in the form that gives the convex hull for the
  single-machine min-up/min-down polytope (Rajan & Takriti 2005):
  ``sum(uc[tau] for tau in (t-min_block, t]) <= c[t]``, and no start in the last
  ``min_block - 1`` intervals of a segment. A segment shorter than ``min_block`` is one block.
* Every block starts a segment or is a switch, so an employee's switches are their block starts
  minus their segments: a linear count with no extra variables.

Objective, lexicographic through integer weights: shortfall, then surplus (more contact than
required: protected back-office time lost), then switches; then, weighing less than one switch
together, the spread of contact shares (max minus min of contact / working time) and unmet
back-office need. Identical shifts are interchangeable, so their contact totals are ordered to
cut symmetric copies of every solution out of the search.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from balans.core.planning_rules import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, break_starts, needs_break,
)

# The tie-breakers (fairness, back-office need) together weigh at most this many switches.
TIE_WEIGHT = 0.25
PROOF_GAP = 0.45  # an absolute gap below 0.5 proves shortfall, surplus and switches optimal


@dataclass
class _Programme:
    """A sparse MILP under construction: columns with bounds, costs, integrality; rows."""

    cost: list[float] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    integer: list[int] = field(default_factory=list)
    entries: list[tuple[int, int, float]] = field(default_factory=list)
    row_lower: list[float] = field(default_factory=list)
    row_upper: list[float] = field(default_factory=list)

    def var(self, cost: float = 0.0, lower: float = 0.0, upper: float = 1.0, integer: bool = True) -> int:
        self.cost.append(cost)
        self.lower.append(lower)
        self.upper.append(upper)
        self.integer.append(int(integer))
        return len(self.cost) - 1

    def row(self, terms: list[tuple[int, float]], lower: float, upper: float) -> None:
        index = len(self.row_lower)
        self.entries.extend((index, col, val) for col, val in terms)
        self.row_lower.append(lower)
        self.row_upper.append(upper)


@dataclass
class _Employee:
    name: str
    start: int
    end: int
    contact: dict[int, int]
    backoffice: dict[int, int]
    breaks: dict[int, int]  # break start -> column


@dataclass(frozen=True, slots=True)
class Weights:
    shortfall: float
    surplus: float
    switch: float = 1.0


def weights_for(inp: PlanInput) -> Weights:
    """Integer weights that make (shortfall, surplus, switches) lexicographic: each weight is more
    than the largest total the tiers below it can reach."""
    starts = sum((e - s) // inp.min_block + 2 for s, e in (inp.shifts[n] for n in inp.employees()))
    surplus_weight = starts + 1.0
    worked = sum(e - s for s, e in (inp.shifts[n] for n in inp.employees()))
    return Weights(shortfall=surplus_weight * (worked + 1) + starts + 1.0, surplus=surplus_weight)


def _add_employee(prog: _Programme, inp: PlanInput, name: str, weights: Weights) -> _Employee:
    start, end = inp.shifts[name]
    m, bl = inp.min_block, inp.break_len
    allowed = break_starts(inp, start, end) if needs_break(inp, start, end) else []
    emp = _Employee(name, start, end, {}, {}, {})
    for b in allowed:
        emp.breaks[b] = prog.var(lower=1.0 if len(allowed) == 1 else 0.0)
    if allowed:
        prog.row([(col, 1.0) for col in emp.breaks.values()], 1.0, 1.0)
    for t in range(start, end):
        emp.contact[t] = prog.var()
        emp.backoffice[t] = prog.var()
        on_break = [(col, 1.0) for b, col in emp.breaks.items() if b <= t < b + bl]
        prog.row([(emp.contact[t], 1.0), (emp.backoffice[t], 1.0), *on_break], 1.0, 1.0)
    # A fixed break gives fixed segments; a movable one always leaves two of at least min_block.
    if len(allowed) == 1:
        segments = [(start, allowed[0]), (allowed[0] + bl, end)]
    else:
        segments = [(start, end)]
    for role in (emp.contact, emp.backoffice):
        starts = {t: prog.var(cost=weights.switch) for t in range(start, end)}
        for t in range(start, end):
            previous = [(role[t - 1], 1.0)] if t > start else []
            prog.row([(starts[t], 1.0), (role[t], -1.0), *previous], 0.0, np.inf)
        for a, z in segments:
            if z - a < m:  # a short segment is one block
                for t in range(a + 1, z):
                    prog.row([(role[t], 1.0), (role[a], -1.0)], 0.0, 0.0)
                    prog.upper[starts[t]] = 0.0
                continue
            for t in range(max(a, z - m + 1), z):
                prog.upper[starts[t]] = 0.0
            for t in range(a, z):
                window = [(starts[tau], -1.0) for tau in range(max(a, t - m + 1), t + 1)]
                prog.row([(role[t], 1.0), *window], 0.0, np.inf)
    return emp


def _add_coverage(prog: _Programme, inp: PlanInput, staff: list[_Employee], weights: Weights) -> None:
    for t, required in enumerate(inp.required):
        short = prog.var(cost=weights.shortfall, upper=float(required))
        surplus = prog.var(cost=weights.surplus, upper=float(len(staff)))
        terms = [(e.contact[t], 1.0) for e in staff if t in e.contact]
        prog.row([*terms, (short, 1.0), (surplus, -1.0)], float(required), float(required))


def _add_tie_breakers(prog: _Programme, inp: PlanInput, staff: list[_Employee]) -> None:
    need = list(inp.backoffice_need or [])
    tie = TIE_WEIGHT / 2 if any(n > 0 for n in need) else TIE_WEIGHT
    share_max = prog.var(cost=tie, integer=False)
    share_min = prog.var(cost=-tie, integer=False)
    for e in staff:
        worked = len(e.contact) - (inp.break_len if e.breaks else 0)
        share = [(col, -1.0 / worked) for col in e.contact.values()]
        prog.row([(share_max, 1.0), *share], 0.0, np.inf)
        prog.row([(share_min, 1.0), *share], -np.inf, 0.0)
    total_need = sum(n for n in need if n > 0)
    for t, n in enumerate(need):
        if n > 0:
            unmet = prog.var(cost=tie / total_need, upper=np.inf, integer=False)
            terms = [(e.backoffice[t], 1.0) for e in staff if t in e.backoffice]
            prog.row([*terms, (unmet, 1.0)], float(n), np.inf)


def _break_symmetry(prog: _Programme, staff: list[_Employee]) -> None:
    """Employees with the same shift are interchangeable: order their contact totals by name."""
    for first, second in zip(staff, staff[1:]):
        if (first.start, first.end) == (second.start, second.end):
            prog.row([*((c, 1.0) for c in first.contact.values()),
                      *((c, -1.0) for c in second.contact.values())], 0.0, np.inf)


@dataclass(frozen=True, slots=True)
class Solution:
    roles: dict[str, list[str | None]]
    proven: bool  # shortfall, surplus and switches proven lexicographically optimal
    status: str


def solve(inp: PlanInput, time_limit_s: float, upper_bound: float) -> Solution | None:
    """Solve the programme; ``upper_bound`` is the weighted score of a known plan (it sets the
    relative gap so that the absolute gap proves the integer tiers). None when no plan found."""
    weights = weights_for(inp)
    prog = _Programme()
    staff = [_add_employee(prog, inp, name, weights) for name in inp.employees()]
    _add_coverage(prog, inp, staff, weights)
    _add_tie_breakers(prog, inp, staff)
    _break_symmetry(prog, staff)
    rows, cols, vals = zip(*prog.entries) if prog.entries else ((), (), ())
    matrix = coo_array((vals, (rows, cols)), shape=(len(prog.row_lower), len(prog.cost))).tocsr()
    result = milp(
        c=np.array(prog.cost),
        integrality=np.array(prog.integer),
        bounds=Bounds(np.array(prog.lower), np.array(prog.upper)),
        constraints=LinearConstraint(matrix, np.array(prog.row_lower), np.array(prog.row_upper)),
        options={"time_limit": max(time_limit_s, 0.01),
                 "mip_rel_gap": PROOF_GAP / max(abs(upper_bound), 1.0)},
    )
    if result.x is None:
        return None
    bound = getattr(result, "mip_dual_bound", None)
    proven = result.status == 0 or (bound is not None and result.fun - bound < 0.5)
    return Solution(_read_roles(inp, staff, result.x), proven, result.message)


def _read_roles(inp: PlanInput, staff: list[_Employee], x: np.ndarray) -> dict[str, list[str | None]]:
    roles: dict[str, list[str | None]] = {n: [None] * inp.horizon for n in inp.shifts}
    for e in staff:
        row = roles[e.name]
        for t in e.contact:
            row[t] = CONTACT if x[e.contact[t]] > 0.5 else BACKOFFICE if x[e.backoffice[t]] > 0.5 else BREAK
    return roles


def weighted_score(inp: PlanInput, shortfall: int, surplus: int, switches: int) -> float:
    """An upper bound on the objective of a plan with these totals (tie-breakers at their worst)."""
    w = weights_for(inp)
    segments = sum(1 + needs_break(inp, *inp.shifts[n]) for n in inp.employees())
    return w.shortfall * shortfall + w.surplus * surplus + w.switch * (switches + segments) + TIE_WEIGHT
