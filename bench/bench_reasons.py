"""Contacts from an ACD export, and consistency per reason, against baselines in the same run.

    python bench/bench_reasons.py [--calls 100000] [--days 20]

1. Import: a call-level CSV of N calls (one row each, ids, agents, wrap-up codes) through the
   column mapping (parse every cell, build and validate every event) and into the journal, timed
   against the baseline of importing the very same events as JSON Lines with
   ``Journal.import_lines`` (the journal's own bulk path), each into a fresh SQLite database.
2. Consistency: the four-week consistency report on the last day of an N-day demo, against the
   baseline of that day's end-of-day summary (both read from the database, median of 5).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from balans.core.imports.convert import convert, read_csv  # noqa: E402
from balans.core.imports.mapping import SourceMapping  # noqa: E402
from balans.core.imports.run import import_converted, lookup_tables  # noqa: E402
from balans.core.journal.journal import Journal, event_to_line  # noqa: E402
from balans.core.reasons.load import load_for_day  # noqa: E402
from balans.core.simulation.demo import fill_demo  # noqa: E402
from balans.core.storage.queries import day_events  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402
from balans.core.summary.compute import summarize  # noqa: E402
from balans.core.timeutil import zone  # noqa: E402

TZ = zone("Europe/Amsterdam")
DAY = date(2026, 11, 20)
MAPPING = SourceMapping("acd", "calls", {"id": "CallId", "arrived": "Start", "wait_s": "Wait",
                                         "talk_s": "Talk", "abandoned": "Abandoned",
                                         "agent": "Agent", "reason": "WrapUp"})


def export_text(calls: int) -> str:
    rng = random.Random(7)
    start = datetime(2026, 1, 5, 8, 0)
    lines = ["CallId;Start;Wait;Talk;Abandoned;Agent;WrapUp"]
    for n in range(calls):
        moment = start + timedelta(days=n // 650, seconds=(n % 650) * 45)
        gone = rng.random() < 0.05
        lines.append(f"{n};{moment:%d-%m-%Y %H:%M:%S};{rng.randint(0, 120)};"
                     f"{'' if gone else rng.randint(60, 900)};{'ja' if gone else 'nee'};"
                     f"{'anna' if n % 3 else 'zoe'};{'permit' if n % 4 else 'billing'}")
    return "\n".join(lines) + "\n"


def fresh(folder: Path, name: str) -> Journal:
    journal = Journal(open_store(f"sqlite:///{folder / name}"))
    journal.import_lines([
        '{"ts": "2026-01-01T08:00:00+01:00", "type": "employee.added", "employee": "anna", '
        '"name": "Anna"}',
        '{"ts": "2026-01-01T08:00:00+01:00", "type": "reason.defined", "reason": "permit", '
        '"label": "Where is my permit?", "demand": "failure"}'])
    return journal


def bench_import(calls: int, folder: Path) -> None:
    text = export_text(calls)
    journal = fresh(folder, "csv.db")
    began = time.perf_counter()
    employees, reasons = lookup_tables(journal)
    done = convert(read_csv(text), MAPPING, TZ, employees=employees, reasons=reasons)
    stored = import_converted(journal, done).stored
    csv_s = time.perf_counter() - began
    lines = [event_to_line(e) for _line, e in done.events]
    baseline = fresh(folder, "jsonl.db")
    began = time.perf_counter()
    baseline.import_lines(lines)
    jsonl_s = time.perf_counter() - began
    print(f"import of {stored:,} calls: CSV through the mapping {csv_s:.2f} s "
          f"({stored / csv_s:,.0f}/s); the same events as JSON Lines {jsonl_s:.2f} s "
          f"({stored / jsonl_s:,.0f}/s); ratio {csv_s / jsonl_s:.2f}")


def median_ms(fn, runs: int = 5) -> float:
    fn()
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def bench_consistency(days: int, folder: Path) -> None:
    journal = Journal(open_store(f"sqlite:///{folder / 'demo.db'}"))
    fill_demo(journal, DAY, days, 1, TZ)
    summary_ms = median_ms(lambda: summarize(day_events(journal, DAY, TZ), DAY, TZ))
    report_ms = median_ms(lambda: load_for_day(journal, DAY, TZ))
    report = load_for_day(journal, DAY, TZ)
    contacts = sum(r.count for r in report.reasons)
    print(f"consistency over 4 weeks ({contacts:,} contacts, {days}-day demo): "
          f"{report_ms:.0f} ms; the day's summary {summary_ms:.0f} ms; "
          f"ratio {report_ms / summary_ms:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(args.calls, Path(tmp))
        bench_consistency(args.days, Path(tmp))


if __name__ == "__main__":
    main()
