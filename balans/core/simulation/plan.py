"""Who works when in the demo, and the simple focus-block plan the demo planner makes.

The demo planner is deliberately plain (the real planner is ``balans.core.planning.plans``): a 30-minute
break near the middle of every shift over 5.5 hours, staggered so the desk is never empty; then
each half shift is one block. A half becomes back office when the contact channels can spare the
person (Erlang C per 15-minute interval) or when nobody else protects the backlog at that time.
Tails of at least an hour where the forecast leaves a surplus become back office as well.
"""
from __future__ import annotations

import random
from datetime import date

from balans.core.simulation.office import Team
from balans.core.simulation.profile import CHANNEL_PARAMS, INTERVAL_S, ChannelParams, required_agents

Block = tuple[float, float, str]  # (start, end) in seconds since local midnight, role

BREAK_AFTER_S = 5.5 * 3600
BREAK_S = 1800
MIN_BLOCK = 4  # intervals
LIVE = ("phone", "counter", "chat")


def shifts_for_day(team: Team, day: date, rng: random.Random,
                   weekday: int | None = None) -> dict[str, tuple[float, float]]:
    """Shifts (seconds since local midnight) of the members who work on ``day``.

    ``weekday`` overrides whose pattern applies (the live demo on a Saturday works a Tuesday).
    """
    weekday = day.weekday() if weekday is None else weekday
    shifts = {}
    for member in team.members:
        away = rng.random() < member.absence  # drawn for everyone: same stream, any weekday
        if weekday in member.weekdays and not away:
            shifts[member.id] = (member.shift[0] * 3600, member.shift[1] * 3600)
    return shifts


def required_contact(profile: dict[str, list[float]],
                     params: dict[str, ChannelParams] | None = None) -> list[int]:
    """People needed on contact per interval: Erlang C per live channel, added up."""
    params = params or CHANNEL_PARAMS
    need = [0] * len(next(iter(profile.values())))
    for channel in LIVE:
        if channel not in profile:
            continue
        p = params[channel]
        for i, calls in enumerate(profile[channel]):
            need[i] += required_agents(round(calls, 1), p.aht_s, 0.8, p.target_s)
    return need


def _place_breaks(shifts: dict[str, tuple[float, float]], need: list[int],
                  home: dict[str, str]) -> dict[str, float]:
    """Break start per long shift: within half an hour of the middle, where the forecast needs
    the fewest people on contact and the fewest colleagues (above all of the same desk) are
    already on break."""
    taken: dict[str, list[int]] = {}
    everyone = [0] * len(need)
    breaks = {}
    for emp, (start, end) in sorted(shifts.items(), key=lambda kv: (kv[1][0], kv[0])):
        if end - start <= BREAK_AFTER_S:
            continue
        grid = round(((start + end) / 2 - BREAK_S / 2) / INTERVAL_S)
        desk = taken.setdefault(home[emp], [0] * len(need))

        def cost(s: int) -> tuple[int, int, int]:
            crowd = everyone[s] + everyone[s + 1] + 2 * (desk[s] + desk[s + 1])
            return need[s] + need[s + 1] + 2 * crowd, abs(s - grid), s

        best = min((grid + k for k in (0, -1, 1, -2, 2)), key=cost)
        for i in (best, best + 1):
            everyone[i] += 1
            desk[i] += 1
        breaks[emp] = best * INTERVAL_S
    return breaks


def default_plan(day: date, shifts: dict[str, tuple[float, float]], team: Team,
                 profile: dict[str, list[float]], *, backlog_hours: float = 0.0,
                 params: dict[str, ChannelParams] | None = None) -> dict[str, list[Block]]:
    """A focus-block plan: per employee a list of (start_s, end_s, role) blocks."""
    need = required_contact(profile, params)
    breaks = _place_breaks(shifts, need, {e: team.by_id[e].home for e in shifts})
    protect = 2 if backlog_hours >= 24 and len(shifts) >= 13 else 1
    segments: list[tuple[str, int, int]] = []  # (employee, first interval, end interval)
    for emp, (start, end) in shifts.items():
        a, b = int(start // INTERVAL_S), int(end // INTERVAL_S)
        if emp in breaks:
            k = int(breaks[emp] // INTERVAL_S)
            segments += [(emp, a, k), (emp, k + 2, b)]
        else:
            segments.append((emp, a, b))
    on_contact = [0] * len(need)
    on_backoffice = [0] * len(need)
    for _, a, b in segments:
        for i in range(a, b):
            on_contact[i] += 1
    roles = {seg: "contact" for seg in segments}
    # Rotate who gets the protected back-office halves, so it is spread over the week.
    size = len(team.members)
    order = {m.id: (i - day.toordinal()) % size for i, m in enumerate(team.members)}
    counter_open = range(int(CHANNEL_PARAMS["counter"].open_h * 4),
                         int(CHANNEL_PARAMS["counter"].close_h * 4))
    # Afternoon halves rotate from the middle of the team, so nobody gets both halves.
    first_half = {emp: min(a for e, a, _ in segments if e == emp) for emp in shifts}
    rank = {seg: (order[seg[0]] if seg[1] == first_half[seg[0]] else
                  (order[seg[0]] + size // 2) % size) for seg in segments}
    candidates = [seg for seg in segments if seg[2] - seg[1] >= MIN_BLOCK
                  and not (team.by_id[seg[0]].home == "counter"
                           and any(i in counter_open for i in range(seg[1], seg[2])))]
    helpers: set[str] = set()

    def merit(seg: tuple[str, int, int]) -> tuple[bool, int, int] | None:
        emp, a, b = seg
        span = range(a, b)
        spare = all(on_contact[i] - 1 >= need[i] for i in span)
        unprotected = (emp not in helpers
                       and sum(on_backoffice[i] < protect for i in span) * 2 > len(span))
        if not (spare or unprotected):
            return None
        # where it hurts the contact channels least; the rotation breaks ties
        deficit = sum(max(0, need[i] - on_contact[i] + 1) for i in span)
        return spare, -deficit, -rank[seg]

    while candidates:
        scored = [(m, seg) for seg in candidates if (m := merit(seg)) is not None]
        if not scored:
            break
        seg = max(scored)[1]
        candidates.remove(seg)
        roles[seg] = "backoffice"
        helpers.add(seg[0])
        for i in range(seg[1], seg[2]):
            on_contact[i] -= 1
            on_backoffice[i] += 1
    plan: dict[str, list[Block]] = {emp: [] for emp in shifts}
    for seg in sorted(segments, key=lambda s: (s[0], s[1])):
        emp, a, b = seg
        role = roles[seg]
        tail = 0
        if role == "contact":  # a quiet end of the half goes to the backlog, if it is long enough
            for k in range(b - a - MIN_BLOCK, MIN_BLOCK - 1, -1):
                if all(on_contact[i] - 1 >= need[i] for i in range(b - k, b)):
                    tail = k
                    break
            for i in range(b - tail, b):
                on_contact[i] -= 1
        blocks = plan[emp]
        if blocks:
            blocks.append((blocks[-1][1], a * INTERVAL_S, "break"))
        blocks.append((a * INTERVAL_S, (b - tail) * INTERVAL_S, role))
        if tail:
            blocks.append(((b - tail) * INTERVAL_S, b * INTERVAL_S, "backoffice"))
    for emp, (start, end) in shifts.items():  # shift edges off the 15-minute grid
        blocks = plan[emp]
        blocks[0] = (start, *blocks[0][1:])
        blocks[-1] = (blocks[-1][0], end, blocks[-1][2])
    return plan
