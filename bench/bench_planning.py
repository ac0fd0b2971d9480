"""Benchmark of the role-plan optimiser against the greedy preview and OR-Tools CP-SAT.

Run from the repository root:  python bench/bench_planning.py [--cpsat-seconds 10] [--no-cpsat]
CP-SAT is optional (``pip install ortools``); it is not a dependency of Balans.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from time import perf_counter

from balans.core.planning import PlanInput, PlanResult, evaluate_assignment, preview_plan, propose_plan
from balans.core.planning_model import weights_for
from balans.core.planning_rules import (
    BACKOFFICE, BREAK, CONTACT, break_starts, needs_break,
)

SHIFT_LENGTHS = {32: ((16, 0.2), (24, 0.3), (32, 0.5)), 48: ((16, 0.2), (24, 0.25), (32, 0.45), (36, 0.1))}


def demand_shape(t: int) -> float:
    """Morning peak after opening, lunch dip, smaller afternoon peak; day starts at 08:00."""
    hour = 8 + (t + 0.5) / 4
    return (0.2 + math.exp(-((hour - 10.25) / 1.3) ** 2)
            + 0.7 * math.exp(-((hour - 14.25) / 1.4) ** 2))


def make_instance(employees: int, horizon: int, tight: bool, seed: int) -> PlanInput:
    """Shifts starting on the half hour, more of them in the morning; demand scaled to the staff
    on shift: about 70% of them at the peak (normal) or all of them (tight)."""
    rng = random.Random(seed * 1000 + employees * 10 + horizon + tight)
    lengths, weights = zip(*SHIFT_LENGTHS[horizon])
    shifts: dict[str, tuple[int, int]] = {}
    for i in range(employees):
        length = rng.choices(lengths, weights)[0]
        slots = list(range(0, horizon - length + 1, 2))
        start = rng.choices(slots, [1.0 / (1 + 0.15 * k) for k in range(len(slots))])[0]
        shifts[f"e{i:03d}"] = (start, start + length)
    on_shift = [sum(s <= t < e for s, e in shifts.values()) for t in range(horizon)]
    peak = max(demand_shape(t) for t in range(horizon))
    alpha = 1.0 if tight else 0.7
    required = [max(1, round(alpha * on_shift[t] * demand_shape(t) / peak)) for t in range(horizon)]
    return PlanInput(required=required, shifts=shifts)


def cpsat_plan(inp: PlanInput, seconds: float) -> tuple[dict[str, list[str | None]], bool, float]:
    """The same rules as a per-slot CP-SAT model: a Boolean per employee, interval and role."""
    from ortools.sat.python import cp_model

    began = perf_counter()
    model = cp_model.CpModel()
    m, bl = inp.min_block, inp.break_len
    roles_of: dict[str, dict[int, dict[str, object]]] = {}
    starts_all = []
    for name in inp.employees():
        start, end = inp.shifts[name]
        x = {t: {r: model.new_bool_var(f"{name}_{t}_{r}") for r in (CONTACT, BACKOFFICE, BREAK)}
             for t in range(start, end)}
        roles_of[name] = x
        segments = [(start, end)]
        if needs_break(inp, start, end):
            allowed = break_starts(inp, start, end)
            y = {b: model.new_bool_var(f"{name}_brk{b}") for b in allowed}
            model.add_exactly_one(y.values())
            for t in range(start, end):
                model.add(x[t][BREAK] == sum(y[b] for b in allowed if b <= t < b + bl))
            if len(allowed) == 1:
                segments = [(start, allowed[0]), (allowed[0] + bl, end)]
        else:
            for t in range(start, end):
                model.add(x[t][BREAK] == 0)
        for t in range(start, end):
            model.add_exactly_one(x[t].values())
        for role in (CONTACT, BACKOFFICE):
            for t in range(start, end):
                begin = model.new_bool_var(f"{name}_{t}_{role}_start")
                starts_all.append(begin)
                if t > start:
                    model.add_bool_or([x[t][role].Not(), x[t - 1][role], begin])
                else:
                    model.add_implication(x[t][role], begin)
                for a, z in segments:
                    if not a <= t < z:
                        continue
                    if z - a < m:
                        if t > a:
                            model.add(x[t][role] == x[a][role])
                            model.add(begin == 0)
                    elif t > z - m:
                        model.add(begin == 0)
                    else:
                        for tau in range(t, t + m):
                            model.add_implication(begin, x[tau][role])
    w = weights_for(inp)
    objective = []
    for t, required in enumerate(inp.required):
        planned = sum(x[t][CONTACT] for x in roles_of.values() if t in x)
        short = model.new_int_var(0, required, f"short{t}")
        over = model.new_int_var(0, len(roles_of), f"over{t}")
        model.add(planned + short - over == required)
        objective += [int(w.shortfall) * short, int(w.surplus) * over]
    model.minimize(sum(objective) + sum(starts_all))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.random_seed = 1
    status = solver.solve(model)
    roles: dict[str, list[str | None]] = {n: [None] * inp.horizon for n in inp.shifts}
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for name, x in roles_of.items():
            for t, by_role in x.items():
                roles[name][t] = next(r for r, v in by_role.items() if solver.value(v))
    return roles, status == cp_model.OPTIMAL, perf_counter() - began


def row(label: str, result: PlanResult) -> str:
    ok = "yes" if result.optimal else "no"
    bad = f" VIOLATIONS={len(result.violations)}" if result.violations else ""
    return (f"{label:8s} shortfall={result.total_shortfall:4d} surplus={result.total_surplus:4d} "
            f"switches={result.total_switches:4d} optimal={ok:3s} seconds={result.seconds:7.3f}{bad}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpsat-seconds", type=float, default=10.0)
    parser.add_argument("--milp-seconds", type=float, default=30.0)
    parser.add_argument("--no-cpsat", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    use_cpsat = not args.no_cpsat
    if use_cpsat:
        try:
            import ortools  # noqa: F401
        except ImportError:
            print("ortools is not installed: CP-SAT column skipped", file=sys.stderr)
            use_cpsat = False
    for employees in (10, 30, 100):
        for horizon in (32, 48):
            for tight in (False, True):
                inp = make_instance(employees, horizon, tight, args.seed)
                print(f"\n{employees} employees x {horizon} intervals, {'tight' if tight else 'normal'} demand "
                      f"(required {sum(inp.required)} staff-intervals)", flush=True)
                print(row("milp", propose_plan(inp, time_limit_s=args.milp_seconds)), flush=True)
                print(row("greedy", preview_plan(inp)), flush=True)
                if use_cpsat:
                    roles, optimal, seconds = cpsat_plan(inp, args.cpsat_seconds)
                    print(row("cp-sat", evaluate_assignment(inp, roles, optimal=optimal, seconds=seconds)),
                          flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
