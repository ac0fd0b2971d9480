"""How many agents each interval needs: Erlang C, and Erlang A when callers give up.

Pure numbers, no Qt and no database: the CLI, the planner and the desktop charts all call these.

Why it is built this way:

* **No factorials.** ``a**n / n!`` overflows a float at about 170 agents. Erlang B is carried by
  its recursion ``B(n) = a·B(n-1) / (n + a·B(n-1))``, whose values stay in (0, 1], and Erlang C
  is derived from B. The recursion starts just below the answer, from the Poisson probabilities
  (an incomplete gamma function), instead of being walked up from ``B(0) = 1`` through agent
  counts that cannot possibly be enough; both give the same numbers (the tests check it), the
  seed only skips work.
* **A whole day at once.** Every interval is a lane (a column) of a numpy array and the search
  tries a block of agent counts for all open lanes per pass, so a 96-interval day costs about as
  much as a single interval: at this size the cost is the number of numpy calls. For Erlang C
  the recursion over a block is unrolled into a few array operations (``_erlang_b_unrolled``).
* **Erlang A in closed form.** With exponential patience (mean ``patience_s``) the M/M/n+M
  queue has closed-form answers in terms of the incomplete gamma function (Mandelbaum & Zeltyn,
  "The M/M/n+G queue: summary of performance measures"); they are evaluated in log space so
  thousands of agents or a patience of days neither overflow nor underflow.

Definitions (what the numbers mean, so that a planner can explain them):

* ``service_level`` is the share of *all* offered calls answered within ``within_s``. In Erlang A
  a caller who hangs up counts against it, even if they hang up within ``within_s``: this is the
  strict, common definition (Mandelbaum & Zeltyn's P(W <= t, answered)), the one that cannot be
  improved by letting callers give up.
* ``asa_s`` (average speed of answer) is the mean wait of the *answered* calls, zero waits
  included. In Erlang C every call is answered, so it is the usual ``C·AHT / (n - a)``.
* ``occupancy`` is the share of paid agent time spent handling calls: ``a / n`` in Erlang C,
  ``a·(1 - abandon_rate) / n`` in Erlang A (abandoned calls take no agent time).
* ``abandon_rate`` (Erlang A only) is the share of offered calls that hang up before an answer.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np


def _special():  # noqa: ANN202 - the scipy.special module
    """scipy.special, imported on first use: importing it costs ~0.7 s, which the desktop app's
    start-up and the commands that never compute an Erlang figure should not pay."""
    import scipy.special

    return scipy.special

# Float slack for the occupancy cap and the shrinkage division, so that 8.5 Erlangs on 10 agents
# counts as 85 % occupancy and 14 / (1 - 0.3) as 20 positions, as a person would compute them.
_EPS = 1e-9
# Below this a probability is too close to underflow to divide by (see _erlang_b_seed).
_TINY = 1e-250
# Agent counts tried per pass of the search, plus the square root of the load (see
# _least_agents): so most intervals are settled in the first pass.
_BLOCK = 6


@dataclass(frozen=True)
class StaffingResult:
    """The staffing of one interval, as plain numbers."""

    arrivals: float
    agents: int
    service_level: float
    asa_s: float
    occupancy: float
    positions: int
    abandon_rate: float | None = None  # only with a patience (Erlang A)


@dataclass(frozen=True, eq=False)
class StaffingDay:
    """The staffing of consecutive intervals, column by column (read-only numpy arrays)."""

    arrivals: np.ndarray
    agents: np.ndarray
    service_level: np.ndarray
    asa_s: np.ndarray
    occupancy: np.ndarray
    positions: np.ndarray
    abandon_rate: np.ndarray | None
    interval_s: float
    shrinkage: float

    def __len__(self) -> int:
        return int(self.agents.size)

    def result(self, i: int) -> StaffingResult:
        return StaffingResult(
            arrivals=float(self.arrivals[i]), agents=int(self.agents[i]),
            service_level=float(self.service_level[i]), asa_s=float(self.asa_s[i]),
            occupancy=float(self.occupancy[i]), positions=int(self.positions[i]),
            abandon_rate=None if self.abandon_rate is None else float(self.abandon_rate[i]))

    def rows(self) -> list[dict[str, Any]]:
        """One plain dict per interval (JSON-ready); positions only when there is shrinkage."""
        rows = []
        for i in range(len(self)):
            r = self.result(i)
            row: dict[str, Any] = {"arrivals": _plain(r.arrivals), "agents": r.agents,
                                   "service_level": r.service_level, "asa_s": r.asa_s,
                                   "occupancy": r.occupancy}
            if r.abandon_rate is not None:
                row["abandon_rate"] = r.abandon_rate
            if self.shrinkage > 0:
                row["positions"] = r.positions
            rows.append(row)
        return rows

    def totals(self) -> dict[str, Any]:
        """The day as a whole: call-weighted service level, ASA and abandonment; agent hours."""
        calls = float(self.arrivals.sum())
        abandon = self.abandon_rate if self.abandon_rate is not None else np.zeros(len(self))
        answered = self.arrivals * (1.0 - abandon)
        served = answered > 0  # an unstaffed interval answers nobody: its ASA does not count
        staffed = float(self.agents.sum())
        hours = self.interval_s / 3600.0
        out: dict[str, Any] = {
            "arrivals": _plain(calls),
            "peak_agents": int(self.agents.max(initial=0)),
            "agent_hours": staffed * hours,
            "service_level": float(self.service_level @ self.arrivals) / calls if calls else 1.0,
            "asa_s": (float(self.asa_s[served] @ answered[served]) / float(answered.sum())
                      if served.any() else 0.0),
            "occupancy": float(self.occupancy @ self.agents) / staffed if staffed else 0.0,
        }
        if self.abandon_rate is not None:
            out["abandon_rate"] = float(self.abandon_rate @ self.arrivals) / calls if calls else 0.0
        if self.shrinkage > 0:
            out["peak_positions"] = int(self.positions.max(initial=0))
            out["position_hours"] = float(self.positions.sum()) * hours
        return out


def staff_day(arrivals: Any, aht_s: float, interval_s: float = 900, target: float = 0.8,
              within_s: float = 20, patience_s: float | None = None,
              max_occupancy: float = 1.0, shrinkage: float = 0.0) -> StaffingDay:
    """The least agents per interval that meet ``target`` within ``within_s`` and the cap.

    ``arrivals`` are calls offered per interval of ``interval_s`` seconds. Without
    ``patience_s`` this is Erlang C (nobody hangs up); with it, Erlang A.
    ``positions = ceil(agents / (1 - shrinkage))`` is what has to be rostered.
    """
    calls = _check(arrivals, aht_s, interval_s, target, within_s, patience_s, max_occupancy,
                   shrinkage)
    lane = calls.nonzero()[0]  # intervals with calls; the others need nobody
    load = calls[lane] * (aht_s / interval_s)  # offered load in Erlangs
    if not lane.size:  # nothing to search: every interval keeps the no-calls defaults
        return _day(calls, lane, load, (load,) * (3 if patience_s is None else 4), interval_s,
                    shrinkage)
    if patience_s is None:
        # Erlang C needs n > a, and the cap needs n >= a / cap: start just below both.
        start = np.floor(load)
        if max_occupancy < 1:
            start = np.maximum(start, np.floor(load / max_occupancy - _EPS))
        ok = _erlang_c_ok(within_s / aht_s, target)
        n, (tail, asa) = _least_agents(load, start, ok, _erlang_b_unrolled)
        metrics = (1.0 - tail, asa * aht_s, load / n)
    else:
        # No more than n/a of the calls can be answered, so the answer is at least target·a.
        start = np.maximum(np.floor(target * load) - 1.0, 0.0)
        ok = _erlang_a_ok(aht_s, patience_s, within_s, target, max_occupancy)
        n, (erl_b,) = _least_agents(load, start, ok, _erlang_b_rows)
        metrics = _erlang_a(n, load, erl_b, aht_s, patience_s, within_s)
    return _day(calls, lane, n, metrics, interval_s, shrinkage)


def evaluate_day(arrivals: Any, agents: Any, aht_s: float, interval_s: float = 900,
                 within_s: float = 20, patience_s: float | None = None,
                 shrinkage: float = 0.0) -> StaffingDay:
    """What a given number of agents per interval achieves (for "what if we are one short?").

    An interval with calls but no agents, or in Erlang C with no more agents than Erlangs (the
    queue never catches up), reports a service level of 0 and an infinite ASA.
    """
    calls = _check(arrivals, aht_s, interval_s, 0.0, within_s, patience_s, 1.0, shrinkage)
    given = np.asarray(agents, dtype=float).reshape(calls.shape)
    if np.any(given < 0) or np.any(given != np.floor(given)):
        raise ValueError("agents must be whole numbers of at least 0")
    lane = np.flatnonzero(calls)
    n, load = given[lane], calls[lane] * (aht_s / interval_s)
    erl_b = erlang_b(n, load)
    if patience_s is None:
        sl, asa, occ = _erlang_c(n, load, erl_b, within_s / aht_s)
        metrics = (sl, asa * aht_s, occ)
    else:
        metrics = _erlang_a(np.maximum(n, 1.0), load, erl_b, aht_s, patience_s, within_s)
        nobody = (0.0, np.inf, 0.0, 1.0)  # service level, ASA, occupancy, abandonment
        metrics = tuple(np.where(n == 0, lost, m) for m, lost in zip(metrics, nobody))
    return _day(calls, lane, n, metrics, interval_s, shrinkage, agents=given)


def required_agents(calls: float, aht_s: float, interval_s: float = 900, target: float = 0.8,
                    within_s: float = 20, patience_s: float | None = None,
                    max_occupancy: float = 1.0, shrinkage: float = 0.0) -> StaffingResult:
    """``staff_day`` for a single interval."""
    return staff_day([calls], aht_s, interval_s, target, within_s, patience_s, max_occupancy,
                     shrinkage).result(0)


def erlang_b(agents: Any, load: Any) -> np.ndarray:
    """Blocking probability of ``agents`` servers at ``load`` Erlangs, by the plain recursion."""
    n, a = np.broadcast_arrays(np.asarray(agents, dtype=float), np.asarray(load, dtype=float))
    b = np.ones(n.shape)
    for k in range(1, int(n.max(initial=0)) + 1):
        b = np.where(k <= n, a * b / (k + a * b), b)
    return b


# --- the search -------------------------------------------------------------------------------

def _least_agents(load: np.ndarray, start: np.ndarray, ok, block) -> tuple[np.ndarray, tuple]:
    """Per lane (load > 0), the least n > start that passes ``ok``, and what ``ok`` picked there.

    ``ok(n, a, B(n))`` returns the pass mask and a tuple of arrays of the same shape (the
    metrics it computed on the way), which are returned at the chosen n; ``block`` extends
    Erlang B over a block of agent counts. The lanes are tried a block at a time (rows of
    candidates, one column per lane) and leave once a count passes: service level rises and
    occupancy falls with every agent added, so the first count that passes is the least. At a
    day's size the cost is the number of numpy calls, not their length, hence blocks rather than
    one agent per pass. The margin a target needs above the load grows with its square root, and
    so does the block.
    """
    a = load
    n, b = start, _erlang_b_seed(start, a)
    steps = np.arange(1.0, _BLOCK + 1.0 + int(math.sqrt(a.max())))[:, None]
    left = found = None  # lanes not settled yet, and the answers so far, after the first pass
    while True:
        ns = n + steps
        bs = block(ns, a, b)
        good, picks = ok(ns, a, bs)
        # The first passing row per column, as flat indices: much cheaper than 2-D indexing.
        at = good.argmax(axis=0) * good.shape[1] + np.arange(good.shape[1])
        here = [column.ravel()[at] for column in (ns, *picks)]
        hit = good.ravel()[at]
        if found is None:  # first pass: every lane is open
            found = here
            if hit.all():
                break
            left = np.arange(load.size)
        else:
            for column, value in zip(found, here):
                column[left] = value
            if hit.all():
                break
        miss = ~hit
        left, a, n, b = left[miss], a[miss], ns[-1, miss], bs[-1, miss]
    return found[0], tuple(found[1:])


def _erlang_b_unrolled(ns: np.ndarray, a: np.ndarray, b0: np.ndarray) -> np.ndarray:
    """B(n, a) for the rows n0+1 .. n0+k of ``ns``, from b0 = B(n0, a): the recursion, unrolled.

    ``B(n) = a·B(n-1) / (n + a·B(n-1))`` is ``1/B(n) = 1 + (n/a)·(1/B(n-1))``. With
    g_k = (n0+1)/a ··· (n0+k)/a that is ``1/B(n0+k) = g_k·(1/b0 + Σ_{j<=k} 1/g_j)``: every term
    is positive, so nothing cancels, and a block costs six numpy calls instead of four per agent.
    Only for n0 >= a - 1 (Erlang C), where g_k >= 1 cannot underflow; where it overflows (a load
    near zero) B is 0 to double precision, which is what comes out.
    """
    with np.errstate(over="ignore"):
        growth = np.multiply.accumulate(ns / a, axis=0)
        return 1.0 / (growth * (1.0 / b0 + np.add.accumulate(1.0 / growth, axis=0)))


def _erlang_b_rows(ns: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """B(n, a) for the rows of ``ns`` from b = B(n0, a), one agent at a time: stable anywhere.

    For Erlang A, whose search starts far below the load, where the unrolled form would
    underflow; its cost there is small beside the incomplete gamma functions.
    """
    out = np.empty(ns.shape)
    for row in range(ns.shape[0]):
        ab = a * b
        out[row] = b = ab / (ns[row] + ab)
    return out


def _erlang_b_seed(n: np.ndarray, a: np.ndarray) -> np.ndarray:
    """B(n, a) where the search starts: P(Poisson(a) = n) / P(Poisson(a) <= n).

    Near n = a, where the Erlang C search starts, both are well inside double range. Far below
    a (Erlang A with a big load) the second underflows; there the series
    ``1/B = Σ_i n(n-1)···(n-i+1)/a^i``, whose terms shrink at least as fast as (n/a)^i, is
    summed instead.
    """
    n1 = n + 1.0
    sp = _special()
    cdf = sp.gammaincc(n1, a)
    b = np.exp(sp.xlogy(n, a) - a - sp.gammaln(n1)) / np.maximum(cdf, _TINY)
    if cdf.min() > _TINY:
        return b
    low = cdf <= _TINY
    nl, al = n[low], a[low]
    shrink = max(float((nl / al).max()), 1e-300)  # the terms fall below 1e-17 within 40/-ln
    terms = int(min(nl.max(), 40.0 / -math.log(shrink))) + 1
    ratio = np.maximum(nl - np.arange(terms)[:, None], 0.0) / al
    b[low] = 1.0 / (1.0 + np.multiply.accumulate(ratio, axis=0).sum(axis=0))
    return b


def _erlang_c_ok(wait_ratio: float, target: float):
    miss_allowed = 1.0 - target

    def ok(n: np.ndarray, a: np.ndarray, b: np.ndarray):
        # The hot loop, so no guards and no occupancy test: the search starts at or above both
        # the load and load / cap (see staff_day), so n - a > 0 and a / n <= cap already hold.
        slack = n - a
        wait_p = n * b / (slack + a * b)  # Erlang C = n·B / (n - a·(1 - B)) = P(wait > 0)
        late = wait_p * np.exp(slack * -wait_ratio)  # P(wait > target wait) = 1 - service level
        return late <= miss_allowed, (late, wait_p / slack)  # and the ASA in AHTs
    return ok


def _erlang_a_ok(aht_s: float, patience_s: float, within_s: float, target: float, cap: float):
    def ok(n: np.ndarray, a: np.ndarray, b: np.ndarray):
        sl, _, occ, _ = _erlang_a(n, a, b, aht_s, patience_s, within_s, with_asa=False)
        return (sl >= target) & (occ <= cap + _EPS), (b,)
    return ok


# --- the formulas -----------------------------------------------------------------------------

def _erlang_c(n, a, b, wait_ratio):
    """Service level, ASA in units of AHT, and occupancy of M/M/n, given B(n, a).

    Where n <= a the queue grows without end: service level 0, ASA infinite, occupancy 1.
    """
    slack = n - a
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        wait_p = n * b / (slack + a * b)  # Erlang C = P(wait > 0)
        sl = 1.0 - wait_p * np.exp(slack * -wait_ratio)
        asa = wait_p / slack
        occ = a / n
    unstable = slack <= 0
    if unstable.any():
        sl[unstable], asa[unstable] = 0.0, np.inf
        occ[unstable] = np.where(n > 0, 1.0, 0.0)[unstable]
    return sl, asa, occ


def _erlang_a(n, a, b, aht_s, patience_s, within_s, with_asa=True):
    """Service level, ASA (s), occupancy and abandonment of M/M/n+M, given B(n, a); n >= 1.

    In units of the mean patience: x = n·patience/AHT (service capacity), y = a·patience/AHT
    (arrivals), s = within/patience. A(x, y) = 1F1(1; x+1; y) = x·e^y·y^-x·γ(x, y) sums the
    queue-length distribution of delayed calls.
    """
    x = n * patience_s / aht_s
    y = a * patience_s / aht_s
    s = within_s / patience_s
    log_a = _log_a(x, y)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        # P(wait > 0) = A·B / (1 + (A - 1)·B), rearranged so a huge A or a tiny B cannot overflow.
        wait_p = np.where(b > 0, 1.0 / (1.0 + (1.0 - b) / b * np.exp(-log_a)), 0.0)
        # Of the delayed calls: the share eventually answered, and the share answered after s.
        answered_w = -np.expm1(-log_a) * x / y
        y_s = y * np.exp(-s)
        late_w = np.exp(-s * (x + 1.0) + (y - y_s) + np.log(x / (x + 1.0))
                        + _log_a(x + 1.0, y_s) - log_a)
        sl = 1.0 - wait_p + wait_p * np.clip(answered_w - late_w, 0.0, 1.0)
        abandon = wait_p * np.clip(1.0 - answered_w, 0.0, 1.0)
        occ = np.where(n > 0, a * (1.0 - abandon) / n, 0.0)
    asa = _erlang_a_asa(x, y, wait_p, abandon, patience_s) if with_asa else None
    return np.clip(sl, 0.0, 1.0), asa, np.clip(occ, 0.0, 1.0), abandon


def _log_a(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """log A(x, y): the hypergeometric series while it is tame (y <= x), else via γ(x, y)."""
    x, y = np.broadcast_arrays(x, y)
    out = np.empty(x.shape)
    tame = y <= x
    sp = _special()
    out[tame] = np.log(sp.hyp1f1(1.0, x[tame] + 1.0, y[tame]))
    xw, yw = x[~tame], y[~tame]  # here P(x, y) >= about 1/2, so its log is safe
    out[~tame] = np.log(xw) + sp.gammaln(xw) + yw - xw * np.log(yw) + np.log(sp.gammainc(xw, yw))
    return out


def _erlang_a_asa(x, y, wait_p, abandon, patience_s):
    """Mean wait of answered calls: E[W·1(answered)] / P(answered), summed over queue positions.

    A call that finds j others waiting is answered with probability x / (x+j+1), and given its
    offered wait W (in patience units) E[W·e^-W] = x/(x+j+1) · Σ_{i<=j} 1/(x+i+1). The queue a
    delayed call finds is p_j ∝ y^j / Γ(x+j+1), a Poisson tail: summed in log space from j = 0
    to a dozen standard deviations past its mode, where the rest is below double precision.
    """
    asa = np.zeros(x.shape)
    lanes = np.flatnonzero((wait_p > 0) & (abandon < 1.0))
    if not lanes.size:
        return asa
    xs, ys = x[lanes], y[lanes]
    terms = (np.maximum(ys - xs, 0.0) + 12.0 * np.sqrt(ys) + 50.0).astype(np.int64)
    # All lanes in one array when that stays small (a normal day), else lane by lane.
    if terms.max() * lanes.size <= 1_000_000:
        groups = [(lanes, int(terms.max()))]
    else:
        groups = [(lanes[k:k + 1], int(terms[k])) for k in range(lanes.size)]
    for group, count in groups:
        xi, yi = x[group], y[group]
        j = np.arange(float(count))[:, None]
        log_p = j * np.log(yi) - _special().gammaln(xi + j + 1.0)
        p = np.exp(log_p - log_p.max(axis=0))
        gain = xi / (xi + j + 1.0) * np.add.accumulate(1.0 / (xi + j + 1.0), axis=0)
        wait_answered = wait_p[group] * (p * gain).sum(axis=0) / p.sum(axis=0) * patience_s
        asa[group] = wait_answered / (1.0 - abandon[group])
    return asa


def _day(calls, lane, n, metrics, interval_s, shrinkage, agents=None) -> StaffingDay:
    """The day as a read-only StaffingDay, from agents ``n`` and ``metrics`` on the busy lanes.

    ``metrics`` is (service level, ASA s, occupancy[, abandonment]) per busy lane. Intervals
    without calls keep the defaults: no agents (unless given), full service, no waiting.
    """
    m = calls.size
    staffed = np.zeros(m, dtype=np.int64) if agents is None else agents.astype(np.int64)
    staffed[lane] = n
    columns = [np.ones(m), np.zeros(m), np.zeros(m)] + [np.zeros(m)] * (len(metrics) == 4)
    for column, values in zip(columns, metrics):
        column[lane] = values
    positions = (np.ceil(staffed / (1.0 - shrinkage) - _EPS).astype(np.int64) if shrinkage
                 else staffed)
    for column in (calls, staffed, positions, *columns):
        column.setflags(write=False)
    sl, asa, occ, *abandon = columns
    return StaffingDay(arrivals=calls, agents=staffed, service_level=sl, asa_s=asa, occupancy=occ,
                       positions=positions, abandon_rate=abandon[0] if abandon else None,
                       interval_s=float(interval_s), shrinkage=float(shrinkage))


def _check(arrivals, aht_s, interval_s, target, within_s, patience_s, max_occupancy,
           shrinkage) -> np.ndarray:
    """The arrivals as a fresh float array, or a ValueError saying which input is wrong."""
    calls = np.array(arrivals, dtype=float).reshape(-1)
    if calls.size and not 0 <= calls.min() <= calls.max() < math.inf:  # NaN fails here too
        raise ValueError("arrivals must be finite numbers of at least 0")
    for name, value in (("AHT", aht_s), ("the interval", interval_s)):
        if not (math.isfinite(value) and value > 0):
            raise ValueError(f"{name} must be greater than 0 seconds")
    if patience_s is not None and not (math.isfinite(patience_s) and patience_s > 0):
        raise ValueError("patience must be greater than 0 seconds")
    if not 0 <= target < 1:
        raise ValueError("the target service level must be a fraction from 0 up to (not) 1")
    if not (math.isfinite(within_s) and within_s >= 0):
        raise ValueError("the target wait must be 0 seconds or more")
    if not 0 < max_occupancy <= 1:
        raise ValueError("the maximum occupancy must be a fraction above 0, at most 1")
    if not 0 <= shrinkage < 1:
        raise ValueError("shrinkage must be a fraction from 0 up to (not) 1")
    return calls


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)
