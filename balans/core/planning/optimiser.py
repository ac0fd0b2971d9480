"""The role-plan optimiser: a network-flow MILP solved by HiGHS (through scipy).

Employees with the same shift form a *shift type*; each type has the state network of
:mod:`balans.core.planning.network`, carrying an integer flow equal to its head count. Flow
conservation per type, and per interval ``t``:
``sum(contact arcs into t) + shortfall[t] - surplus[t] = required[t]`` and
``sum(back-office arcs into t) + unmet[t] >= ceil(backoffice_need[t])``.

The objective ``W1 * shortfall + W2 * quarters short + W3 * surplus + W4 * switches + unmet`` is
integral and lexicographic: each weight is larger than anything the tiers below it can add up to.
The quarters tier needs a binary per interval; it is only added when the plan found without it
has red quarters that some plan might avoid (see :func:`solve`). Because it is
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
    quarter: int
    surplus: int
    switch: int


def weights_for(inp: PlanInput) -> Weights:
    """Integer weights that make (shortfall, quarters short, surplus, switches, unmet back-office
    work) lexicographic: each weight exceeds the largest total the tiers below it can reach."""
    shifts = [inp.shifts[n] for n in inp.employees()]
    switch = (sum(math.ceil(n) for n in inp.backoffice_need or [] if n > 0)
              + inp.backoffice_target + 1)
    surplus = switch * (sum((e - s) // inp.min_block for s, e in shifts) + 1)
    on_shift = [sum(s <= t < e for s, e in shifts) for t in range(inp.horizon)]
    most_surplus = sum(max(0, n - r) for n, r in zip(on_shift, inp.required))
    quarter = surplus * (most_surplus + 1)
    shortfall = quarter * (sum(1 for r in _most_required(inp) if r > 0) + 1)
    return Weights(shortfall, quarter, surplus, switch)


def _most_required(inp: PlanInput) -> list[int]:
    """Per interval, the largest of the requirements (the bound on its shortfall)."""
    most = list(inp.required)
    for series in (inp.group_required or {}).values():
        most = [max(a, b) for a, b in zip(most, series)]
    return most


@dataclass(frozen=True, slots=True)
class Solution:
    states: dict[str, list[Node | None]]  # each employee's network state per interval
    proven: bool  # the solver proved the plan optimal
    message: str


def solve(inp: PlanInput, time_limit_s: float) -> Solution | None:
    """The optimal plan, or the best found in the time limit; None when none was found. HiGHS
    checks its limit between steps, so a hard instance can overrun it somewhat.

    First without the quarters tier (a smaller, better-conditioned model). Its plan is already
    optimal when its red quarters are only those no plan can avoid (where fewer people are on
    shift than a requirement asks), which is the usual case; otherwise the model with the
    quarters tier is solved as well."""
    began = perf_counter()
    if not inp.employees():
        return Solution({}, True, "nobody on shift")
    weights = weights_for(inp)
    first = _solve(inp, weights, False, time_limit_s)
    if first is None:
        return None
    solution, red = first
    if inp.shortfall_price is not None or red <= sum(
            1 for b in unavoidable_shortfall(inp) if b > 0):
        return solution
    second = _solve(inp, weights, True, time_limit_s - (perf_counter() - began))
    if second is None:  # no time left to settle the quarters: not proven
        return Solution(solution.states, False, "time limit before the quarters tier")
    return second[0]


def unavoidable_shortfall(inp: PlanInput) -> list[int]:
    """Per interval, the shortfall of any plan: requirements beyond the people on shift (for a
    channel group, beyond those on shift who can serve it)."""
    names = inp.employees()
    on = [[n for n in names if inp.shifts[n][0] <= t < inp.shifts[n][1]]
          for t in range(inp.horizon)]
    bound = [max(0, r - len(people)) for r, people in zip(inp.required, on)]
    for group, series in (inp.group_required or {}).items():
        bound = [max(b, r - sum(inp.can_serve(n, group) for n in people))
                 for b, r, people in zip(bound, series, on)]
    return bound


def _solve(inp: PlanInput, weights: Weights, quarters: bool, time_limit_s: float
           ) -> tuple[Solution, int] | None:
    """The model with or without the quarters tier; the solution and its red quarters."""
    began = perf_counter()
    prog = Programme()
    kinds = shift_types(inp)
    columns = [add_flow(prog, kind, weights.switch) for kind in kinds]
    contact_at: dict[int, list[int]] = defaultdict(list)
    backoffice_at: dict[int, list[int]] = defaultdict(list)
    arc_cols: list[list[tuple[int, int]]] = []  # per type, its contact arcs (interval, column)
    for kind, cols in zip(kinds, columns):
        arc_cols.append([])
        for arc, col in zip(kind.arcs, cols):
            if arc.role == CONTACT:
                contact_at[arc.interval].append(col)
                arc_cols[-1].append((arc.interval, col))
            elif arc.role == BACKOFFICE:
                backoffice_at[arc.interval].append(col)
    by_interval: dict[frozenset[str], dict[int, list[int]]] = {
        group: defaultdict(list) for group in inp.group_required or {}}
    for kind, cols in zip(kinds, arc_cols):
        for group in by_interval:
            if kind.skills is None or kind.skills & group:
                for t, col in cols:
                    by_interval[group][t].append(col)
    most = _most_required(inp)
    short_cols = []
    for t, required in enumerate(inp.required):
        if inp.shortfall_price is None:
            short = prog.var(upper=most[t], cost=weights.shortfall if quarters else weights.quarter)
        else:  # the k-th missing person costs price[k]: convex, so no binaries are needed
            short = prog.var(upper=most[t])
            price = list(inp.shortfall_price[t]) or [1]
            pieces = [prog.var(upper=1, cost=weights.quarter * max(1, price[min(k, len(price) - 1)]))
                      for k in range(most[t])]
            prog.row([(short, 1.0), *((c, -1.0) for c in pieces)], 0.0, 0.0)
        short_cols.append(short)
        surplus = prog.var(upper=len(inp.employees()), cost=weights.surplus)
        prog.row([*((c, 1.0) for c in contact_at[t]), (short, 1.0), (surplus, -1.0)],
                 required, np.inf)
        prog.row([*((c, 1.0) for c in contact_at[t]), (surplus, -1.0)], -np.inf, required)
        for group, series in (inp.group_required or {}).items():
            if series[t] > 0:
                prog.row([*((c, 1.0) for c in by_interval[group][t]), (short, 1.0)],
                         series[t], np.inf)
        if quarters and most[t] > 0:  # a quarter with any shortfall costs once more
            red = prog.var(upper=1, cost=weights.quarter)
            prog.row([(short, 1.0), (red, -float(most[t]))], -np.inf, 0.0)
    for t, need in enumerate(inp.backoffice_need or []):
        if need > 0:  # need is in staff; a fraction of a person still needs a person
            unmet = prog.var(upper=math.ceil(need), cost=1.0)
            prog.row([*((c, 1.0) for c in backoffice_at[t]), (unmet, 1.0)],
                     math.ceil(need), np.inf)
    every_backoffice = [c for cols in backoffice_at.values() for c in cols]
    if inp.backoffice_target > 0:  # priced in a trade-off point, else the last tier
        unmet = prog.var(upper=inp.backoffice_target,
                         cost=1.0 + weights.quarter * inp.backoffice_reward)
        prog.row([*((c, 1.0) for c in every_backoffice), (unmet, 1.0)],
                 inp.backoffice_target, np.inf)
    if inp.backoffice_reserve > 0:  # a trade-off point: this much back office, come what may
        prog.row([(c, 1.0) for c in every_backoffice], inp.backoffice_reserve, np.inf)
    result = prog.solve(time_limit_s - (perf_counter() - began))
    if result.x is None:
        return None
    states: dict[str, list[Node | None]] = {n: [None] * inp.horizon for n in inp.employees()}
    for kind, cols in zip(kinds, columns):
        flow = [round(result.x[c]) for c in cols]
        for name, path in zip(kind.names, split_flow(kind.arcs, flow, len(kind.names))):
            for node in path:
                states[name][node[1]] = node
    red = sum(1 for c in short_cols if round(result.x[c]) > 0)
    return Solution(states, result.status == 0, result.message), red
