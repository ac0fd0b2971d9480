"""`balans plan`: shifts from the journal, forecast, staffing, optimiser, stored role blocks."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from balans.cli import main
from balans.core.journal import operations
from balans.core.journal.journal import Journal
from balans.core.planning.day import PlanError, load_grid, propose_day
from balans.core.storage.store import open_store

TZ = ZoneInfo("Europe/Amsterdam")
DAY = datetime(2026, 11, 24, tzinfo=TZ)  # a Tuesday


@pytest.fixture
def team_db(tmp_path):
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    store = open_store(url)
    journal = Journal(store)
    shifts = {"anna": (8, 16.5), "bram": (8, 16.5), "cees": (9, 13), "dirk": (8, 17),
              "eva": (8, 16.5), "fien": (8, 16.5), "gijs": (8, 16.5), "hans": (8, 16.5),
              "ilse": (8, 16.5), "joop": (8, 16.5), "kees": (8, 16.5), "lot": (8, 16.5),
              "mien": (8, 16.5), "nico": (8, 16.5), "olga": (8, 16.5), "piet": (8, 16.5)}
    for emp, (a, b) in shifts.items():
        operations.add_employee(journal, emp, emp.title(), DAY)
        operations.plan_shift(journal, emp, DAY + timedelta(hours=a), DAY + timedelta(hours=b),
                              DAY)
    store.dispose()
    return url, shifts


def test_the_proposal_keeps_the_rules_and_is_stored(team_db, capsys):
    url, shifts = team_db
    assert main(["--db", url, "plan", "--date", "2026-11-24", "--json",
                 "--time-limit", "20"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["intervals"][0]["start"] == "2026-11-24T08:00:00+01:00"
    assert len(data["intervals"]) == 36  # 08:00-17:00
    assert {e["employee"] for e in data["employees"]} == set(shifts)
    for emp in data["employees"]:
        blocks = emp["blocks"]
        a, b = shifts[emp["employee"]]
        start = datetime.fromisoformat(blocks[0]["start"])
        end = datetime.fromisoformat(blocks[-1]["end"])
        assert (start.hour + start.minute / 60, end.hour + end.minute / 60) == (a, b)
        breaks = [x for x in blocks if x["role"] == "break"]
        assert len(breaks) == (1 if b - a > 5.5 else 0)
        for block in blocks:
            minutes = (datetime.fromisoformat(block["end"])
                       - datetime.fromisoformat(block["start"])).total_seconds() / 60
            if block["role"] != "break" and block not in (blocks[0], blocks[-1]):
                assert minutes >= 60
    planned = [i["planned"] for i in data["intervals"]]
    required = [i["required"] for i in data["intervals"]]
    shortfall = sum(max(0, r - p) for r, p in zip(required, planned))
    assert data["shortfall_minutes"] == shortfall * 15
    store = open_store(url)
    stored = [e for e in Journal(store).events() if e.type == "role.planned"]
    store.dispose()
    assert len(stored) == sum(len(e["blocks"]) for e in data["employees"])


def test_plan_evaluation_compares_with_everyone_does_everything(team_db, capsys):
    url, _ = team_db
    assert main(["--db", url, "plan", "--date", "2026-11-24", "--dry-run", "--evaluate",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    focus = data["evaluation"]["proposed plan"]
    usual = data["evaluation"]["everyone does everything"]
    assert "stored plan" not in data["evaluation"]  # nothing was stored on that day
    assert 0 <= focus["service_level"] <= 1 and 0 <= usual["service_level"] <= 1
    assert focus["switches"] < usual["switches"]
    assert focus["interruptions"] < usual["interruptions"]
    assert usual["resumption_hours"] > 0 and usual["planned_switches"] == 0
    for key in ("intervals", "employees", "shortfall_minutes", "total_switches"):  # §5
        assert key in data
    assert data["backoffice_demand"]["hours"] > 0 and data["tradeoff"]


def test_a_day_without_shifts_is_a_clear_error(team_db, capsys):
    url, _ = team_db
    assert main(["--db", url, "plan", "--date", "2026-11-25"]) == 1
    assert "no shifts planned on 2026-11-25" in capsys.readouterr().err
    store = open_store(url)
    with pytest.raises(PlanError):
        load_grid(Journal(store), DAY.date() + timedelta(days=1), TZ)
    assert propose_day(Journal(store), DAY.date(), TZ, time_limit_s=5).grid.intervals == 36
    store.dispose()


def test_backoffice_hours_pick_a_trade_off_point(team_db, capsys):
    url, _ = team_db
    assert main(["--db", url, "plan", "--date", "2026-11-24", "--dry-run", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    reserve = first["backoffice_hours_planned"] + 4
    assert main(["--db", url, "plan", "--date", "2026-11-24", "--dry-run", "--json",
                 "--backoffice-hours", str(reserve)]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert chosen["backoffice_hours_planned"] >= reserve
    assert chosen["shortfall_minutes"] >= first["shortfall_minutes"]
    assert chosen["expected_service_level"] <= first["expected_service_level"]
    assert main(["--db", url, "plan", "--date", "2026-11-24", "--backoffice-hours", "-1"]) == 1
    assert "--backoffice-hours cannot be negative" in capsys.readouterr().err
