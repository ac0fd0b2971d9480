"""Staffing for a whole day: balans' vectorised Erlang C/A against pyworkforce's Erlang C.

    pip install pyworkforce     # for this comparison only; not a dependency of balans
    python bench/bench_staffing.py

Without pyworkforce the baseline is a straightforward scalar Erlang C (the Erlang B recursion per
interval, one agent at a time), written below. Agent counts must agree exactly; exit status 1
if they do not. Times are the best of several runs, each of many repetitions, the two
implementations taking turns.
"""
from __future__ import annotations

import sys
import time
from math import exp

import numpy as np

from balans.core.staffing.erlang import staff_day

AHT_S = 300.0      # five minutes per call
INTERVAL_MIN = 15
TARGET, WITHIN_S = 0.8, 20.0
PATIENCE_S = 120.0  # for Erlang A: callers hang up after two minutes on average
ROUNDS = 15


def municipal_day(total: int = 650) -> np.ndarray:
    """96 quarter-hours; phones open 08:00-17:00; a 09:00 peak, a lunch dip, a smaller 13:00 one."""
    calls = np.zeros(96)
    open_ = np.arange(32, 68)
    shape = np.interp(open_, [32, 36, 40, 46, 48, 52, 56, 62, 67],
                      [0.6, 1.6, 1.4, 0.9, 0.7, 1.3, 1.1, 0.7, 0.3])
    calls[open_] = np.round(shape / shape.sum() * total)
    return calls


def baseline():
    """(name, function calls -> agents per interval) for the comparison."""
    try:
        from pyworkforce.queuing import ErlangC
    except ImportError:
        return "scalar Erlang C", scalar_day

    def pyworkforce_day(calls):
        return [0 if c == 0 else ErlangC(transactions=c, aht=AHT_S / 60, asa=WITHIN_S / 60,
                                         interval=INTERVAL_MIN).required_positions(TARGET)
                ["raw_positions"] for c in calls]
    return "pyworkforce", pyworkforce_day


def scalar_day(calls):
    out = []
    for c in calls:
        a = c * AHT_S / (INTERVAL_MIN * 60)
        n, b = 0, 1.0
        while c:
            n += 1
            b = a * b / (n + a * b)
            if n > a and 1 - n * b / (n - a * (1 - b)) * exp(-(n - a) * WITHIN_S / AHT_S) >= TARGET:
                break
        out.append(n)
    return out


def _reps(fn, budget_s: float) -> int:
    """Repetitions of ``fn`` that take about ``budget_s``."""
    fn()
    reps = 1
    while True:
        start = time.perf_counter()
        for _ in range(reps):
            fn()
        if time.perf_counter() - start > budget_s:
            return reps
        reps *= 2


def best_times(*fns, rounds: int = ROUNDS, budget_s: float = 0.05) -> list[float]:
    """Seconds per call of each function: the best of ``rounds`` runs, the functions taking turns
    within each round so that a busy machine slows all of them alike."""
    reps = [_reps(fn, budget_s) for fn in fns]
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for i, (fn, count) in enumerate(zip(fns, reps)):
            start = time.perf_counter()
            for _ in range(count):
                fn()
            best[i] = min(best[i], (time.perf_counter() - start) / count)
    return best


def main() -> int:
    name, other = baseline()
    interval_s = INTERVAL_MIN * 60
    rows, same = [], True
    for label, scale, goal in (("day", 1, 3.0), ("day x10", 10, 10.0)):
        calls = municipal_day() * scale
        ours = staff_day(calls, AHT_S, interval_s, TARGET, WITHIN_S).agents.tolist()
        theirs = [int(v) for v in other(calls.tolist())]
        same &= ours == theirs
        listed = calls.tolist()
        t_ours, t_theirs = best_times(lambda: staff_day(calls, AHT_S, interval_s, TARGET, WITHIN_S),
                                      lambda: other(listed))
        ratio = t_theirs / t_ours
        rows.append((f"Erlang C, {label} ({int(calls.sum())} calls, peak {max(ours)} agents)",
                     f"{t_ours * 1e3:.3f}", f"{t_theirs * 1e3:.3f}", f"{ratio:.1f}x",
                     "yes" if ours == theirs else "NO",
                     f">= {goal:g}x: {'met' if ratio >= goal else 'MISSED'}"
                     if name == "pyworkforce" else "-"))  # the targets are against pyworkforce
    for label, scale in (("day", 1), ("day x10", 10)):
        calls = municipal_day() * scale
        (t_a,) = best_times(lambda: staff_day(calls, AHT_S, interval_s, TARGET, WITHIN_S,
                                              patience_s=PATIENCE_S))
        peak = int(staff_day(calls, AHT_S, interval_s, TARGET, WITHIN_S,
                             patience_s=PATIENCE_S).agents.max())
        goal = f"< 10 ms: {'met' if t_a < 0.01 else 'MISSED'}" if scale == 1 else ""
        rows.append((f"Erlang A, {label} (patience {PATIENCE_S:g} s, peak {peak} agents)",
                     f"{t_a * 1e3:.3f}", "-", "-", "-", goal))
    head = ("case", "balans ms", f"{name} ms", "speed-up", "same agents", "target")
    widths = [max(len(str(r[i])) for r in (head, *rows)) for i in range(len(head))]
    print(f"AHT {AHT_S:g} s, {TARGET:.0%} within {WITHIN_S:g} s, {INTERVAL_MIN}-minute "
          f"intervals, 96 per day; best of {ROUNDS} runs")
    for r in (head, *rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        print("  ".join(cells).rstrip())
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
