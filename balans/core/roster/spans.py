"""Working time as spans: shift.planned adds a span, shift.cancelled takes one away.

Applied in journal (seq) order, so a later shift.planned gives back time an earlier cancellation
took. Pure integer arithmetic on microseconds; the summary's ledger and the roster readers both
use it, so a cancelled shift means the same everywhere.
"""
from __future__ import annotations

from typing import Iterable

Span = tuple[int, int]


def union(spans: Iterable[Span]) -> list[Span]:
    """Sorted, merged spans (touching spans merge: 08:00-12:00 and 12:00-16:00 is one shift)."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def subtract(spans: Iterable[Span], start: int, end: int) -> list[Span]:
    """``spans`` without [start, end); a span across it splits in two."""
    out: list[Span] = []
    for s, e in spans:
        if e <= start or s >= end:
            out.append((s, e))
            continue
        if s < start:
            out.append((s, start))
        if e > end:
            out.append((end, e))
    return out


def effective(rows: Iterable[tuple[str, int, int, bool]]) -> dict[str, list[Span]]:
    """Per employee, the merged shift spans that hold after ``rows`` (employee, start, end,
    cancelled) are applied in the order given (journal order)."""
    result: dict[str, list[Span]] = {}
    for employee, start, end, cancelled in rows:
        spans = result.setdefault(employee, [])
        if cancelled:
            result[employee] = subtract(spans, start, end)
        else:
            result[employee] = union([*spans, (start, end)])
    return {emp: union(spans) for emp, spans in result.items() if spans}
