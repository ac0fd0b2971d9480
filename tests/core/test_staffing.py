"""The staffing engine against published figures, an independent reference and a simulation."""
from __future__ import annotations

import dataclasses
import heapq
import json
import math

import numpy as np
import pytest

from balans.cli import main
from balans.core.staffing.erlang import (StaffingDay, erlang_b, evaluate_day, required_agents,
                                  staff_day)

# --- an independent Erlang C, written from the textbook formula in log space -------------------


def _log_add(x: float, y: float) -> float:
    hi, lo = max(x, y), min(x, y)
    return hi + math.log1p(math.exp(lo - hi)) if lo > -math.inf else hi


def reference_erlang_c(calls: float, aht_s: float, interval_s: float, target: float,
                       within_s: float, cap: float) -> tuple[int, float, float]:
    """(agents, service level, ASA) with C(n, a) = T_n·n/(n-a) / (Σ_{k<n} a^k/k! + T_n·n/(n-a)),
    T_n = a^n/n!, every term as a logarithm via math.lgamma; no recursion, no numpy, no scipy."""
    if calls == 0:
        return 0, 1.0, 0.0
    a = calls * aht_s / interval_s
    log_sum = -math.inf  # log Σ_{k<n} a^k / k!
    n = 0
    while True:
        log_sum = _log_add(log_sum, n * math.log(a) - math.lgamma(n + 1))
        n += 1
        if n <= a or a / n > cap + 1e-9:
            continue
        log_tail = n * math.log(a) - math.lgamma(n + 1) + math.log(n / (n - a))
        c = math.exp(log_tail - _log_add(log_sum, log_tail))
        sl = 1 - c * math.exp(-(n - a) * within_s / aht_s)
        if sl >= target:
            return n, sl, c * aht_s / (n - a)


# --- published figures --------------------------------------------------------------------------


def test_published_example_100_calls_per_half_hour():
    r = required_agents(100, aht_s=180, interval_s=1800, target=0.8, within_s=20)
    assert r.agents == 14
    assert r.service_level == pytest.approx(0.888, abs=0.001)
    assert r.asa_s == pytest.approx(7.8, abs=0.05)
    assert r.occupancy == pytest.approx(0.714, abs=0.001)
    assert r.abandon_rate is None


def test_published_example_with_shrinkage_and_occupancy_cap():
    r = required_agents(100, aht_s=180, interval_s=1800, max_occupancy=0.85, shrinkage=0.3)
    assert (r.agents, r.positions) == (14, 20)  # 14 / 0.7 is 20, not 21 by float rounding


@pytest.mark.parametrize("calls, agents", [(15, 8), (25, 12)])
def test_brief_illustration_aht_292(calls, agents):
    assert required_agents(calls, aht_s=292, interval_s=900).agents == agents


def test_occupancy_cap_raises_agents_above_erlang_c():
    plain = required_agents(400, aht_s=300, interval_s=900)
    capped = required_agents(400, aht_s=300, interval_s=900, max_occupancy=0.8)
    assert plain.occupancy > 0.8
    assert capped.agents == math.ceil(400 * 300 / 900 / 0.8)
    assert capped.occupancy <= 0.8


@pytest.mark.parametrize("patience", [None, 60.0])
def test_zero_calls_need_nobody(patience):
    day = staff_day([0, 0, 12, 0], aht_s=300, patience_s=patience)
    assert day.agents.tolist()[::3] == [0, 0] and day.agents[2] > 0
    for i in (0, 1, 3):
        r = day.result(i)
        assert (r.agents, r.service_level, r.asa_s, r.occupancy) == (0, 1.0, 0.0, 0.0)
        assert r.abandon_rate == (None if patience is None else 0.0)
    assert required_agents(0, 300).agents == 0


