"""The role-plan optimiser, the preview heuristic and the plan scorer.

Tiny instances are checked against a brute-force optimum that only uses the rule checker of
``evaluate_assignment`` (every role sequence of every shift, all combinations), so the network
model is tested against an independent reading of the rules.
"""
from __future__ import annotations

import itertools
import math
import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from balans.core.planning.plans import (
    BACKOFFICE, BREAK, CONTACT, PlanInput, PlanResult, blocks_of, count_switches,
    evaluate_assignment, preview_plan, propose_plan, score,
)
from balans.core.planning.fairness import even_out
from balans.core.planning.optimiser import solve
from balans.core.planning.network import roles_of_states
from balans.core.planning.rules import break_starts, needs_break

C, B, K = CONTACT, BACKOFFICE, BREAK
Roles = dict[str, list[str | None]]


def row(text: str) -> list[str | None]:
    return [{"C": C, "B": B, "K": K, ".": None}[ch] for ch in text]


def picture(roles: list[str | None]) -> str:
    return "".join({C: "C", B: "B", K: "K", None: "."}[r] for r in roles)


def unmet_need(inp: PlanInput, backoffice: list[int]) -> int:
    """Back-office need left uncovered, a fraction of a person counting as a person."""
    need = inp.backoffice_need or [0.0] * inp.horizon
    return sum(max(0, math.ceil(n) - b) for n, b in zip(need, backoffice))


def full_score(inp: PlanInput, result: PlanResult) -> tuple[int, ...]:
    backoffice = [sum(r[t] == B for r in result.roles.values()) for t in range(inp.horizon)]
    return (*score(result), unmet_need(inp, backoffice))


# --- blocks and scoring ------------------------------------------------------------------------


def test_blocks_of_gives_runs_without_off_shift() -> None:
    assert blocks_of(row("..CCBBK.")) == [(2, 4, C), (4, 6, B), (6, 7, K)]
    assert blocks_of([]) == []


def test_evaluate_counts_contact_shortfall_surplus_and_switches() -> None:
    inp = PlanInput(required=[2, 2, 2, 1, 0, 1, 0, 0], shifts={"a": (0, 8), "b": (0, 8)},
                    min_block=2)
    result = evaluate_assignment(inp, {"a": row("CCCCBBBB"), "b": row("CCBBCCBB")})
    assert result.planned == [2, 2, 1, 1, 1, 1, 0, 0]
    assert result.shortfall == [0, 0, 1, 0, 0, 0, 0, 0]
    assert result.surplus == [0, 0, 0, 0, 1, 0, 0, 0]
    assert result.switches == {"a": 1, "b": 3}
    assert result.total_switches == 4
    assert result.violations == []
    assert result.optimal is False


def test_a_break_between_blocks_is_not_a_switch() -> None:
    inp = PlanInput(required=[1] * 10, shifts={"a": (0, 10)}, min_block=2, break_after=6)
    result = evaluate_assignment(inp, {"a": row("CCCCKKBBBB")})
    assert result.switches == {"a": 0}
    assert result.violations == []
    assert count_switches(row("CCKKBB")) == 0 and count_switches(row("CCBB..CC")) == 1


def test_evaluate_reports_broken_rules() -> None:
    inp = PlanInput(required=[1] * 12, shifts={"a": (0, 12), "b": (2, 6), "c": (0, 4)},
                    break_after=8)
    result = evaluate_assignment(inp, {
        "a": row("CCCCCCCCBBBB"),  # 12 intervals > 8: the break is missing
        "b": row("..CCBB......"),  # blocks of 2 in a segment of 4
        "c": row("KCCCC......."),  # a role off shift
        "x": row("C..........."),  # nobody's shift
    })
    kinds = {(v.employee, v.kind) for v in result.violations}
    assert kinds == {("a", "break"), ("b", "short-block"), ("c", "off-shift"), ("x", "off-shift")}


def test_a_short_shift_is_one_block_of_any_length() -> None:
    inp = PlanInput(required=[1] * 6, shifts={"a": (0, 3)}, min_block=4)
    assert evaluate_assignment(inp, {"a": row("CCC...")}).violations == []
    kinds = [v.kind for v in evaluate_assignment(inp, {"a": row("CCB...")}).violations]
    assert kinds == ["short-block", "short-block"]


