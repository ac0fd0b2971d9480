"""Import throughput: `balans import` of N events vs raw sqlite3 executemany of the same rows.

    python bench/bench_import.py [--events 1000000] [--runs 3]

Both write to a fresh SQLite file with the same pragmas (WAL, synchronous=NORMAL). Each is timed
by the wall clock and by this process's CPU time: on a shared machine other processes stretch
the wall clock of either run, not its CPU time (both runs are single-threaded). The raw
baseline inserts the already-prepared rows into a plain table with no indexes, no validation and
no state tables; Balans parses the JSON Lines, validates every event, maintains the state tables
and the journal's indexes, all in one transaction (into a fresh database: the first-import lane,
``balans.core.journal.first_import``). With ``--runs N`` the two alternate N times
(each into a fresh file) and the best time of each is compared: the runs least disturbed by
the neighbours.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from balans.core.journal.journal import Journal, decode_lines  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402
from balans.core.timeutil import to_micros  # noqa: E402


def journal_lines(n_events: int) -> list[str]:
    """A realistic mix: contacts arriving/answered/ended, tasks created/started/finished."""
    lines = [json.dumps({"id": f"emp-{e}", "ts": "2026-01-05T07:00:00+01:00",
                         "type": "employee.added", "employee": f"e{e}", "name": f"Emp {e}"})
             for e in range(12)]
    i = 0
    while len(lines) < n_events:
        day = 5 + (i // 2000) % 20
        sec = (i * 7) % 36000
        ts = f"2026-01-{day:02d}T{8 + sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}+01:00"
        emp = f"e{i % 12}"
        if i % 5 == 4:
            lines += [
                json.dumps({"id": f"x{i}a", "ts": ts, "type": "task.created", "task": f"t{i}",
                            "title": "Check permit file", "due": ts, "estimate_min": 20}),
                json.dumps({"id": f"x{i}b", "ts": ts, "type": "task.started", "task": f"t{i}",
                            "employee": emp}),
                json.dumps({"id": f"x{i}c", "ts": ts, "type": "task.finished", "task": f"t{i}",
                            "employee": emp})]
        else:
            lines += [
                json.dumps({"id": f"x{i}a", "ts": ts, "type": "contact.arrived",
                            "contact": f"c{i}", "channel": "phone", "reason": "where"}),
                json.dumps({"id": f"x{i}b", "ts": ts, "type": "contact.answered",
                            "contact": f"c{i}", "employee": emp}),
                json.dumps({"id": f"x{i}c", "ts": ts, "type": "contact.ended",
                            "contact": f"c{i}", "employee": emp, "outcome": "resolved"})]
        i += 1
    return lines[:n_events]


def raw_baseline(path: Path, lines: list[str]) -> tuple[float, float]:
    """Raw sqlite3 executemany of the same rows (prepared beforehand, not timed)."""
    rows = []
    for seq, (_, event) in enumerate(decode_lines(lines), 1):
        f = event.fields
        rows.append((seq, event.id, to_micros(event.ts), event.ts.isoformat(), event.type,
                     f.get("employee"), f.get("contact"), f.get("task"), event.actor,
                     json.dumps(dict(f), separators=(",", ":"))))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT, t INTEGER, ts TEXT, "
                 "type TEXT, employee TEXT, contact TEXT, task TEXT, actor TEXT, data TEXT)")
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed


def balans_import(url: str, lines: list[str]) -> tuple[float, float]:
    store = open_store(url)
    start, cpu = time.perf_counter(), time.process_time()
    result = Journal(store).import_lines(lines)
    elapsed = time.perf_counter() - start, time.process_time() - cpu
    assert result.stored == len(lines), result
    store.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1, help="alternate runs; the best counts")
    args = parser.parse_args()
    lines = journal_lines(args.events)
    raws, ours_ = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            raws.append(raw_baseline(Path(folder) / "raw.db", lines))
        with tempfile.TemporaryDirectory() as folder:
            ours_.append(balans_import(f"sqlite:///{folder}/balans.db", lines))
    raw = min(r[0] for r in raws), min(r[1] for r in raws)
    ours = min(r[0] for r in ours_), min(r[1] for r in ours_)
    n = len(lines)
    print(f"events                     {n:>12,}   (best of {args.runs} run(s) each)")
    print(f"{'':27}{'wall clock':>26}{'CPU time':>14}")
    print(f"raw sqlite3 executemany    {n / raw[0]:>12,.0f} events/s  ({raw[0]:6.2f} s)"
          f"  ({raw[1]:6.2f} s)")
    print(f"balans import (validated)  {n / ours[0]:>12,.0f} events/s  ({ours[0]:6.2f} s)"
          f"  ({ours[1]:6.2f} s)")
    print(f"ratio balans / raw         {raw[0] / ours[0]:>12.3f}{'':15}{raw[1] / ours[1]:>12.3f}"
          f"   (target >= 0.25)")


if __name__ == "__main__":
    main()