@pytest.mark.parametrize("patience", [None, 90.0])
def test_stable_at_thousands_of_agents(patience):
    day = staff_day([5000, 20000], aht_s=180, interval_s=900, patience_s=patience)
    load = np.array([5000, 20000]) * 180 / 900
    for column in (day.service_level, day.asa_s, day.occupancy):
        assert np.all(np.isfinite(column))
    assert np.all(day.service_level >= 0.8) and np.all(day.occupancy <= 1.0)
    if patience is None:
        assert np.all(day.agents > load) and np.all(day.agents < load * 1.05)
        assert day.agents.tolist() == [reference_erlang_c(c, 180, 900, 0.8, 20, 1.0)[0]
                                       for c in (5000, 20000)]
    else:  # abandonment relieves the queue: no more than Erlang C, and not absurdly fewer
        assert np.all(day.agents <= staff_day([5000, 20000], 180).agents)
        assert np.all(day.agents > 0.8 * load)


# --- the independent reference, over thousands of inputs ---------------------------------------


def test_erlang_c_matches_the_reference_on_a_grid():
    rng = np.random.default_rng(20240611)
    compared = ties = 0
    for _ in range(60):
        aht = float(rng.uniform(30, 900))
        interval = float(rng.choice([900, 1800, 3600]))
        target = float(rng.choice([0.5, 0.7, 0.8, 0.9, 0.95]))
        within = float(rng.choice([0, 10, 20, 30, 60, 120]))
        cap = float(rng.choice([1.0, 1.0, 0.9, 0.85, 0.7]))
        calls = np.concatenate([rng.integers(0, 30, 40), rng.uniform(0, 600, 40),
                                rng.uniform(0, 3000, 20)])
        day = staff_day(calls, aht, interval, target, within, max_occupancy=cap)
        for i, c in enumerate(calls):
            agents, sl, asa = reference_erlang_c(float(c), aht, interval, target, within, cap)
            compared += 1
            if abs(sl - target) < 1e-9:  # decided by the last bit: either answer is right
                ties += 1
                continue
            assert day.agents[i] == agents, (c, aht, interval, target, within, cap)
            assert day.service_level[i] == pytest.approx(sl, rel=1e-9, abs=1e-12)
            assert day.asa_s[i] == pytest.approx(asa, rel=1e-9, abs=1e-9)
    assert compared == 6000 and ties <= 3


def test_seeded_search_agrees_with_the_plain_recursion():
    """staff_day starts the Erlang B recursion near the answer; evaluate_day walks it from
    B(0) = 1. Both must describe the same queue, and the count found must be the least."""
    rng = np.random.default_rng(7)
    calls = rng.uniform(0, 2000, 200)
    day = staff_day(calls, aht_s=240, interval_s=900, target=0.85, within_s=30)
    again = evaluate_day(calls, day.agents, aht_s=240, interval_s=900, within_s=30)
    np.testing.assert_allclose(again.service_level, day.service_level, rtol=1e-10)
    np.testing.assert_allclose(again.asa_s, day.asa_s, rtol=1e-9)
    busy = day.agents > 0
    one_short = evaluate_day(calls[busy], day.agents[busy] - 1, 240, 900, within_s=30)
    assert np.all(one_short.service_level < 0.85)


def test_erlang_b_recursion_matches_log_space_formula():
    for a in (0.3, 7.5, 180.0, 1500.0):
        for n in (1, int(a) + 1, int(a) + 40):
            terms = [k * math.log(a) - math.lgamma(k + 1) for k in range(n + 1)]
            top = max(terms)
            expected = math.exp(terms[-1] - top) / sum(math.exp(t - top) for t in terms)
            assert erlang_b(n, a) == pytest.approx(expected, rel=1e-10)


# --- Erlang A -----------------------------------------------------------------------------------


def simulate(agents: int, calls_per_s: float, aht_s: float, patience_s: float, within_s: float,
             customers: int = 120_000, seed: int = 1) -> tuple[float, float, float]:
    """M/M/n+M, first come first served: (answered within target / all, abandoned / all, ASA).

    With FCFS a caller's offered wait is fixed when they arrive: the earliest time a server is
    free after everyone ahead who stayed. They stay if their patience outlasts that wait."""
    rng = np.random.default_rng(seed)
    arrive = np.cumsum(rng.exponential(1 / calls_per_s, customers))
    service = rng.exponential(aht_s, customers)
    patience = rng.exponential(patience_s, customers)
    free = [0.0] * agents
    in_time = abandoned = answered = 0
    waited = 0.0
    for t, s, p in zip(arrive.tolist(), service.tolist(), patience.tolist()):
        wait = max(free[0] - t, 0.0)
        if wait > p:
            abandoned += 1
            continue
        heapq.heapreplace(free, t + wait + s)
        answered += 1
        waited += wait
        in_time += wait <= within_s
    return in_time / customers, abandoned / customers, waited / answered


