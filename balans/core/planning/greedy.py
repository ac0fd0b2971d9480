"""A fast plan (tens of milliseconds) for interactive editing, in two steps.

1. **Sweep.** Breaks go, shift by shift, where the most people are left over after the
   requirement. Then one pass over the intervals: an employee may change role only when their
   block has reached the minimum length and a new minimum block still fits before the segment
   ends. Contact is filled up to the requirement preferring people already in contact, then
   people starting a segment (neither is a switch), then people in back office with the least
   contact so far.
2. **Best response.** Each employee in turn, longest shift first, is re-planned given everybody
   else. Their effect on the score is then separable per interval (contact where the others leave
   a shortfall gains, contact where they cover the requirement costs surplus, a switch costs
   one), so their best day is a longest path through their state network
   (:mod:`balans.core.planning.network`), found by dynamic programming. This never makes the
   weighted score worse, and in practice removes nearly all the sweep's shortfall.

Every plan it returns keeps the rules by construction.
"""
from __future__ import annotations

from balans.core.planning.network import SINK, SOURCE, Arc, Node, shift_network
from balans.core.planning.rules import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, break_starts, needs_break,
)

# Per-interval gains for the best response: lexicographic in practice, like the optimiser.
COVER, SURPLUS, SWITCH, NEED = 1_000_000.0, 1_000.0, 1.0, 0.001


def greedy_roles(inp: PlanInput) -> dict[str, list[str | None]]:
    roles = sweep_roles(inp)
    planned = [sum(roles[n][t] == CONTACT for n in roles) for t in range(inp.horizon)]
    backoffice = [sum(roles[n][t] == BACKOFFICE for n in roles) for t in range(inp.horizon)]
    need = list(inp.backoffice_need or [0.0] * inp.horizon)
    networks: dict[tuple[int, int], list[Arc]] = {}
    for name in _longest_first(inp):
        row = roles[name]
        for t, role in enumerate(row):
            planned[t] -= role == CONTACT
            backoffice[t] -= role == BACKOFFICE
        shift = inp.shifts[name]
        if shift not in networks:
            networks[shift] = _topological(shift_network(inp, *shift))
        gain_contact = [COVER if p < r else -SURPLUS for p, r in zip(planned, inp.required)]
        gain_backoffice = [NEED if b < n else 0.0 for b, n in zip(backoffice, need)]
        for node in _best_path(networks[shift], gain_contact, gain_backoffice):
            t = node[1]
            row[t] = BREAK if node[0] == "K" else node[3]
            planned[t] += row[t] == CONTACT
            backoffice[t] += row[t] == BACKOFFICE
    return roles


def _longest_first(inp: PlanInput) -> list[str]:
    def key(name: str) -> tuple[int, tuple[int, int], str]:
        start, end = inp.shifts[name]
        return start - end, (start, end), name
    return sorted(inp.employees(), key=key)


def _topological(arcs: list[Arc]) -> list[Arc]:
    """Every arc moves one interval forward, so ordering by the tail's interval is topological."""
    def when(node: Node) -> float:
        return -1 if node == SOURCE else float("inf") if node == SINK else node[1]
    return sorted(arcs, key=lambda a: when(a.tail))


def _best_path(arcs: list[Arc], gain_contact: list[float], gain_backoffice: list[float]
               ) -> list[Node]:
    best: dict[Node, float] = {SOURCE: 0.0}
    came_from: dict[Node, Arc] = {}
    for arc in arcs:  # ties keep the first arc, so the result is fixed
        if arc.tail not in best:
            continue
        value = best[arc.tail] - (SWITCH if arc.switch else 0.0)
        if arc.role == CONTACT:
            value += gain_contact[arc.head[1]]
        elif arc.role == BACKOFFICE:
            value += gain_backoffice[arc.head[1]]
        if value > best.get(arc.head, float("-inf")):
            best[arc.head] = value
            came_from[arc.head] = arc
    path: list[Node] = []
    node = came_from[SINK].tail
    while node != SOURCE:
        path.append(node)
        node = came_from[node].tail
    return path[::-1]


def _place_breaks(inp: PlanInput, roles: dict[str, list[str | None]]) -> None:
    available = [0] * inp.horizon
    for name in inp.employees():
        start, end = inp.shifts[name]
        for t in range(start, end):
            available[t] += 1
    for name in sorted(inp.employees(), key=lambda n: (*inp.shifts[n], n)):
        start, end = inp.shifts[name]
        if not needs_break(inp, start, end):
            continue
        centre = (start + end - inp.break_len) / 2

        def cost(b: int) -> tuple[int, int, float, int]:
            span = range(b, b + inp.break_len)
            short = sum(max(0, inp.required[t] - available[t] + 1) for t in span)
            return short, -sum(available[t] - inp.required[t] for t in span), abs(b - centre), b

        b = min(break_starts(inp, start, end), key=cost)
        for t in range(b, b + inp.break_len):
            roles[name][t] = BREAK
            available[t] -= 1


def sweep_roles(inp: PlanInput) -> dict[str, list[str | None]]:
    """Step 1 alone: the interval sweep (the benchmark's simplest baseline)."""
    m = inp.min_block
    roles: dict[str, list[str | None]] = {n: [None] * inp.horizon for n in inp.shifts}
    _place_breaks(inp, roles)
    names = inp.employees()
    segment_end: dict[str, list[int]] = {}
    for name in names:
        start, end = inp.shifts[name]
        ends, edge = [0] * inp.horizon, end
        for t in range(end - 1, start - 1, -1):
            if roles[name][t] == BREAK:
                edge = t
            ends[t] = edge
        segment_end[name] = ends
    run = dict.fromkeys(names, 0)
    contact_so_far = dict.fromkeys(names, 0)
    for t in range(inp.horizon):
        locked_contact = 0
        staying: list[str] = []  # in contact, free to leave
        starting: list[str] = []  # starting a segment: either role without a switch
        waiting: list[str] = []  # in back office, free to leave
        for name in names:
            start, end = inp.shifts[name]
            row = roles[name]
            if not start <= t < end or row[t] == BREAK:
                continue
            if t == start or row[t - 1] == BREAK:
                starting.append(name)
            elif run[name] >= m and segment_end[name][t] - t >= m:
                (staying if row[t - 1] == CONTACT else waiting).append(name)
            else:
                row[t] = row[t - 1]
                locked_contact += row[t] == CONTACT
        wanted = max(inp.required[t] - locked_contact, 0)
        order = [n for group in (staying, starting, waiting)
                 for n in sorted(group, key=lambda n: (contact_so_far[n], n))]
        for rank, name in enumerate(order):
            roles[name][t] = CONTACT if rank < wanted else BACKOFFICE
        for name in names:
            role = roles[name][t]
            if role in (CONTACT, BACKOFFICE):
                run[name] = run[name] + 1 if t > 0 and roles[name][t - 1] == role else 1
                contact_so_far[name] += role == CONTACT
    return roles