def test_invalid_input_is_refused() -> None:
    with pytest.raises(ValueError):
        PlanInput(required=[1, 1], shifts={"a": (0, 3)})
    with pytest.raises(ValueError):
        PlanInput(required=[1, 1], shifts={}, backoffice_need=[1.0])
    with pytest.raises(ValueError):
        PlanInput(required=[1] * 4, shifts={"a": (0, 4)}, break_after=1, break_len=3)


# --- hand-made instances with a known optimum --------------------------------------------------


def test_one_person_all_day_in_contact() -> None:
    result = propose_plan(PlanInput(required=[1] * 8, shifts={"a": (0, 8)}))
    assert result.roles["a"] == [C] * 8
    assert (result.total_shortfall, result.total_switches, result.optimal) == (0, 0, True)


def test_minimum_block_forces_surplus_but_no_more_than_needed() -> None:
    # Contact is needed only in interval 0; a contact block lasts 4, then back office.
    result = propose_plan(PlanInput(required=[1, 0, 0, 0, 0, 0, 0, 0], shifts={"a": (0, 8)}))
    assert picture(result.roles["a"]) == "CCCCBBBB"
    assert (result.total_shortfall, result.total_surplus, result.total_switches) == (0, 3, 1)


def test_surplus_goes_to_back_office_and_the_relay_has_one_switch() -> None:
    inp = PlanInput(required=[2, 2, 2, 2, 1, 1, 1, 1], shifts={"a": (0, 8), "b": (0, 8)})
    result = propose_plan(inp)
    assert sorted(picture(r) for r in result.roles.values()) == ["CCCCBBBB", "CCCCCCCC"]
    assert (result.total_shortfall, result.total_surplus, result.total_switches) == (0, 0, 1)


def test_shortfall_is_reported_where_nobody_can_cover() -> None:
    inp = PlanInput(required=[2, 2, 2, 2, 0, 0], shifts={"a": (0, 4), "off": None, "none": (3, 3)})
    result = propose_plan(inp)
    assert result.shortfall == [1, 1, 1, 1, 0, 0]
    assert result.roles["off"] == [None] * 6 and result.roles["none"] == [None] * 6
    assert result.optimal


def test_breaks_are_handed_over_so_the_desk_stays_covered() -> None:
    inp = PlanInput(required=[1] * 32, shifts={"a": (0, 32), "b": (0, 32)})
    result = propose_plan(inp)
    for name in "ab":
        (start, end), = [(s, e) for s, e, r in blocks_of(result.roles[name]) if r == BREAK]
        assert end - start == 2 and start in break_starts(inp, 0, 32)
    assert result.violations == []
    # One leaves the desk for their break and then does back office; the other, back from
    # their own break just then, takes over: nobody covers twice and nobody switches.
    assert (result.total_shortfall, result.total_surplus, result.total_switches) == (0, 0, 0)


def test_backoffice_need_keeps_the_break_out_of_the_way() -> None:
    need = [0.0] * 32
    need[11] = need[12] = 1.0  # back-office work in the earliest break slots
    inp = PlanInput(required=[0] * 32, shifts={"a": (0, 32)}, backoffice_need=need)
    assert propose_plan(inp).roles["a"][11:13] == [B, B]


def test_no_staff_at_all() -> None:
    inp = PlanInput(required=[1, 2], shifts={})
    assert propose_plan(inp).shortfall == [1, 2] and propose_plan(inp).roles == {}
    assert preview_plan(inp).shortfall == [1, 2]


# --- brute force on tiny instances -------------------------------------------------------------


def _valid_rows(inp: PlanInput, name: str) -> list[list[str | None]]:
    start, end = inp.shifts[name]
    rows = []
    for combo in itertools.product((C, B, K), repeat=end - start):
        if combo.count(K) not in (0, inp.break_len):
            continue
        candidate = [None] * start + list(combo) + [None] * (inp.horizon - end)
        broken = evaluate_assignment(inp, {name: candidate}).violations
        if not [v for v in broken if v.employee == name]:
            rows.append(candidate)
    return rows


