"""Benchmark of the role-plan optimiser against the greedy baselines and OR-Tools CP-SAT.

Run from the repository root:  python bench/bench_planning.py [--no-cpsat] [--need 0.8]
Prints a Markdown table (docs/bench-planning.md). CP-SAT is optional (``pip install ortools``);
it is not a dependency of Balans.
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import random
import sys
from dataclasses import replace
from time import perf_counter
from typing import Callable

from balans.core.planning.plans import (
    PlanInput, PlanResult, evaluate_assignment, preview_plan, propose_plan,
)
from balans.core.planning.greedy import sweep_roles
from balans.core.planning.optimiser import unavoidable_shortfall, weights_for
from balans.core.planning.rules import (
    BACKOFFICE, BREAK, CONTACT, break_starts, needs_break,
)

# (intervals, weight): 4 h, 6 h, 8 h and 9 h shifts
SHIFT_LENGTHS = {32: ((16, 0.2), (24, 0.3), (32, 0.5)),
                 48: ((16, 0.2), (24, 0.25), (32, 0.45), (36, 0.1))}


def demand_shape(t: int) -> float:
    """Morning peak after opening, lunch dip, smaller afternoon peak; day starts at 08:00."""
    hour = 8 + (t + 0.5) / 4
    return (0.2 + math.exp(-((hour - 10.25) / 1.3) ** 2)
            + 0.7 * math.exp(-((hour - 14.25) / 1.4) ** 2))


def make_instance(employees: int, horizon: int, tight: bool, seed: int) -> PlanInput:
    """Shifts starting on the half hour, more of them in the morning; demand scaled to the staff
    on shift: about 70% of them at the peak (normal) or all of them (tight)."""
    rng = random.Random(seed * 1000 + employees * 10 + horizon)  # one roster, two demands
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
    required = [max(1, round(alpha * on_shift[t] * demand_shape(t) / peak))
                for t in range(horizon)]
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
    model.minimize(sum(objective) + int(w.switch) * sum(starts_all))
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


def timed(plan: Callable[[], PlanResult], repeat: int) -> PlanResult:
    """The result of ``plan`` (deterministic) with the best wall time of ``repeat`` runs."""
    results = [plan() for _ in range(repeat)]
    return replace(results[0], seconds=min(r.seconds for r in results))


def line(instance: str, method: str, result: PlanResult) -> str:
    bad = f" ({len(result.violations)} broken rules!)" if result.violations else ""
    return (f"| {instance} | {method} | {result.total_shortfall} ({result.short_quarters}) | {result.total_surplus} | "
            f"{result.total_switches} | {'yes' if result.optimal else 'no'} | "
            f"{result.seconds:.3f}{bad} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpsat-seconds", type=float, default=10.0)
    parser.add_argument("--milp-seconds", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=3, help="best wall time of this many runs")
    parser.add_argument("--no-cpsat", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default="10x32,10x48,30x32,30x48,100x32,100x48",
                        help="instances to run, e.g. 30x48,100x48")
    parser.add_argument("--skills", action="store_true",
                        help="give employees skills (phone; phone and counter; phone and chat) "
                             "and plan counter and chat as channel groups")
    parser.add_argument("--need", type=float, default=0.0,
                        help="back-office need per interval, in staff (as `balans plan` passes)")
    args = parser.parse_args(argv)
    use_cpsat = not args.no_cpsat and importlib.util.find_spec("ortools") is not None
    if not args.no_cpsat and not use_cpsat:
        print("ortools is not installed: the CP-SAT rows are skipped", file=sys.stderr)
    print("| instance | method | shortfall (quarters) | surplus | switches | optimal | seconds |")
    print("|---|---|---:|---:|---:|---|---:|")
    sizes = [tuple(int(x) for x in size.split("x")) for size in args.sizes.split(",")]
    for employees, horizon in sizes:
            for tight in (False, True):
                inp = make_instance(employees, horizon, tight, args.seed)
                if args.skills:
                    inp = with_skills(inp, args.seed)
                if args.need:
                    inp = replace(inp, backoffice_need=[args.need] * horizon)
                bound = sum(unavoidable_shortfall(inp))
                name = (f"{employees}x{horizon} {'tight' if tight else 'normal'} "
                        f"({len(set(inp.shifts.values()))} shifts, req {sum(inp.required)}, "
                        f"bound {bound})")
                print(line(name, "milp", timed(
                    lambda: propose_plan(inp, time_limit_s=args.milp_seconds), args.repeat)))
                print(line(name, "sweep", timed(lambda: _sweep(inp), args.repeat)))
                print(line(name, "preview", timed(lambda: preview_plan(inp), args.repeat)))
                if use_cpsat:
                    roles, optimal, seconds = cpsat_plan(inp, args.cpsat_seconds)
                    print(line(name, "cp-sat", evaluate_assignment(inp, roles, optimal=optimal,
                                                                   seconds=seconds)))
                sys.stdout.flush()
    return 0


def with_skills(inp: PlanInput, seed: int) -> PlanInput:
    """Half the employees serve the phone only, a quarter also the counter, a quarter also chat;
    the counter needs about a fifth of the contact staff and chat a tenth (at least one while
    open), as channel groups the optimiser covers with people who have the skill."""
    rng = random.Random(seed)
    kinds = (frozenset({"phone"}), frozenset({"phone", "counter"}), frozenset({"phone", "chat"}))
    skills = {n: rng.choices(kinds, (0.5, 0.25, 0.25))[0] for n in sorted(inp.shifts)}
    counter = [max(1, round(0.2 * r)) if r else 0 for r in inp.required]
    chat = [max(1, round(0.1 * r)) if r else 0 for r in inp.required]
    return replace(inp, skills=skills, group_required={frozenset({"counter"}): counter,
                                                       frozenset({"chat"}): chat})


def _sweep(inp: PlanInput) -> PlanResult:
    began = perf_counter()
    roles = sweep_roles(inp)
    return evaluate_assignment(inp, roles, seconds=perf_counter() - began)


if __name__ == "__main__":
    raise SystemExit(main())
