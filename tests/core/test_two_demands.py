"""Both demands and the honest evaluation: pooled contact staff by skills, back-office
reservations, switching cost in the simulation, plans compared on the same arrivals."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from balans.core.planning.plans import PlanInput, propose_plan
from balans.core.staffing.erlang import evaluate_day
from balans.core.staffing.pooled import group_requirements, pooled_agents

AHT = {"phone": 290.0, "chat": 420.0, "counter": 600.0}
PATIENCE = {"phone": 90.0, "chat": 180.0, "counter": 900.0}
WAIT = {"phone": 20.0, "chat": 60.0, "counter": 300.0}


def test_pooling_needs_fewer_than_the_channels_apart_and_keeps_every_target():
    volume = {"phone": 20.0, "chat": 1.5, "counter": 3.0}
    groups = group_requirements({c: [v] for c, v in volume.items()}, AHT, PATIENCE, WAIT)
    apart = sum(groups[frozenset([c])][0] for c in volume)
    pooled = groups[frozenset(volume)][0]
    assert max(groups[frozenset([c])][0] for c in volume) <= pooled < apart
    total = sum(volume.values())
    aht = sum(v * AHT[c] for c, v in volume.items()) / total
    patience = sum(v * PATIENCE[c] for c, v in volume.items()) / total
    for channel in volume:  # the pool keeps each channel's own target, and not one fewer does
        ok = evaluate_day([total], [pooled], aht, within_s=WAIT[channel], patience_s=patience)
        assert ok.service_level[0] >= 0.8 and ok.abandon_rate[0] <= 0.05
    fewer = [evaluate_day([total], [pooled - 1], aht, within_s=WAIT[c], patience_s=patience)
             for c in volume]
    assert any(d.service_level[0] < 0.8 or d.abandon_rate[0] > 0.05 for d in fewer)


def test_the_abandonment_target_is_a_constraint():
    loose = pooled_agents({"phone": 30.0}, AHT, PATIENCE, WAIT, target=0.5, max_abandon=1.0)
    strict = pooled_agents({"phone": 30.0}, AHT, PATIENCE, WAIT, target=0.5, max_abandon=0.01)
    assert strict > loose
    assert pooled_agents({}, AHT, PATIENCE, WAIT) == 0


def test_skills_decide_who_covers_a_channel_group():
    counter = frozenset(["counter"])
    inp = PlanInput(required=[1] * 8, shifts={"pia": (0, 8), "cor": (0, 8)}, min_block=4,
                    skills={"pia": frozenset(["phone"]), "cor": counter},
                    group_required={counter: [1] * 8})
    result = propose_plan(inp)
    assert result.roles["cor"] == ["contact"] * 8 and result.roles["pia"] == ["backoffice"] * 8
    assert result.total_shortfall == 0
    wrong = {"pia": ["contact"] * 8, "cor": ["backoffice"] * 8}
    from balans.core.planning.rules import evaluate_assignment
    assert evaluate_assignment(inp, wrong).shortfall == [1] * 8  # the counter is not covered


def test_a_reservation_buys_back_office_with_contact_coverage():
    inp = PlanInput(required=[2] * 8, shifts={"a": (0, 8), "b": (0, 8)}, min_block=4)
    assert propose_plan(inp).backoffice_intervals == 0
    reserved = propose_plan(PlanInput(required=[2] * 8, shifts={"a": (0, 8), "b": (0, 8)},
                                      min_block=4, backoffice_reserve=4))
    assert reserved.backoffice_intervals == 4 and reserved.total_shortfall == 4
    assert reserved.violations == []


def test_switching_costs_back_office_time_in_the_simulation(tmp_path):
    from balans.core.planning.evaluate import evaluate_plans, everyone_everything
    from balans.core.planning.day import DayGrid
    from balans.core.simulation.profile import day_profile
    from balans.core.simulation.switching import SwitchCost
    from balans.core.staffing.forecast import Forecast
    from balans.core.simulation.generate import initial_backlog, default_team
    import random

    tz = ZoneInfo("Europe/Amsterdam")
    day = date(2026, 11, 24)
    grid = DayGrid(day, datetime(2026, 11, 24, 8, 0, tzinfo=tz), 34,
                   {f"e{i}": (0, 34) for i in range(12)})
    forecast = Forecast(day, day_profile(day), dict(AHT, email=600.0), "default", 0, 0.0)
    _, backlog = initial_backlog(day, default_team(), random.Random(3),
                                 datetime(2026, 11, 23, 18, 0, tzinfo=tz))
    plans = {"everyone does everything": everyone_everything(grid)}
    free = evaluate_plans(grid, forecast, plans, seeds=(1, 2), cost=SwitchCost.none(),
                          backlog=backlog).plans["everyone does everything"]
    costly = evaluate_plans(grid, forecast, plans, seeds=(1, 2), cost=SwitchCost(600, 300),
                            backlog=backlog).plans["everyone does everything"]
    assert free.resumption_minutes == 0 and costly.resumption_minutes > 30
    assert costly.backoffice_minutes_done < free.backoffice_minutes_done
    assert costly.offered == free.offered  # the same customers
    with pytest.raises(ValueError):
        SwitchCost(-1, 0)


def test_plans_compared_meet_the_same_customers():
    import random

    from balans.core.planning.day import DayGrid
    from balans.core.planning.evaluate import _blocks, _team_for, everyone_everything
    from balans.core.simulation.generate import simulate_day
    from balans.core.simulation.profile import day_profile

    tz = ZoneInfo("Europe/Amsterdam")
    day = date(2026, 11, 24)
    grid = DayGrid(day, datetime(2026, 11, 24, 8, 0, tzinfo=tz), 34,
                   {"a": (0, 34), "b": (0, 34), "c": (2, 20), "d": (0, 34)})
    blocks = {"a": ["contact"] * 16 + ["break"] * 2 + ["backoffice"] * 16,
              "b": ["backoffice"] * 8 + ["contact"] * 8 + ["break"] * 2 + ["contact"] * 16,
              "c": [None] * 2 + ["backoffice"] * 18 + [None] * 14,
              "d": ["contact"] * 34}
    blocks["d"][16:18] = ["break", "break"]
    customers = []
    for roles, mixed in ((blocks, False), (everyone_everything(grid), True)):
        events, _ = simulate_day(day, _team_for(grid, mixed), _blocks(grid, roles),
                                 day_profile(day), random.Random(5), None, tz=tz, tag="t",
                                 customers_seed=5)
        customers.append([(e.ts, e.fields["channel"]) for e in events
                          if e.type == "contact.arrived"])
    assert customers[0] and customers[0] == customers[1]


def test_a_priced_trade_off_gives_back_office_only_where_it_is_worth_more():
    base = PlanInput(required=[2] * 8, shifts={"a": (0, 8), "b": (0, 8)}, min_block=4,
                     backoffice_target=8, shortfall_price=[[5, 10]] * 8)
    cheap = propose_plan(PlanInput(**{**_fields(base), "backoffice_reward": 3}))
    dear = propose_plan(PlanInput(**{**_fields(base), "backoffice_reward": 7}))
    assert cheap.backoffice_intervals == 0 and cheap.optimal
    assert dear.backoffice_intervals == 8 and dear.total_shortfall == 8 and dear.optimal
    # the second person would cost 10 per quarter, and back office beyond the workload is
    # worth nothing, so no price buys more than the workload here
    most = propose_plan(PlanInput(**{**_fields(base), "backoffice_reward": 50}))
    assert most.backoffice_intervals == 8


def _fields(inp: PlanInput) -> dict:
    from dataclasses import fields
    return {f.name: getattr(inp, f.name) for f in fields(inp)}