def brute_force(inp: PlanInput) -> tuple[int, ...]:
    """The lexicographic optimum over all valid plans: dynamic programming over employees, the
    state being the contact and back-office counts per interval, the value the fewest switches."""
    empty = (0,) * inp.horizon
    best: dict[tuple[tuple[int, ...], tuple[int, ...]], int] = {(empty, empty): 0}
    for name in inp.employees():
        options = [([r == C for r in cand], [r == B for r in cand], count_switches(cand))
                   for cand in _valid_rows(inp, name)]
        grown: dict[tuple[tuple[int, ...], tuple[int, ...]], int] = {}
        for (contact, backoffice), switches in best.items():
            for c, b, s in options:
                key = (tuple(map(sum, zip(contact, c))), tuple(map(sum, zip(backoffice, b))))
                grown[key] = min(grown.get(key, 10**9), switches + s)
        best = grown
    return min(
        (0, sum(max(0, r - p) for r, p in zip(inp.required, contact)),
         sum(1 for r, p in zip(inp.required, contact) if r > p),
         sum(max(0, p - r) for r, p in zip(inp.required, contact)),
         switches,
         unmet_need(inp, list(backoffice)))
        for (contact, backoffice), switches in best.items()
    )


@st.composite
def tiny_instances(draw: st.DrawFn) -> PlanInput:
    horizon = draw(st.integers(4, 8))
    shifts = {}
    for i in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, horizon - 1))
        shifts[f"e{i}"] = (start, draw(st.integers(start + 1, horizon)))
    min_block = draw(st.integers(1, 3))
    assume(min_block > 1 or len(shifts) < 3)  # keeps the brute force quick
    required = draw(st.lists(st.integers(0, 3), min_size=horizon, max_size=horizon))
    need = draw(st.none() | st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.0]),
                                     min_size=horizon, max_size=horizon))
    try:
        return PlanInput(required=required, shifts=shifts, min_block=min_block,
                         break_len=draw(st.integers(1, 2)), break_after=draw(st.integers(2, 6)),
                         break_window=draw(st.integers(0, 3)), backoffice_need=need)
    except ValueError:  # a shift too short for its break
        assume(False)
        raise


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny_instances())
def test_optimiser_matches_brute_force(inp: PlanInput) -> None:
    result = propose_plan(inp)
    assert result.violations == []
    assert result.optimal
    assert full_score(inp, result) == brute_force(inp)


# --- properties on random day-sized instances --------------------------------------------------


@st.composite
def day_instances(draw: st.DrawFn) -> PlanInput:
    horizon = draw(st.sampled_from([16, 24, 32]))
    rng = random.Random(draw(st.integers(0, 10_000)))
    shifts: dict[str, tuple[int, int] | None] = {}
    for i in range(draw(st.integers(1, 8))):
        length = min(rng.choice([3, 8, 12, 16, 24, 28, 32]), horizon)
        start = rng.randrange(0, horizon - length + 1)
        shifts[f"e{i}"] = (start, start + length)
    if draw(st.booleans()):
        shifts["off"] = None
    on_shift = [sum(1 for s in shifts.values() if s and s[0] <= t < s[1]) for t in range(horizon)]
    tight = draw(st.floats(0.2, 1.3))
    required = [max(0, round(o * tight + rng.uniform(-1, 1))) for o in on_shift]
    need = [rng.choice([0.0, 0.5, 1.0]) for _ in range(horizon)] if draw(st.booleans()) else None
    return PlanInput(required=required, shifts=shifts, backoffice_need=need)


