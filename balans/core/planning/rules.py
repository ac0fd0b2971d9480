"""The rules a role plan must keep, and how any plan (proposed or hand-painted) is scored.

A day is split into intervals (15 minutes by default), indexed ``0..T-1``. An employee's shift is
the half-open range ``[start, end)``. Inside it every interval gets one role: ``"contact"``,
``"backoffice"`` or ``"break"``; outside it the role is ``None``.

The rules, shared by the optimiser, the preview heuristic and :func:`evaluate_assignment`:

* **Break.** A shift longer than ``break_after`` intervals (5.5 h) gets exactly one break of
  ``break_len`` intervals (30 min), whose centre lies within ``break_window`` intervals (1 h) of the
  shift's centre, and which leaves at least ``min_block`` working intervals on each side; when the
  window has no such position (odd parameters only), the window position nearest the centre
  that leaves at least one working interval on each side.
* **Segments.** The break cuts the shift into at most two *segments*.
* **Minimum block.** In a segment of at least ``min_block`` intervals, every contact and back-office
  block lasts at least ``min_block`` intervals, including blocks that touch the shift edge or the
  break. A segment shorter than ``min_block`` (a short shift, or a break forced close to an edge)
  is a single block of one role.
* **Switches** (as in the end-of-day summary): consecutive blocks of which one is contact and the
  other back office; a break or the shift edge between them breaks the pair.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from balans.core.vocabulary import Role

# Short names for the planner's loops (the values are the vocabulary's, not a second list).
CONTACT, BACKOFFICE, BREAK = Role.CONTACT, Role.BACKOFFICE, Role.BREAK


@dataclass(frozen=True, slots=True)
class PlanInput:
    """One day to plan. ``shifts`` maps an employee id to ``(start, end)`` interval indices."""

    required: Sequence[int]
    shifts: Mapping[str, tuple[int, int] | None]
    min_block: int = 4
    break_len: int = 2
    break_after: int = 22
    backoffice_need: Sequence[float] | None = None
    break_window: int = 4
    # Skills: the live channels each employee can serve (None, or an employee left out: all).
    skills: Mapping[str, frozenset[str]] | None = None
    # Pooled requirements of channel groups: contact staff able to serve at least one channel of
    # the group, per interval (the group of all channels is ``required`` itself).
    group_required: Mapping[frozenset[str], Sequence[int]] | None = None
    # The day's back-office workload in staff-intervals: a goal below switches ...
    backoffice_target: int = 0
    # ... and a reservation the plan must keep, above contact coverage (a trade-off point).
    backoffice_reserve: int = 0
    # A priced trade-off instead of coverage first: per interval, the cost of the 1st, 2nd, ...
    # missing contact person (rising: each costs more customers than the one before), and what a
    # back-office staff-interval of the day's workload (``backoffice_target``) is worth in the
    # same units; back office beyond the workload is worth nothing.
    shortfall_price: Sequence[Sequence[int]] | None = None
    backoffice_reward: int = 0

    def __post_init__(self) -> None:
        horizon = len(self.required)
        if any(r < 0 for r in self.required):
            raise ValueError("required staff cannot be negative")
        if self.min_block < 1 or self.break_len < 1:
            raise ValueError("min_block and break_len must be at least 1")
        if self.break_after < 0 or self.break_window < 0:
            raise ValueError("break_after and break_window cannot be negative")
        if self.backoffice_need is not None and len(self.backoffice_need) != horizon:
            raise ValueError("backoffice_need must have one value per interval")
        for group, series in (self.group_required or {}).items():
            if len(series) != horizon or any(r < 0 for r in series):
                raise ValueError(f"the requirement of {sorted(group)} needs {horizon} values >= 0")
        if self.shortfall_price is not None and len(self.shortfall_price) != horizon:
            raise ValueError("shortfall_price must have one list per interval")
        if self.backoffice_target < 0 or self.backoffice_reserve < 0:
            raise ValueError("back-office target and reservation cannot be negative")
        for name, shift in self.shifts.items():
            if shift is None:
                continue
            start, end = shift
            if not 0 <= start <= end <= horizon:
                raise ValueError(f"shift of {name!r} {shift} lies outside 0..{horizon}")
            if needs_break(self, start, end) and not break_window_starts(self, start, end):
                raise ValueError(f"shift of {name!r} {shift} is too short to hold its break")

    @property
    def horizon(self) -> int:
        return len(self.required)

    def can_serve(self, name: str, group: frozenset[str]) -> bool:
        """Whether ``name`` counts towards the requirement of the channel group."""
        skills = (self.skills or {}).get(name)
        return skills is None or bool(skills & group)

    def employees(self) -> list[str]:
        """Employees with a non-empty shift, sorted: the fixed order every planner works in."""
        return sorted(n for n, s in self.shifts.items() if s is not None and s[1] > s[0])


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule in a plan: ``kind`` is short-block, break, off-shift or unassigned."""

    employee: str
    start: int
    end: int
    kind: str
    detail: str


@dataclass(frozen=True, slots=True)
class PlanResult:
    """A plan and its score. ``optimal`` means the solver proved the score the best possible."""

    roles: dict[str, list[str | None]]
    planned: list[int]
    shortfall: list[int]
    switches: dict[str, int]
    total_switches: int
    optimal: bool
    seconds: float
    surplus: list[int] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    @property
    def total_shortfall(self) -> int:
        return sum(self.shortfall)

    @property
    def total_surplus(self) -> int:
        return sum(self.surplus)

    @property
    def short_quarters(self) -> int:
        """Intervals with any shortfall: the red cells a planner sees."""
        return sum(1 for s in self.shortfall if s > 0)

    @property
    def backoffice_intervals(self) -> int:
        """Staff-intervals planned as back office."""
        return sum(row.count(BACKOFFICE) for row in self.roles.values())


