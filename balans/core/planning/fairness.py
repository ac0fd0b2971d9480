"""Even out contact time between employees without touching anything the optimiser counted.

When two employees are in the same state (same interval, role, run length and side of the break;
see :mod:`balans.core.planning.network`), or both start their shift, at two moments, exchanging
what they do in between gives two plans that still keep every rule, with the same contact count
per interval and the same total of switches. Across different shifts both moments must lie on
the same side of the break, so that each keeps a break their own shift allows.

Exchanges are applied greedily, the most over-served employee first, each the best one for that
employee, while they lower the sum of squared deviations from the proportional share of contact
(``contact - mean share * working intervals``). A local optimum, not a proven one.
"""
from __future__ import annotations

import numpy as np

from balans.core.planning.network import Node
from balans.core.planning.rules import CONTACT

MAX_EXCHANGES = 1000


def even_out(states: dict[str, list[Node | None]], classes: dict[str, object] | None = None
             ) -> dict[str, list[Node | None]]:
    """``states`` gives each employee's state per interval (None off shift); returns new lists.
    Only employees of the same class (the same skills, when channel groups are planned) exchange,
    so every group's coverage stays as it was."""
    names = sorted(states)
    rows: list[list[Node | None]] = [[None, *states[n]] for n in names]  # column p is interval p-1
    if len(rows) < 2:
        return {n: row[1:] for n, row in zip(names, rows)}
    columns = len(rows[0])
    codes: dict[object, int] = {}
    code = np.full((len(rows), columns), -1, dtype=np.int64)
    contact = np.zeros((len(rows), columns), dtype=np.int64)
    side = np.zeros((len(rows), columns), dtype=np.int64)
    shift_of: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        on = [p for p, node in enumerate(row) if node is not None]
        shift_of.append((on[0], on[-1]) if on else (0, 0))
        for p, node in enumerate(row):
            if node is not None and node[0] == "W":  # a break is never a meeting point
                code[i, p] = codes.setdefault(node, len(codes))
                contact[i, p] = node[3] == CONTACT
                side[i, p] = node[2]
            if node is not None and row[p - 1] is None:  # every shift starts a fresh block
                code[i, p - 1] = codes.setdefault(("start", p), len(codes))
    kind = np.array([sorted(set(shift_of)).index(s) for s in shift_of])
    working = np.array([sum(n is not None and n[0] == "W" for n in row) for row in rows])
    share = contact.sum() / max(int(working.sum()), 1)
    labels = [(classes or {}).get(n) for n in names]
    klass = np.array([labels.index(c) for c in labels])
    for _ in range(MAX_EXCHANGES):
        deviation = contact.sum(axis=1) - share * working
        exchange = _next_exchange(code, contact, side, kind, deviation, klass)
        if exchange is None:
            break
        a, b, low, high = exchange
        for arr in (code, contact, side):
            arr[[a, b], low:high] = arr[[b, a], low:high]
        rows[a][low:high], rows[b][low:high] = rows[b][low:high], rows[a][low:high]
    return {n: row[1:] for n, row in zip(names, rows)}


def _next_exchange(code: np.ndarray, contact: np.ndarray, side: np.ndarray, kind: np.ndarray,
                   deviation: np.ndarray, klass: np.ndarray) -> tuple[int, int, int, int] | None:
    """For the most over-served employee that has one, the exchange that lowers the squared
    deviations most: ``(a, b, low, high)`` swaps columns ``[low, high)`` of ``a`` and ``b``."""
    for a in sorted(range(len(deviation)), key=lambda i: (-deviation[i], i)):
        if deviation[a] <= 0.5:
            return None
        cols = np.flatnonzero(code[a] >= 0)
        meets = (code[:, cols] == code[a, cols]) & (deviation[:, None] < deviation[a] - 1)
        meets[a] = False
        meets &= (klass == klass[a])[:, None]
        if not meets.any():
            continue
        gain = np.cumsum(contact - contact[a], axis=1)[:, cols]  # contact a gains up to a column
        delta = gain[:, None, :] - gain[:, :, None]  # [b, i, j]: exchanging (cols[i], cols[j]]
        better = ((deviation[a] + delta) ** 2 + (deviation[:, None, None] - delta) ** 2
                  - deviation[a] ** 2 - deviation[:, None, None] ** 2)
        forward = np.triu(np.ones((len(cols), len(cols)), dtype=bool), 1)
        allowed = meets[:, :, None] & meets[:, None, :] & forward
        sides = side[a, cols]
        allowed &= (sides[:, None] == sides[None, :]) | (kind == kind[a])[:, None, None]
        better = np.where(allowed, better, 0.0)
        b, i, j = np.unravel_index(int(np.argmin(better)), better.shape)
        if better[b, i, j] < -1e-6:
            return a, int(b), int(cols[i]) + 1, int(cols[j]) + 1
    return None
