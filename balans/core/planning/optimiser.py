"""The role-plan optimiser: a network-flow MILP solved by HiGHS (through scipy).

Employees with the same shift form a *shift type*; each type has the state network of
:mod:`balans.core.planning.network`, carrying an integer flow equal to its head count. Flow
conservation per type, and per interval ``t``:
``sum(contact arcs into t) + shortfall[t] - surplus[t] = required[t]`` and
``sum(back-office arcs into t) + unmet[t] >= ceil(backoffice_need[t])``.

The objective ``W1 * shortfall + W2 * surplus + W3 * switches + unmet`` is integral and
lexicographic: each weight is larger than anything the tiers below it can add up to. Because it is
integral HiGHS prunes with it, and because each type's patterns are the paths of a network the LP
relaxation is as strong as a set-partitioning model over all of an employee's patterns; the
instances in ``docs/bench-planning.md`` are proved optimal at the root node or close to it.
Contact time is evened out afterwards, without changing any of those totals
(:mod:`balans.core.planning.fairness`).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from time import perf_counter

import numpy as np

from balans.core.planning.milp import Programme
from balans.core.planning.network import Node, add_flow, shift_types, split_flow
from balans.core.planning.rules import BACKOFFICE, CONTACT, PlanInput


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


def solve(inp: PlanInput, time_limit_s: float) -> Solution | None:
    """The optimal plan, or the best found in the time limit; None when none was found. HiGHS
    checks its limit between steps, so a hard instance can overrun it somewhat."""
    began = perf_counter()
    if not inp.employees():
        return Solution({}, True, "nobody on shift")
    weights = weights_for(inp)
    prog = Programme()
    kinds = shift_types(inp)
    columns = [add_flow(prog, kind, weights.switch) for kind in kinds]
    contact_at: dict[int, list[int]] = defaultdict(list)
    backoffice_at: dict[int, list[int]] = defaultdict(list)
    for kind, cols in zip(kinds, columns):
        for arc, col in zip(kind.arcs, cols):
            if arc.role == CONTACT:
                contact_at[arc.interval].append(col)
            elif arc.role == BACKOFFICE:
                backoffice_at[arc.interval].append(col)
    for t, required in enumerate(inp.required):
        short = prog.var(upper=required, cost=weights.shortfall)
        surplus = prog.var(upper=len(inp.employees()), cost=weights.surplus)
        prog.row([*((c, 1.0) for c in contact_at[t]), (short, 1.0), (surplus, -1.0)],
                 required, required)
    for t, need in enumerate(inp.backoffice_need or []):
        if need > 0:  # need is in staff; a fraction of a person still needs a person
            unmet = prog.var(upper=math.ceil(need), cost=1.0)
            prog.row([*((c, 1.0) for c in backoffice_at[t]), (unmet, 1.0)],
                     math.ceil(need), np.inf)
    result = prog.solve(time_limit_s - (perf_counter() - began))
    if result.x is None:
        return None
    states: dict[str, list[Node | None]] = {n: [None] * inp.horizon for n in inp.employees()}
    for kind, cols in zip(kinds, columns):
        flow = [round(result.x[c]) for c in cols]
        for name, path in zip(kind.names, split_flow(kind.arcs, flow, len(kind.names))):
            for node in path:
                states[name][node[1]] = node
    return Solution(states, result.status == 0, result.message)