def needs_break(inp: PlanInput, start: int, end: int) -> bool:
    return end - start > inp.break_after


def break_window_starts(inp: PlanInput, start: int, end: int) -> list[int]:
    """Break starts whose centre is within the window of the shift centre, work on both sides."""
    centre = (start + end) / 2 - inp.break_len / 2
    low = max(math.ceil(centre - inp.break_window), start + 1)
    high = min(math.floor(centre + inp.break_window), end - inp.break_len - 1)
    return list(range(low, high + 1))


def break_starts(inp: PlanInput, start: int, end: int) -> list[int]:
    """The break starts the planners may use: those leaving both segments at least a minimum
    block long; when none does, the single window position closest to the centre."""
    window = break_window_starts(inp, start, end)
    m = inp.min_block
    roomy = [b for b in window if b - start >= m and end - b - inp.break_len >= m]
    if roomy:
        return roomy
    centre = (start + end - inp.break_len) / 2
    return [min(window, key=lambda b: (abs(b - centre), b))]


def blocks_of(roles_row: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """Runs of one role as ``(start, end, role)``, end exclusive; off-shift runs are left out."""
    blocks: list[tuple[int, int, str]] = []
    start = 0
    for t in range(1, len(roles_row) + 1):
        if t == len(roles_row) or roles_row[t] != roles_row[start]:
            if roles_row[start] is not None:
                blocks.append((start, t, roles_row[start]))
            start = t
    return blocks


def count_switches(roles_row: Sequence[str | None]) -> int:
    blocks = blocks_of(roles_row)
    return sum(
        1
        for (_, end, a), (start, _, b) in zip(blocks, blocks[1:])
        if end == start and {a, b} == {CONTACT, BACKOFFICE}
    )


def _row_violations(inp: PlanInput, name: str, row: Sequence[str | None]) -> list[Violation]:
    shift = inp.shifts.get(name)
    start, end = shift if shift is not None else (0, 0)
    found: list[Violation] = []
    for t, role in enumerate(row):
        inside = start <= t < end
        if inside and role not in tuple(Role):
            found.append(Violation(name, t, t + 1, "unassigned", f"role {role!r} inside the shift"))
        elif not inside and role is not None:
            found.append(Violation(name, t, t + 1, "off-shift", f"{role} outside the shift"))
    if found:
        return found
    breaks = [(b, e) for b, e, r in blocks_of(row) if r == BREAK]
    if needs_break(inp, start, end):
        allowed = break_starts(inp, start, end)
        first, last = breaks[0] if breaks else (-1, -1)
        if len(breaks) != 1 or first not in allowed or last - first != inp.break_len:
            found.append(Violation(name, start, end, "break", f"needs one break of "
                                   f"{inp.break_len} starting at {allowed[0]}..{allowed[-1]}"))
    elif breaks:
        found.extend(Violation(name, b, e, "break", "shift too short for a break")
                     for b, e in breaks)
    for b, e, role in blocks_of(row):
        if role == BREAK or e - b >= inp.min_block:
            continue
        seg_start, seg_end = b, e  # the segment: between shift edges and breaks
        while seg_start > start and row[seg_start - 1] != BREAK:
            seg_start -= 1
        while seg_end < end and row[seg_end] != BREAK:
            seg_end += 1
        if (seg_start, seg_end) != (b, e):  # only a whole short segment may be a short block
            found.append(Violation(name, b, e, "short-block",
                                   f"{role} block of {e - b} < {inp.min_block} intervals"))
    return found


def shortfall_of(inp: PlanInput, rows: Mapping[str, Sequence[str | None]],
                 planned: Sequence[int]) -> list[int]:
    """Per interval, the largest gap of any requirement: all contact staff against ``required``,
    and the staff able to serve a channel group against that group's pooled requirement."""
    short = [max(0, r - p) for r, p in zip(inp.required, planned)]
    for group, series in (inp.group_required or {}).items():
        able = [n for n in rows if inp.can_serve(n, group)]
        for t, need in enumerate(series):
            if need > short[t]:
                covered = sum(rows[n][t] == CONTACT for n in able)
                short[t] = max(short[t], need - covered)
    return short


def evaluate_assignment(
    inp: PlanInput, roles: Mapping[str, Sequence[str | None]], *, optimal: bool = False,
    seconds: float = 0.0,
) -> PlanResult:
    """Score any plan: contact per interval, shortfall, surplus, switches and broken rules."""
    horizon = inp.horizon
    names = sorted(set(roles) | set(inp.shifts))
    rows = {n: list(roles.get(n, [None] * horizon)) for n in names}
    planned = [0] * horizon
    violations: list[Violation] = []
    for name, row in rows.items():
        if len(row) != horizon:
            raise ValueError(f"roles of {name!r} have {len(row)} intervals, expected {horizon}")
        for t, role in enumerate(row):
            planned[t] += role == CONTACT
        violations.extend(_row_violations(inp, name, row))
    switches = {n: count_switches(r) for n, r in rows.items()}
    return PlanResult(
        roles=rows,
        planned=planned,
        shortfall=shortfall_of(inp, rows, planned),
        switches=switches,
        total_switches=sum(switches.values()),
        optimal=optimal,
        seconds=seconds,
        surplus=[max(0, p - r) for r, p in zip(inp.required, planned)],
        violations=violations,
    )