@pytest.mark.parametrize("agents, calls, interval, aht, patience, within", [
    (12, 100, 1800, 180, 120, 20),  # the published example, with impatient callers
    (8, 25, 900, 292, 60, 20),      # short-staffed: a fifth hang up
    (30, 200, 900, 200, 30, 10),    # very impatient callers, short target
    (110, 1000, 900, 100, 45, 15),  # fewer agents than Erlangs: abandonment keeps it stable
    (3, 30, 900, 300, 600, 60),     # hopelessly overloaded, patient callers: 70 % hang up
])
def test_erlang_a_matches_a_simulation(agents, calls, interval, aht, patience, within):
    formula = evaluate_day([calls], [agents], aht, interval, within, patience).result(0)
    sl, abandoned, asa = simulate(agents, calls / interval, aht, patience, within)
    assert formula.service_level == pytest.approx(sl, abs=0.01)
    assert formula.abandon_rate == pytest.approx(abandoned, abs=0.006)
    assert formula.asa_s == pytest.approx(asa, rel=0.05)
    assert formula.occupancy == pytest.approx(calls * aht / interval * (1 - abandoned) / agents,
                                              abs=0.01)


def test_erlang_a_with_endless_patience_is_erlang_c():
    calls = np.array([0, 3, 15, 40, 100, 250, 600])
    c = staff_day(calls, aht_s=240, interval_s=900)
    a = staff_day(calls, aht_s=240, interval_s=900, patience_s=1e7)
    assert a.agents.tolist() == c.agents.tolist()
    np.testing.assert_allclose(a.service_level, c.service_level, atol=1e-4)
    np.testing.assert_allclose(a.asa_s, c.asa_s, rtol=1e-3, atol=1e-6)
    assert np.all(a.abandon_rate < 1e-4)


def test_erlang_a_far_below_the_load():
    """Impatient callers and a modest target at 33 000 Erlangs: the search starts where the
    Poisson seed underflows, and must still land on the least count."""
    day = staff_day([100_000], aht_s=300, interval_s=900, target=0.5, patience_s=30)
    (agents,) = day.agents.tolist()
    assert day.service_level[0] >= 0.5 and agents < 100_000 * 300 / 900
    short = evaluate_day([100_000], [agents - 1], aht_s=300, interval_s=900, patience_s=30)
    assert short.service_level[0] < 0.5
    assert short.service_level[0] == pytest.approx(day.service_level[0], abs=1e-3)


def test_erlang_a_finds_the_least_agents():
    calls = np.array([4, 18, 45, 90, 300])
    day = staff_day(calls, aht_s=300, target=0.8, within_s=20, patience_s=90, max_occupancy=0.9)
    assert np.all(day.service_level >= 0.8) and np.all(day.occupancy <= 0.9 + 1e-9)
    short = evaluate_day(calls, day.agents - 1, aht_s=300, within_s=20, patience_s=90)
    assert np.all((short.service_level < 0.8) | (short.occupancy > 0.9))
    assert np.all(day.abandon_rate > 0) and np.all(day.abandon_rate < 0.2)


# --- the result types ---------------------------------------------------------------------------


def test_results_are_frozen_plain_data():
    day = staff_day([0, 10, 20.5], aht_s=300, patience_s=120, shrinkage=0.25)
    assert isinstance(day, StaffingDay) and len(day) == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        day.agents = None  # type: ignore[misc]
    with pytest.raises(ValueError):
        day.agents[0] = 5
    rows = day.rows()
    assert [r["arrivals"] for r in rows] == [0, 10, 20.5]
    assert set(rows[1]) == {"arrivals", "agents", "service_level", "asa_s", "occupancy",
                            "abandon_rate", "positions"}
    assert all(type(r["agents"]) is int and type(r["positions"]) is int for r in rows)
    totals = day.totals()
    assert totals["peak_agents"] == day.agents.max()
    assert totals["agent_hours"] == pytest.approx(day.agents.sum() / 4)
    assert totals["peak_positions"] == math.ceil(day.agents.max() / 0.75)
    json.dumps({"rows": rows, "totals": totals})
    assert "positions" not in staff_day([10], 300).rows()[0]


