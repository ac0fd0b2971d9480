"""Summary and live state of one day, as history grows: is the cost flat?

    python bench/bench_summary.py [--days 50 250 1000] [--only sqlite|postgresql]

For each history length, a demo database with that many working days (ending 2026-11-20) is
built once (SQLite in a temp folder; PostgreSQL on a throwaway cluster this script starts), then
timed (median of 7 runs, each reading from the database):

- summary: the indexed day slice plus ``summarize`` (what ``balans summary`` does);
- panel: the end-of-day panel's whole read as the panel runs it (``load_summary_view``: the
  summary, the names and the routine since the previous working day);
- live: the board opening on the day at 11:00 (the slice up to then, a fresh ``LiveTracker``,
  the backlog's finishing rate, the snapshot).

Targets: live state under 50 ms, summary and panel under 300 ms, flat as history grows.
``--keep DIR`` keeps the SQLite databases there and reuses them on the next run.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, time as dtime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from balans.core.simulation.demo import fill_demo  # noqa: E402
from balans.core.journal.journal import Journal  # noqa: E402
from balans.core.live.board import LiveTracker  # noqa: E402
from balans.core.storage.queries import day_events, recent_finished_per_day  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402
from balans.core.summary.compute import summarize  # noqa: E402
from balans.core.summary.model import SummarySettings  # noqa: E402
from balans.core.summary.view import load_summary_view  # noqa: E402
from balans.core.timeutil import zone  # noqa: E402

DAY = date(2026, 11, 20)
TZ = zone("Europe/Amsterdam")


def median_ms(fn, runs: int = 7) -> float:
    fn()  # warm the caches once, as a running app would have them
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(url: str, days: int) -> tuple[float, float, float, int, float]:
    store = open_store(url)
    journal = Journal(store)
    began = time.perf_counter()
    if journal.max_seq() == 0:  # a kept database is reused as it is
        fill_demo(journal, DAY, days, 1, TZ)
    built = time.perf_counter() - began
    total = journal.count()

    def summary() -> None:
        summarize(day_events(journal, DAY, TZ), DAY, TZ)

    now = datetime.combine(DAY, dtime(11, 0), tzinfo=TZ)

    def live() -> None:
        tracker = LiveTracker(TZ)
        tracker.extend(day_events(journal, DAY, TZ, until=now))
        tracker.snapshot(now, recent_finished_per_day(journal, DAY, TZ))

    def panel() -> None:
        load_summary_view(journal, DAY, TZ, SummarySettings())

    result = (median_ms(summary), median_ms(panel), median_ms(live), total, built)
    store.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, nargs="+", default=[50, 250, 1000])
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--keep", help="folder to keep (and reuse) the SQLite databases in")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or scratch
        if args.only != "postgresql":
            for days in args.days:
                rows.append(("sqlite", days, *measure(f"sqlite:///{folder}/h{days}.db", days)))
                print(*rows[-1], flush=True)
        if args.only != "sqlite":
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
            from pgcluster import PgCluster, find_pg_bin

            base = Path(tempfile.mkdtemp(prefix="balans-pg-"))
            cluster = PgCluster(find_pg_bin(), base)
            cluster.start()
            try:
                for days in args.days:
                    cluster.create_database(f"h{days}")
                    rows.append(("postgresql", days, *measure(cluster.url(f"h{days}"), days)))
                    print(*rows[-1], flush=True)
            finally:
                cluster.stop()
    print()
    print(f"{'database':11} {'days':>5} {'events':>10} {'summary ms':>11} {'panel ms':>9} "
          f"{'live ms':>8}")
    for db, days, summary_ms, panel_ms, live_ms, total, _built in rows:
        print(f"{db:11} {days:>5} {total:>10,} {summary_ms:>11.1f} {panel_ms:>9.1f} "
              f"{live_ms:>8.1f}")


if __name__ == "__main__":
    main()
