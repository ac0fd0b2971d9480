"""Contact staff for channels served together: pooled Erlang A, per group of channels.

People on contact serve every live channel they are skilled for, taking the customer who has
waited longest relative to their channel's target (as the simulator's people do). A group of
channels is then served by one pool, and a pool needs fewer people than the channels would
separately (the pooling gain of queueing theory): 15 calls and 3 chats need fewer than the phone
team plus a chat agent.

For a group, per interval, the pool is taken as one M/M/n+M queue (Erlang A) with the group's
arrivals, the arrival-weighted mean handling time and patience. The requirement is the least
``n`` for which *every* channel of the group meets its service level within *its own* target
wait, and the share of customers who give up stays at or under the abandonment target (default
5%, the Tilburg norm). A pool never needs more than the channels served apart, so the requirement
is capped at the sum of the channels' own requirements.

Skills make this a set of requirements, not one number: for every group ``S`` of live channels,
the people on contact who serve at least one channel of ``S`` must number at least the pooled
requirement of ``S`` (counter staff cannot answer a phone queue they are not skilled for).
The group of all channels is the day's overall requirement.
"""
from __future__ import annotations

from itertools import combinations
from typing import Mapping, Sequence

import numpy as np

from balans.core.staffing.erlang import evaluate_day

MAX_AGENTS = 400


def pooled_agents(arrivals: Mapping[str, float], aht_s: Mapping[str, float],
                  patience_s: Mapping[str, float], within_s: Mapping[str, float],
                  target: float = 0.8, max_abandon: float = 0.05,
                  interval_s: float = 900) -> int:
    """The least agents one pool needs for ``arrivals`` per channel in one interval."""
    live = {c: a for c, a in arrivals.items() if a > 0}
    if not live:
        return 0
    total = sum(live.values())
    aht = sum(a * aht_s[c] for c, a in live.items()) / total
    patience = sum(a * patience_s[c] for c, a in live.items()) / total
    low = max(0, int(np.floor(target * total * aht / interval_s)) - 1)
    while low < MAX_AGENTS:  # a block of candidates per pass; one pass nearly always does
        candidates = np.arange(low, min(low + 24, MAX_AGENTS + 1), dtype=float)
        calls = np.full(candidates.shape, total)
        ok = np.ones(candidates.shape, dtype=bool)
        for channel in live:
            day = evaluate_day(calls, candidates, aht, interval_s, within_s=within_s[channel],
                               patience_s=patience)
            ok &= (day.service_level >= target) & (day.abandon_rate <= max_abandon)
        found = np.flatnonzero(ok)
        if found.size:
            return int(candidates[found[0]])
        low += 24
    return MAX_AGENTS


def group_requirements(arrivals: Mapping[str, Sequence[float]], aht_s: Mapping[str, float],
                       patience_s: Mapping[str, float], within_s: Mapping[str, float],
                       target: float = 0.8, max_abandon: float = 0.05, every_group: bool = True
                       ) -> dict[frozenset[str], list[int]]:
    """Per group of channels with arrivals (every non-empty subset; with ``every_group`` False
    only the single channels and all of them together), the pooled requirement per interval,
    capped by the sum of its channels' own requirements."""
    channels = sorted(c for c, series in arrivals.items() if any(x > 0 for x in series))
    length = max((len(arrivals[c]) for c in channels), default=0)
    single = {c: [pooled_agents({c: arrivals[c][t]}, aht_s, patience_s, within_s, target,
                                max_abandon) for t in range(length)] for c in channels}
    out: dict[frozenset[str], list[int]] = {}
    for size in range(1, len(channels) + 1):
        for group in combinations(channels, size):
            if not every_group and 1 < size < len(channels):
                continue
            if size == 1:
                out[frozenset(group)] = single[group[0]]
                continue
            series = []
            for t in range(length):
                separate = sum(single[c][t] for c in group)
                volume = {c: arrivals[c][t] for c in group}
                series.append(min(separate, pooled_agents(volume, aht_s, patience_s, within_s,
                                                          target, max_abandon))
                              if separate > 1 else separate)
            out[frozenset(group)] = series
    return out
