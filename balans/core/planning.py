"""Role plans for a day: propose an optimal one, preview a quick one, or score a hand-made one.

The rules a plan keeps are in :mod:`balans.core.planning_rules`, the optimiser in
:mod:`balans.core.planning_model`, the quick heuristic in :mod:`balans.core.planning_greedy`.
Pure functions on plain data: no database, no Qt.
"""
from __future__ import annotations

from time import perf_counter

from balans.core.planning_greedy import greedy_roles
from balans.core.planning_model import solve, weighted_score
from balans.core.planning_rules import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, PlanResult, Violation, blocks_of, count_switches,
    evaluate_assignment,
)

__all__ = [
    "BACKOFFICE", "BREAK", "CONTACT", "PlanInput", "PlanResult", "Violation", "blocks_of",
    "count_switches", "evaluate_assignment", "preview_plan", "propose_plan", "score",
]


def score(result: PlanResult) -> tuple[int, int, int]:
    """What the optimiser minimises, most important first: shortfall, surplus, switches."""
    return result.total_shortfall, result.total_surplus, result.total_switches


def preview_plan(inp: PlanInput) -> PlanResult:
    """A plan in milliseconds that keeps every rule, usually with a few more switches."""
    began = perf_counter()
    roles = greedy_roles(inp)
    return evaluate_assignment(inp, roles, seconds=perf_counter() - began)


def propose_plan(inp: PlanInput, time_limit_s: float = 10.0) -> PlanResult:
    """The best plan the solver finds within the time limit; ``optimal`` when it proved that no
    plan has less shortfall, then less surplus, then fewer switches. Never worse than the preview."""
    began = perf_counter()
    preview = evaluate_assignment(inp, greedy_roles(inp))
    bound = weighted_score(inp, *score(preview))
    solution = solve(inp, time_limit_s - (perf_counter() - began), bound)
    roles = preview.roles
    proven = False
    if solution is not None:
        candidate = evaluate_assignment(inp, solution.roles)
        if score(candidate) <= score(preview):
            roles, proven = candidate.roles, solution.proven
    return evaluate_assignment(inp, roles, optimal=proven, seconds=perf_counter() - began)
