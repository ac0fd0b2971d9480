"""Role plans for a day: propose an optimal one, preview a quick one, or score a hand-made one.

Pure functions on plain data: no database, no Qt. The parts:

* :mod:`~balans.core.planning.rules` — the input, the result, the rules, and the scorer;
* :mod:`~balans.core.planning.network` — every valid day of a shift as a path in a state network;
* :mod:`~balans.core.planning.optimiser` — the optimiser, a network-flow MILP solved by HiGHS;
* :mod:`~balans.core.planning.fairness` — evening out contact time without changing the score;
* :mod:`~balans.core.planning.greedy` — the quick preview.
"""
from __future__ import annotations

from time import perf_counter

from balans.core.planning.fairness import even_out
from balans.core.planning.greedy import greedy_roles
from balans.core.planning.optimiser import solve
from balans.core.planning.network import roles_of_states
from balans.core.planning.rules import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, PlanResult, Violation, blocks_of, count_switches,
    evaluate_assignment,
)

__all__ = [
    "BACKOFFICE", "BREAK", "CONTACT", "PlanInput", "PlanResult", "Violation", "blocks_of",
    "count_switches", "evaluate_assignment", "preview_plan", "propose_plan", "score",
]


def score(result: PlanResult, reserve: int = 0) -> tuple[int, ...]:
    """What the optimiser minimises, most important first: back office missing from a
    reservation, contact shortfall, quarter-hours short, surplus, switches."""
    return (max(0, reserve - result.backoffice_intervals), result.total_shortfall,
            result.short_quarters, result.total_surplus, result.total_switches)


def preview_plan(inp: PlanInput) -> PlanResult:
    """A plan that keeps every rule, in tens of milliseconds for a hundred employees; usually as
    little shortfall as the optimum, with more switches and some more surplus."""
    began = perf_counter()
    roles = greedy_roles(inp)
    return evaluate_assignment(inp, roles, seconds=perf_counter() - began)


def propose_plan(inp: PlanInput, time_limit_s: float = 10.0) -> PlanResult:
    """The best plan the solver finds within the time limit; ``optimal`` when it proved that no
    plan has less shortfall, then fewer quarter-hours short, then less surplus, then fewer
    switches, then less unmet back-office work. Contact time is then evened out. Never worse
    than the preview."""
    began = perf_counter()
    best: PlanResult | None = None
    proven = False
    solution = solve(inp, time_limit_s)
    reserve = inp.backoffice_reserve
    if solution is not None:
        solved = evaluate_assignment(inp, roles_of_states(solution.states))
        classes = {n: (inp.skills or {}).get(n) for n in inp.employees()}
        even = evaluate_assignment(inp, roles_of_states(even_out(solution.states, classes)))
        if not even.violations and score(even, reserve) == score(solved, reserve):  # a guard
            solved = even
        if not solved.violations:
            best, proven = solved, solution.proven
    # The preview is the fallback, and the yardstick of a plan not proven optimal (a proven
    # one cannot be beaten by it; a priced trade-off plan has another objective).
    if best is None or not (proven or inp.shortfall_price is not None):
        preview = evaluate_assignment(inp, greedy_roles(inp))
        if best is None or score(preview, reserve) < score(best, reserve):
            best, proven = preview, False
    return evaluate_assignment(inp, best.roles, optimal=proven, seconds=perf_counter() - began)
