"""Roster reads and imports: does reading a week stay flat as the shift history grows, and what
does a roster CSV import cost next to importing the same shifts as a journal file?

    python bench/bench_roster.py [--people 30] [--weeks 4,104]

1. Week read: ``roster.read.week`` and the planner's ``load_grid`` on a database with a few weeks
   of shifts (the baseline, same run) and on one with two years (30 people x 5 shifts a week,
   one in ten moved: a cancellation and a new shift). Ratios near 1 mean the reads follow the
   week, not the history. Also the grid query as it was before the roster work (``start < end
   of day AND end > start of day``, which walks every earlier shift on the start index).
2. Import: a CSV of one week per person for ``--csv-weeks`` weeks through ``csv_import`` (read,
   map, check every row, store) vs ``Journal.import_lines`` of the same shifts as JSON Lines.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, datetime, time as clock, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa  # noqa: E402

from balans.core.journal.events import make  # noqa: E402
from balans.core.journal.journal import Journal  # noqa: E402
from balans.core.planning.day import load_grid  # noqa: E402
from balans.core.roster import csv_import as ci  # noqa: E402
from balans.core.roster.read import team, week  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402
from balans.core.timeutil import day_bounds, to_micros, zone  # noqa: E402

TZ = zone()
LAST_MONDAY = date(2026, 11, 23)


def fill(journal: Journal, people: int, weeks: int) -> None:
    now = datetime(2026, 1, 1, tzinfo=TZ)
    events = [make("employee.added", now, employee=f"e{p}", name=f"Person {p}",
                   channels=["phone"]) for p in range(people)]
    first = LAST_MONDAY - timedelta(weeks=weeks - 1)
    for d in range(weeks * 7):
        day = first + timedelta(days=d)
        if day.weekday() > 4:
            continue
        for p in range(people):
            start = datetime.combine(day, clock(8 + p % 2), tzinfo=TZ)
            end = start + timedelta(hours=8, minutes=30)
            events.append(make("shift.planned", now, employee=f"e{p}", start=start.isoformat(),
                               end=end.isoformat()))
            if (d + p) % 10 == 0:  # moved an hour later
                events.append(make("shift.cancelled", now, employee=f"e{p}",
                                   start=start.isoformat(), end=end.isoformat()))
                events.append(make("shift.planned", now, employee=f"e{p}",
                                   start=(start + timedelta(hours=1)).isoformat(),
                                   end=(end + timedelta(hours=1)).isoformat()))
    journal.append(events)


def best(fn, repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def old_grid_query(journal: Journal, day: date) -> int:
    start, end = day_bounds(day, TZ)
    with journal.engine.connect() as conn:
        return len(conn.execute(sa.text(
            'SELECT employee, start, "end" FROM shifts WHERE start < :b AND "end" > :a '
            "ORDER BY seq"), {"a": to_micros(start), "b": to_micros(end)}).all())


def reads(folder: Path, people: int, weeks: int) -> dict[str, float]:
    store = open_store(f"sqlite:///{folder / f'w{weeks}.db'}")
    journal = Journal(store)
    fill(journal, people, weeks)
    wed = LAST_MONDAY + timedelta(days=2)
    out = {"week": best(lambda: week(journal, wed, TZ)),
           "grid": best(lambda: load_grid(journal, wed, TZ)),
           "old grid query": best(lambda: old_grid_query(journal, wed))}
    with store.engine.connect() as conn:
        out["rows"] = conn.execute(sa.text("SELECT COUNT(*) FROM shifts")).scalar()
    store.dispose()
    return out


def imports(folder: Path, people: int, weeks: int) -> tuple[int, float, float]:
    rows = ["Naam;Datum;Van;Tot"]
    jsonl = []
    now = datetime(2026, 11, 1, tzinfo=TZ)
    for d in range(weeks * 7):
        day = LAST_MONDAY + timedelta(days=7 + d)
        if day.weekday() > 4:
            continue
        for p in range(people):
            rows.append(f"Person {p};{day:%d-%m-%Y};08:00;16:30")
            start = datetime.combine(day, clock(8), tzinfo=TZ)
            end = start + timedelta(hours=8, minutes=30)
            jsonl.append(json.dumps(make("shift.planned", now, id=ci.shift_id(f"e{p}", start, end),
                                         employee=f"e{p}", start=start.isoformat(),
                                         end=end.isoformat()).to_json()))
    text = "\n".join(rows) + "\n"
    team_lines = [json.dumps(make("employee.added", now, employee=f"e{p}", name=f"Person {p}",
                                  channels=["phone"]).to_json()) for p in range(people)]
    timings: dict[str, float] = {}
    for attempt in range(3):  # the best of three, each into a fresh database
        for kind in ("jsonl", "csv"):
            store = open_store(f"sqlite:///{folder / f'imp-{kind}-{attempt}.db'}")
            journal = Journal(store)
            journal.import_lines(team_lines)
            began = time.perf_counter()
            if kind == "jsonl":
                journal.import_lines(jsonl)
            else:
                table = ci.read_csv(text)
                parsed = ci.parse_rows(table, ci.guess_mapping(table.header), team(journal), TZ)
                ci.import_rows(journal, parsed, now)
            took = time.perf_counter() - began
            timings[kind] = min(timings.get(kind, took), took)
            store.dispose()
    return len(jsonl), timings["jsonl"], timings["csv"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=30)
    parser.add_argument("--weeks", default="4,104")
    parser.add_argument("--csv-weeks", type=int, default=8)
    args = parser.parse_args()
    small, large = (int(w) for w in args.weeks.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, big = reads(folder, args.people, small), reads(folder, args.people, large)
        print(f"shift rows: {base['rows']:.0f} ({small} weeks) vs {big['rows']:.0f} ({large} weeks)")
        print(f"{'read':<16}{small:>6} wk ms{large:>7} wk ms{'ratio':>8}")
        for name in ("week", "grid", "old grid query"):
            print(f"{name:<16}{base[name] * 1000:>11.2f}{big[name] * 1000:>12.2f}"
                  f"{big[name] / base[name]:>8.2f}")
        n, jsonl_s, csv_s = imports(folder, args.people, args.csv_weeks)
        print(f"import {n} shifts: journal file {jsonl_s * 1000:.0f} ms "
              f"({n / jsonl_s:,.0f}/s), roster CSV {csv_s * 1000:.0f} ms ({n / csv_s:,.0f}/s), "
              f"ratio CSV/journal {csv_s / jsonl_s:.2f}")


if __name__ == "__main__":
    main()