def check_rules(inp: PlanInput, result: PlanResult) -> None:
    """The rules, restated independently of the scorer."""
    assert result.violations == []
    for name, shift in inp.shifts.items():
        roles = result.roles[name]
        start, end = shift if shift else (0, 0)
        assert all((r is not None) == (start <= t < end) for t, r in enumerate(roles))
        breaks = [(s, e) for s, e, r in blocks_of(roles) if r == BREAK]
        if needs_break(inp, start, end):  # one break of 30 minutes, within an hour of the middle
            assert len(breaks) == 1 and breaks[0][1] - breaks[0][0] == inp.break_len
            assert abs(sum(breaks[0]) / 2 - (start + end) / 2) <= inp.break_window
        else:
            assert breaks == []
        working = [None if r is None else BREAK if r == BREAK else "work" for r in roles]
        segments = {(s, e) for s, e, r in blocks_of(working) if r == "work"}
        for s, e, r in blocks_of(roles):
            if r != BREAK and e - s < inp.min_block:
                assert (s, e) in segments  # only a whole short segment may be a short block


@settings(max_examples=40, deadline=None)
@given(day_instances())
def test_proposal_keeps_the_rules_and_beats_the_preview(inp: PlanInput) -> None:
    proposal = propose_plan(inp)
    preview = preview_plan(inp)
    check_rules(inp, proposal)
    check_rules(inp, preview)
    assert proposal.optimal
    on_shift = [sum(r[t] is not None for r in proposal.roles.values()) for t in range(inp.horizon)]
    bound = [max(0, need - staff) for need, staff in zip(inp.required, on_shift)]
    assert all(short >= low for short, low in zip(proposal.shortfall, bound))
    if not any(needs_break(inp, *s) for s in inp.shifts.values() if s):
        assert proposal.shortfall == bound  # nothing keeps anyone needed away from contact
    assert score(proposal) <= score(preview)  # shortfall, quarters short, surplus, switches
    if score(proposal)[:4] == score(preview)[:4]:
        assert proposal.total_switches <= preview.total_switches
    assert evaluate_assignment(inp, proposal.roles).planned == proposal.planned


@settings(max_examples=25, deadline=None)
@given(day_instances())
def test_evening_out_contact_changes_no_count(inp: PlanInput) -> None:
    solution = solve(inp, time_limit_s=10)
    assert solution is not None
    before = evaluate_assignment(inp, roles_of_states(solution.states))
    after = evaluate_assignment(inp, roles_of_states(even_out(solution.states)))
    assert after.violations == []
    assert after.planned == before.planned
    assert after.total_switches == before.total_switches
    assert full_score(inp, after) == full_score(inp, before)


@settings(max_examples=10, deadline=None)
@given(day_instances())
def test_same_input_same_plan(inp: PlanInput) -> None:
    assert propose_plan(inp).roles == propose_plan(inp).roles
    assert preview_plan(inp).roles == preview_plan(inp).roles


def test_a_realistic_day_is_solved_to_optimality() -> None:
    rng = random.Random(7)
    shifts = {}
    for i in range(30):
        length = rng.choice([16, 24, 32, 32, 36])
        start = rng.randrange(0, 48 - length + 1, 2)
        shifts[f"e{i:02d}"] = (start, start + length)
    on_shift = [sum(s <= t < e for s, e in shifts.values()) for t in range(48)]
    required = [max(1, round(0.8 * o)) if o else 0 for o in on_shift]
    inp = PlanInput(required=required, shifts=shifts, backoffice_need=[1.0] * 48)
    result = propose_plan(inp, time_limit_s=30)
    preview = preview_plan(inp)
    check_rules(inp, result)
    check_rules(inp, preview)
    assert result.optimal
    assert score(result) <= score(preview)


def test_no_avoidable_red_quarter_when_shortfall_ties() -> None:
    """Regression: on a roster that cannot cover everything, the plan spent its unavoidable
    shortfall over 8 quarter-hours where 7 suffice (the same staff-quarters short). The old
    objective counted staff-quarters only, so it was indifferent, and the switch tier picked the
    plan with an extra red cell; an independent optimum covered one more quarter-hour. Quarters
    short are now a tier of their own, right after the shortfall."""
    inp = PlanInput(required=[3, 1, 4, 1, 4, 4, 2, 3, 4, 2, 3, 0],
                    shifts={"e0": (1, 11), "e1": (0, 11)},
                    min_block=4, break_after=8, break_len=1, break_window=1)
    result = propose_plan(inp)
    assert result.violations == []
    assert result.total_shortfall == 14
    assert result.short_quarters == 7
    assert full_score(inp, result) == brute_force(inp)
