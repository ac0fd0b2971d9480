"""A fast greedy plan (milliseconds) for interactive editing, and the optimiser's first incumbent.

1. Breaks go, shift by shift, where the most people are left over after the requirement.
2. One sweep over the intervals. An employee may change role only when their block has reached
   the minimum length and a new minimum block still fits before the segment ends; everyone else
   is locked. Contact is then filled up to the requirement, preferring, in order: people already
   in contact (no switch), people starting a segment (no switch), people in back office with the
   least contact so far (a switch). Whoever is left over goes to (or stays in) back office.
"""
from __future__ import annotations

from balans.core.planning_rules import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, break_starts, needs_break,
)


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


def greedy_roles(inp: PlanInput) -> dict[str, list[str | None]]:
    horizon, m = inp.horizon, inp.min_block
    roles: dict[str, list[str | None]] = {n: [None] * horizon for n in inp.shifts}
    _place_breaks(inp, roles)
    names = inp.employees()
    segment_end: dict[str, list[int]] = {}
    for name in names:
        start, end = inp.shifts[name]
        row, ends, edge = roles[name], [0] * horizon, end
        for t in range(end - 1, start - 1, -1):
            if row[t] == BREAK:
                edge = t
            ends[t] = edge
        segment_end[name] = ends
    run = dict.fromkeys(names, 0)
    contact_so_far = dict.fromkeys(names, 0)
    for t in range(horizon):
        locked_contact = 0
        staying: list[str] = []  # in contact and free to leave
        starting: list[str] = []  # beginning a segment: either role without a switch
        waiting: list[str] = []  # in back office and free to leave
        for name in names:
            start, end = inp.shifts[name]
            row = roles[name]
            if not start <= t < end or row[t] == BREAK:
                continue
            if t == start or row[t - 1] == BREAK:
                starting.append(name)
                continue
            current = row[t - 1]
            if run[name] >= m and segment_end[name][t] - t >= m:
                (staying if current == CONTACT else waiting).append(name)
            else:
                row[t] = current
                locked_contact += current == CONTACT
        free = len(staying) + len(starting) + len(waiting)
        wanted = min(max(inp.required[t] - locked_contact, 0), free)
        by_share = lambda n: (contact_so_far[n], n)  # noqa: E731 - a sort key
        order = (sorted(staying, key=by_share) + sorted(starting, key=by_share)
                 + sorted(waiting, key=by_share))
        chosen = set(order[:wanted])
        for name in order:
            roles[name][t] = CONTACT if name in chosen else BACKOFFICE
        for name in names:
            role = roles[name][t]
            if role in (CONTACT, BACKOFFICE):
                run[name] = run[name] + 1 if t > 0 and roles[name][t - 1] == role else 1
                contact_so_far[name] += role == CONTACT
    return roles
