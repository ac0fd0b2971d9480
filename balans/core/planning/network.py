"""Every valid day of one shift as a path through a small state network, and back again.

A *state* says what an employee does in one interval: ``("W", t, phase, role, run)`` works
``role`` in interval ``t``, ``phase`` 0 before the break and 1 after it, ``run`` the length of the
current block so far, capped at ``min_block``; ``("K", t, j)`` is the ``j``-th interval of the
break. Arcs join the states of consecutive intervals:

* keep the role (run + 1); switch role (a *switch arc*) only once the run has reached
  ``min_block``;
* leave a segment (into the break, or to the end of the shift) only with a complete block: a run
  of ``min_block``, or the whole segment when it is shorter than that;
* enter the break only at the allowed break starts; after it, start afresh in either role.

Every source-to-sink path is a plan for the shift that keeps the rules of
:mod:`balans.core.planning.rules`, and every such plan is a path. Employees with the same shift
share one network carrying an integer flow of their number, which removes their symmetry from
the search; :func:`split_flow` turns that flow back into one path per employee, with contact time
as even as the flow allows.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from balans.core.planning.milp import Programme
from balans.core.planning.rules import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, break_starts, needs_break,
)

Node = tuple
SOURCE: Node = ("S",)
SINK: Node = ("Z",)


@dataclass(frozen=True, slots=True)
class Arc:
    tail: Node
    head: Node
    switch: bool = False

    @property
    def interval(self) -> int | None:
        """The interval the arc enters (None for the arc into the sink)."""
        return self.head[1] if self.head[0] in ("W", "K") else None

    @property
    def role(self) -> str | None:
        if self.head[0] == "K":
            return BREAK
        return self.head[3] if self.head[0] == "W" else None


def shift_network(inp: PlanInput, start: int, end: int) -> list[Arc]:
    """The arcs of the network of the shift ``[start, end)``, in a fixed order."""
    m, bl = inp.min_block, inp.break_len
    allowed = break_starts(inp, start, end) if needs_break(inp, start, end) else []
    if len(allowed) == 1:  # a fixed break: segment lengths are known, and may be short
        segments = [allowed[0] - start, end - allowed[0] - bl]
    elif allowed:  # a movable break always leaves two segments of at least min_block
        segments = [m, m]
    else:
        segments = [end - start]
    last_phase = len(segments) - 1
    phase_span = [(start, max(allowed, default=end)), (min(allowed, default=end) + bl, end)]
    arcs: list[Arc] = [Arc(SOURCE, ("W", start, 0, role, 1)) for role in (CONTACT, BACKOFFICE)]
    for t in range(start, end):
        for phase in range(last_phase + 1):
            low, high = phase_span[phase]
            if not low <= t < high:
                continue
            complete = min(m, segments[phase])
            for role, other in ((CONTACT, BACKOFFICE), (BACKOFFICE, CONTACT)):
                for run in range(1, complete + 1):
                    here = ("W", t, phase, role, run)
                    if t + 1 < high:
                        arcs.append(Arc(here, ("W", t + 1, phase, role, min(run + 1, m))))
                        if run == m:
                            arcs.append(Arc(here, ("W", t + 1, phase, other, 1), switch=True))
                    if run == complete and phase < last_phase and t + 1 in allowed:
                        arcs.append(Arc(here, ("K", t + 1, 1)))
                    if run == complete and phase == last_phase and t + 1 == end:
                        arcs.append(Arc(here, SINK))
    for t, j in sorted({(b + j, j + 1) for b in allowed for j in range(bl)}):
        if j < bl:
            arcs.append(Arc(("K", t, j), ("K", t + 1, j + 1)))
        else:
            arcs.extend(Arc(("K", t, j), ("W", t + 1, 1, role, 1))
                        for role in (CONTACT, BACKOFFICE))
    return arcs


@dataclass
class ShiftType:
    """The employees sharing one shift, and the network of that shift."""

    start: int
    end: int
    names: list[str]
    arcs: list[Arc]
    working: int  # intervals one of them works: the shift without its break
    skills: frozenset[str] | None = None  # the channels they serve (None: all)


def shift_types(inp: PlanInput) -> list[ShiftType]:
    """Employees grouped by shift and, when skills matter, by the channels they serve. Types with
    the same shift share one network (the arcs list), which is the costly part to build."""
    groups: dict[tuple[tuple[int, int], tuple[str, ...] | None], list[str]] = defaultdict(list)
    for name in inp.employees():
        skills = (inp.skills or {}).get(name) if inp.group_required else None
        groups[inp.shifts[name], None if skills is None else tuple(sorted(skills))].append(name)
    networks: dict[tuple[int, int], list[Arc]] = {}
    kinds = []
    for ((start, end), skills), names in sorted(groups.items(), key=lambda g: (g[0][0], str(g[0][1]))):
        arcs = networks.setdefault((start, end), shift_network(inp, start, end))
        kinds.append(ShiftType(start, end, names, arcs,
                               end - start - (inp.break_len if needs_break(inp, start, end) else 0),
                               None if skills is None else frozenset(skills)))
    return kinds


def add_flow(prog: Programme, kind: ShiftType, switch_cost: float) -> list[int]:
    """Columns for the arcs of ``kind``, carrying one unit of flow per employee."""
    into: dict[Node, list[int]] = defaultdict(list)
    out: dict[Node, list[int]] = defaultdict(list)
    count = len(kind.names)
    columns = []
    for arc in kind.arcs:
        col = prog.var(upper=count, cost=switch_cost if arc.switch else 0.0)
        columns.append(col)
        into[arc.head].append(col)
        out[arc.tail].append(col)
    prog.row([(c, 1.0) for c in out[SOURCE]], count, count)
    prog.row([(c, 1.0) for c in into[SINK]], count, count)
    for node in dict.fromkeys([*into, *out]):  # every node, in a fixed order
        if node not in (SOURCE, SINK):
            prog.row([*((c, 1.0) for c in into[node]), *((c, -1.0) for c in out[node])], 0.0, 0.0)
    return columns


def split_flow(arcs: list[Arc], flow: list[int], count: int) -> list[list[Node]]:
    """Decompose an integer flow of ``count`` units into paths (lists of states, one per
    interval), then even out contact time by swapping the tails of paths that meet in a state."""
    leaving: dict[Node, list[int]] = defaultdict(list)
    for index, arc in enumerate(arcs):
        leaving[arc.tail].append(index)
    left = list(flow)
    paths: list[list[Node]] = []
    for _ in range(count):
        node, path = SOURCE, []
        while node != SINK:
            index = next(i for i in leaving[node] if left[i] > 0)
            left[index] -= 1
            node = arcs[index].head
            if node != SINK:
                path.append(node)
        paths.append(path)
    _balance(paths)
    return sorted(paths, key=lambda p: [str(n) for n in p])


def _contact(path: list[Node]) -> list[int]:
    """Contact intervals in ``path[: i + 1]``, for every ``i``."""
    total, sums = 0, []
    for node in path:
        total += node[0] == "W" and node[3] == CONTACT
        sums.append(total)
    return sums


def _balance(paths: list[list[Node]]) -> None:
    """Swap tails where two paths share a state and the swap narrows their contact gap; each swap
    lowers the sum of squared contact totals, so this ends."""
    improved = True
    while improved:
        improved = False
        for i in range(len(paths)):
            for j in range(i + 1, len(paths)):
                p, q = paths[i], paths[j]
                cp, cq = _contact(p), _contact(q)
                best, cut = abs(cp[-1] - cq[-1]), None
                for k in range(len(p) - 1):
                    if p[k] == q[k]:
                        gap = abs((cp[k] + cq[-1] - cq[k]) - (cq[k] + cp[-1] - cp[k]))
                        if gap < best:
                            best, cut = gap, k
                if cut is not None:
                    paths[i], paths[j] = p[: cut + 1] + q[cut + 1:], q[: cut + 1] + p[cut + 1:]
                    improved = True


def roles_of_states(states: Mapping[str, list[Node | None]]) -> dict[str, list[str | None]]:
    """The role of every state: what the plan shows."""
    return {name: [None if n is None else BREAK if n[0] == "K" else n[3] for n in row]
            for name, row in states.items()}
