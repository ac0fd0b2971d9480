"""The role-plan optimiser: a network-flow MILP solved by HiGHS (through scipy).

Employees with the same shift form a *shift type*; each type has the state network of
:mod:`balans.core.planning_network`, carrying an integer flow equal to its head count. Flow
conservation per type, and per interval ``t``:
``sum(contact arcs into t) + shortfall[t] - surplus[t] = required[t]`` and
``sum(back-office arcs into t) + unmet[t] >= ceil(backoffice_need[t])``.

The objective ``W1 * shortfall + W2 * surplus + W3 * switches + unmet`` is integral and
lexicographic: each weight is larger than anything the tiers below it can add up to. Because it is
integral HiGHS prunes with it, and because each type's patterns are the paths of a network the LP
relaxation is as strong as a set-partitioning model over all of an employee's patterns; the
instances in ``docs/bench-planning.md`` are proved optimal at the root node or close to it. Contact
time is evened out afterwards (:mod:`balans.core.planning_fairness`), by exchanges that keep every
count the solver optimised.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from time import perf_counter

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from balans.core.planning_network import (
    SINK, SOURCE, Arc, Node, nodes_of, shift_network, split_flow,
)
from balans.core.planning_rules import BACKOFFICE, CONTACT, PlanInput


@dataclass
class _Programme:
    """A sparse MILP under construction: columns with bounds, costs, integrality; rows."""

    cost: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    integer: list[int] = field(default_factory=list)
    entries: list[tuple[int, int, float]] = field(default_factory=list)
    row_lower: list[float] = field(default_factory=list)
    row_upper: list[float] = field(default_factory=list)

    def var(self, upper: float, cost: float = 0.0, integer: bool = True) -> int:
        self.cost.append(cost)
        self.upper.append(upper)
        self.integer.append(int(integer))
        return len(self.cost) - 1

    def row(self, terms: list[tuple[int, float]], lower: float, upper: float) -> None:
        index = len(self.row_lower)
        self.entries.extend((index, col, val) for col, val in terms)
        self.row_lower.append(lower)
        self.row_upper.append(upper)

    def solve(self, time_limit_s: float):  # -> scipy OptimizeResult
        rows, cols, vals = zip(*self.entries) if self.entries else ((), (), ())
        shape = (len(self.row_lower), len(self.cost))
        return milp(
            c=np.array(self.cost),
            integrality=np.array(self.integer),
            bounds=Bounds(np.zeros(len(self.cost)), np.array(self.upper)),
            constraints=LinearConstraint(coo_array((vals, (rows, cols)), shape=shape).tocsr(),
                                         np.array(self.row_lower), np.array(self.row_upper)),
            options={"time_limit": max(time_limit_s, 0.01), "mip_rel_gap": 0.0},
        )


@dataclass
class _ShiftType:
    start: int
    end: int
    names: list[str]
    arcs: list[Arc]
    columns: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Weights:
    shortfall: int
    surplus: int
    switch: int


def weights_for(inp: PlanInput) -> Weights:
    """Integer weights that make (shortfall, surplus, switches, unmet need) lexicographic: each
    weight exceeds the largest total the tiers below it can reach."""
    shifts = [inp.shifts[n] for n in inp.employees()]
    switch = sum(math.ceil(n) for n in inp.backoffice_need or [] if n > 0) + 1
    surplus = switch * (sum((e - s) // inp.min_block for s, e in shifts) + 1)
    shortfall = surplus * (sum(e - s for s, e in shifts) + 1)
    return Weights(shortfall, surplus, switch)


@dataclass(frozen=True, slots=True)
class Solution:
    states: dict[str, list[Node | None]]  # each employee's network state per interval
    proven: bool  # the solver proved the plan optimal
    message: str


def _add_shift_type(prog: _Programme, kind: _ShiftType, weights: Weights,
                    contact_at: dict[int, list[int]], backoffice_at: dict[int, list[int]]) -> None:
    into: dict[Node, list[int]] = defaultdict(list)
    out: dict[Node, list[int]] = defaultdict(list)
    count = len(kind.names)
    for arc in kind.arcs:
        col = prog.var(upper=count, cost=weights.switch if arc.switch else 0.0)
        kind.columns.append(col)
        into[arc.head].append(col)
        out[arc.tail].append(col)
        if arc.role == CONTACT:
            contact_at[arc.interval].append(col)
        elif arc.role == BACKOFFICE:
            backoffice_at[arc.interval].append(col)
    prog.row([(c, 1.0) for c in out[SOURCE]], count, count)
    prog.row([(c, 1.0) for c in into[SINK]], count, count)
    for node in nodes_of(kind.arcs):
        prog.row([*((c, 1.0) for c in into[node]), *((c, -1.0) for c in out[node])], 0.0, 0.0)


def solve(inp: PlanInput, time_limit_s: float) -> Solution | None:
    """The optimal plan, or the best found in the time limit; None when none was found."""
    weights = weights_for(inp)
    prog = _Programme()
    groups: dict[tuple[int, int], list[str]] = defaultdict(list)
    for name in inp.employees():
        groups[inp.shifts[name]].append(name)
    types = [_ShiftType(s, e, names, shift_network(inp, s, e)) for (s, e), names in sorted(groups.items())]
    contact_at: dict[int, list[int]] = defaultdict(list)
    backoffice_at: dict[int, list[int]] = defaultdict(list)
    for kind in types:
        _add_shift_type(prog, kind, weights, contact_at, backoffice_at)
    for t, required in enumerate(inp.required):
        short = prog.var(upper=required, cost=weights.shortfall)
        surplus = prog.var(upper=len(inp.employees()), cost=weights.surplus)
        prog.row([*((c, 1.0) for c in contact_at[t]), (short, 1.0), (surplus, -1.0)], required, required)
    for t, need in enumerate(inp.backoffice_need or []):
        if need > 0:  # need is in staff; a fraction of a person still needs a person
            unmet = prog.var(upper=math.ceil(need), cost=1.0)
            prog.row([*((c, 1.0) for c in backoffice_at[t]), (unmet, 1.0)], math.ceil(need), np.inf)
    result = prog.solve(time_limit_s)
    if result.x is None:
        return None
    states: dict[str, list[Node | None]] = {n: [None] * inp.horizon for n in inp.employees()}
    for kind in types:
        flow = [round(result.x[c]) for c in kind.columns]
        for name, path in zip(kind.names, split_flow(kind.arcs, flow, len(kind.names))):
            for node in path:
                states[name][node[1]] = node
    return Solution(states, result.status == 0, result.message)