@pytest.mark.parametrize("kwargs", [
    {"arrivals": [-1]}, {"arrivals": [float("nan")]}, {"aht_s": 0}, {"interval_s": -900},
    {"target": 1.0}, {"within_s": -1}, {"patience_s": 0}, {"max_occupancy": 0},
    {"shrinkage": 1.0},
])
def test_bad_inputs_are_refused(kwargs):
    args = {"arrivals": [10], "aht_s": 300} | kwargs
    with pytest.raises(ValueError):
        staff_day(**args)


# --- the command --------------------------------------------------------------------------------


@pytest.fixture
def arrivals_csv(tmp_path):
    path = tmp_path / "day.csv"
    path.write_text("start,arrivals\n08:00,0\n08:15,15\n08:30,25\n", encoding="utf-8")
    return path


def test_cli_json_for_one_interval(capsys):
    assert main(["staffing", "--calls", "100", "--aht", "180", "--interval", "30",
                 "--shrinkage", "0.3", "--max-occupancy", "0.85", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (row,) = out["intervals"]
    assert (row["agents"], row["positions"]) == (14, 20)
    assert row["service_level"] == pytest.approx(0.888, abs=0.001)
    assert out["model"] == "erlang-c" and out["peak_agents"] == 14


def test_cli_json_for_a_day_keeps_start_labels(arrivals_csv, capsys):
    assert main(["staffing", "--arrivals", str(arrivals_csv), "--aht", "292", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(r["start"], r["arrivals"], r["agents"]) for r in out["intervals"]] == [
        ("08:00", 0, 0), ("08:15", 15, 8), ("08:30", 25, 12)]
    assert "abandon_rate" not in out["intervals"][1] and "positions" not in out["intervals"][1]
    assert out["arrivals"] == 40 and out["peak_agents"] == 12
    assert out["agent_hours"] == pytest.approx(5.0)


def test_cli_erlang_a_reports_abandonment(arrivals_csv, capsys):
    assert main(["staffing", "--arrivals", str(arrivals_csv), "--aht", "292",
                 "--patience", "60", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["model"] == "erlang-a"
    assert all("abandon_rate" in r for r in out["intervals"]) and "abandon_rate" in out


def test_cli_table(arrivals_csv, capsys):
    assert main(["staffing", "--arrivals", str(arrivals_csv), "--aht", "292"]) == 0
    out = capsys.readouterr().out
    assert "Erlang C" in out and "08:30" in out and "peak 12 agents" in out


@pytest.mark.parametrize("content, message", [
    ("start,arrivals\n08:00,-3\n", "0 or more"),
    ("start,calls\n08:00,3\n", "no 'arrivals' column"),
    ("begin,arrivals\n08:00,3\n", "no 'start' column"),
    ("start,arrivals\n08:00,three\n", "line 2: arrivals 'three' is not a number"),
    ("start,arrivals\n", "no intervals"),
])
def test_cli_bad_csv_is_one_line_exit_1(tmp_path, capsys, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["staffing", "--arrivals", str(path), "--aht", "300"]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("argv, message", [
    (["--calls", "10", "--aht", "0"], "--aht"),
    (["--calls", "-1", "--aht", "300"], "--calls"),
    (["--calls", "10", "--aht", "300", "--target", "80"], "--target"),
    (["--calls", "10", "--aht", "300", "--shrinkage", "1"], "--shrinkage"),
    (["--arrivals", "no/such/file.csv", "--aht", "300"], "no such file"),
    (["--aht", "300"], "--arrivals"),
])
def test_cli_bad_arguments_exit_1(capsys, argv, message):
    assert main(["staffing", *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("balans: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [
    ["--calls", "ten", "--aht", "300"],
    ["--calls", "10"],
    ["--calls", "10", "--arrivals", "x.csv", "--aht", "300"],
])
def test_cli_wrong_usage_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(["staffing", *argv])
    assert exc.value.code == 2
