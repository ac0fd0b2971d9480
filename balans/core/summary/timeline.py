"""Exact interval arithmetic for the day's figures.

Times are integer microseconds since the epoch (``timeutil.to_micros``): exactly what a
``timedelta`` holds, but cheap to add and compare, and free of the wall-clock pitfall of
subtracting two datetimes that share a ``ZoneInfo`` (which ignores a DST jump). Minutes are only
made from them at output.

A *span* is ``(start, end)`` with ``start < end``; a *labelled span* adds a label (a role or a
mode).
Lists of spans are kept sorted and disjoint.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Sequence

Span = tuple[int, int]
Labelled = tuple[int, int, str]

MICROS_PER_MINUTE = 60_000_000


def minutes(micros: int) -> float:
    return micros / MICROS_PER_MINUTE


def union(spans: Iterable[Span]) -> list[Span]:
    """Sorted, merged spans covering the same time."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def clip(spans: Iterable[Span], lo: int, hi: int) -> list[Span]:
    return [(max(s, lo), min(e, hi)) for s, e in spans if s < hi and e > lo]


def total(spans: Iterable[tuple[int, int] | Labelled]) -> int:
    return sum(span[1] - span[0] for span in spans)


def intersect(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """Intersection of two sorted disjoint span lists (two-pointer sweep)."""
    out: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def subtract(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """``a`` minus ``b``; both sorted and disjoint."""
    out: list[Span] = []
    j = 0
    for start, end in a:
        while j < len(b) and b[j][1] <= start:
            j += 1
        k = j
        cursor = start
        while k < len(b) and b[k][0] < end:
            if b[k][0] > cursor:
                out.append((cursor, b[k][0]))
            cursor = max(cursor, b[k][1])
            k += 1
        if cursor < end:
            out.append((cursor, end))
    return out


def paint(blocks: Iterable[Labelled]) -> list[Labelled]:
    """Lay labelled blocks over each other in the given order: a later block wins where they
    overlap (how role.planned corrections work). Returns sorted disjoint labelled spans."""
    laid: list[Labelled] = []
    for start, end, label in blocks:
        if end <= start:
            continue
        kept: list[Labelled] = []
        for s, e, lab in laid:
            if s < start:
                kept.append((s, min(e, start), lab))
            if e > end:
                kept.append((max(s, end), e, lab))
        kept.append((start, end, label))
        laid = kept
    laid.sort()
    return laid


def clip_labelled(spans: Iterable[Labelled], lo: int, hi: int) -> list[Labelled]:
    return [(max(s, lo), min(e, hi), lab) for s, e, lab in spans if s < hi and e > lo]


def with_label(spans: Iterable[Labelled], label: str) -> list[Span]:
    return [(s, e) for s, e, lab in spans if lab == label]


def by_label(spans: Iterable[Labelled]) -> dict[str, int]:
    out: dict[str, int] = {}
    for s, e, lab in spans:
        out[lab] = out.get(lab, 0) + (e - s)
    return out


def matching(a: Sequence[Labelled], b: Sequence[Labelled]) -> int:
    """Time where two sorted disjoint labelled span lists carry the same label."""
    matched = 0
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if start < end and a[i][2] == b[j][2]:
            matched += end - start
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return matched


def label_at(spans: Sequence[Labelled], moment: int) -> Labelled | None:
    """The labelled span containing ``moment`` (start inclusive, end exclusive)."""
    index = bisect_left(spans, (moment, moment + 1, "")) - 1
    for k in (index, index + 1):
        if 0 <= k < len(spans) and spans[k][0] <= moment < spans[k][1]:
            return spans[k]
    return None


def hold_until(moment: int, shifts: Sequence[Span], day_end: int) -> int:
    """Where the last mode change of the day stops holding: the end of the (merged) shift that has
    not ended before ``moment``; the day's end when there is no such shift."""
    for _start, end in shifts:
        if end >= moment:
            return end
    return day_end


def mode_segments(changes: Sequence[tuple[int, str]], shifts: Sequence[Span], day_start: int,
                  day_end: int, horizon: int) -> list[Labelled]:
    """The contract's mode timeline of one employee for one day.

    ``changes`` are the day's mode changes in time order; ``shifts`` the merged shift spans that
    overlap the day. Each change holds until the next; the last until ``hold_until``; all clipped
    to ``[day_start, horizon)``. Offline yields no span.
    """
    out: list[Labelled] = []
    last = len(changes) - 1
    for k, (moment, mode) in enumerate(changes):
        end = changes[k + 1][0] if k < last else hold_until(moment, shifts, day_end)
        start = max(moment, day_start)
        end = min(end, horizon, day_end)
        if mode != "offline" and start < end:
            out.append((start, end, mode))
    return out


def spread(spans: Iterable[Labelled], origin: int, step: int, count: int) -> list[dict[str, int]]:
    """Time per label in each of ``count`` bins of length ``step`` from ``origin``."""
    bins: list[dict[str, int]] = [{} for _ in range(count)]
    end_all = origin + step * count
    for start, end, label in spans:
        start, end = max(start, origin), min(end, end_all)
        if start >= end:
            continue
        k = (start - origin) // step
        while k < count:
            lo = origin + k * step
            hi = lo + step
            part = min(end, hi) - max(start, lo)
            if part > 0:
                bins[k][label] = bins[k].get(label, 0) + part
            if end <= hi:
                break
            k += 1
    return bins
