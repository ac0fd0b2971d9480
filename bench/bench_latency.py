"""Cross-desktop latency: how long until an event appended on one desktop is visible on another.

Run from the repository root:

    python bench/bench_latency.py          # PostgreSQL LISTEN; SQLite polling 50 and 500 ms
    python bench/bench_latency.py --appends 500 --only sqlite --poll-ms 50,250,500

Process A appends one event at a time (``operations.log_obstacle``; the text carries the
``time.time()`` at which A started the append), with a small random pause in between. Process B
watches the way the desktop's ``JournalWatcher`` does:

* PostgreSQL: ``LISTEN balans_events`` on its own autocommit psycopg connection; each append
  sends ``NOTIFY balans_events, '<last_seq>'`` at commit; on a notification B reads
  ``Journal.events_after(last_seq)``.
* SQLite: no push, so B polls ``Journal.max_seq()`` on a fixed tick (default 50 ms here, to see
  the floor; the desktop polls every 500 ms, also measured) and reads ``events_after`` when it grew.

B stamps ``time.time()`` when ``events_after`` returned the event. Both processes are on one
machine, so one clock: latency = seen in B - append started in A (end to end: A's commit, the
notification or the poll wait, B's read). Also shown: A's commit time alone. Polling at an
interval P adds a wait that is uniform on [0, P): P/2 on average (median), 0.99 P at the 99th
percentile. Target: below 500 ms end to end.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from balans.core.journal import operations as ops  # noqa: E402
from balans.core.journal.journal import NOTIFY_CHANNEL, Journal  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402

TARGET_MS = 500.0
DESKTOP_POLL_MS = 500  # balans/desktop/watcher.py: JournalWatcher(interval_ms=500) on SQLite
PROBE = "latency probe"


def appender_main(url: str, n: int, pause: tuple[float, float], ready: Any, out_path: str,
                  seed: int) -> None:
    """Process A: n appends, one event each, stamped with the time the append started."""
    out: dict[str, Any] = {"sent": {}, "acked": {}, "error": None}
    try:
        store = open_store(url)
        journal = Journal(store)
        rng = random.Random(seed)
        if not ready.wait(120):
            raise RuntimeError("the watcher never got ready")
        time.sleep(0.2)
        for i in range(n):
            stamp = time.time()
            ops.log_obstacle(journal, "desk-a", f"{PROBE} {i} t={stamp:.6f}",
                             _now(), actor="desk-a")
            out["sent"][i] = stamp
            out["acked"][i] = time.time()
            time.sleep(rng.uniform(*pause))
        store.dispose()
    except Exception:
        out["error"] = traceback.format_exc()[-1500:]
    Path(out_path).write_text(json.dumps(out))


def _now():  # noqa: ANN202
    from datetime import datetime

    return datetime.now().astimezone()


def _probes(events: list, seen: dict[int, float], at: float) -> None:
    for event in events:
        text = event.get("text") or ""
        if event.type == "obstacle.logged" and text.startswith(PROBE):
            seen[int(text.split()[2])] = at


def watcher_main(url: str, how: str, poll_s: float, n: int, ready: Any, out_path: str,
                 timeout: float) -> None:
    """Process B: notice new events the desktop's way; stamp when each probe became visible."""
    out: dict[str, Any] = {"seen": {}, "wakeups": 0, "error": None}
    seen: dict[int, float] = {}
    try:
        store = open_store(url)
        journal = Journal(store)
        last_seq = journal.max_seq()
        give_up = time.time() + timeout
        if how == "listen":
            import psycopg

            u = store.engine.url
            params = {"host": u.query.get("host") or u.host, "port": u.port or
                      u.query.get("port"), "dbname": u.database, "user": u.username,
                      "password": u.password, "autocommit": True, "connect_timeout": 5}
            with psycopg.connect(**{k: v for k, v in params.items() if v is not None}) as conn:
                conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                ready.set()
                while len(seen) < n and time.time() < give_up:
                    for note in conn.notifies(timeout=1.0, stop_after=1):
                        out["wakeups"] += 1
                        if int(note.payload) <= last_seq:
                            continue  # already read along with an earlier notification
                        events = journal.events_after(last_seq)
                        _probes(events, seen, time.time())
                        if events:
                            last_seq = events[-1].seq
        else:
            ready.set()
            tick = time.monotonic()
            while len(seen) < n and time.time() < give_up:
                tick += poll_s
                out["wakeups"] += 1
                if journal.max_seq() > last_seq:
                    events = journal.events_after(last_seq)
                    _probes(events, seen, time.time())
                    if events:
                        last_seq = events[-1].seq
                time.sleep(max(0.0, tick - time.monotonic()))
        store.dispose()
    except Exception:
        out["error"] = traceback.format_exc()[-1500:]
    out["seen"] = seen
    Path(out_path).write_text(json.dumps(out))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(url: str, how: str, *, poll_ms: int = 50, appends: int = 200,
            pause: tuple[float, float] = (0.02, 0.08), seed: int = 1) -> dict[str, Any]:
    """Run A and B once; returns latencies in ms (end to end, and A's commit alone)."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.append(here)  # spawned children import this module by name
    store = open_store(url)
    journal = Journal(store)
    if not journal.events("type = 'employee.added' AND employee = 'desk-a'"):
        ops.add_employee(journal, "desk-a", "Desk A", _now())
    store.dispose()
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    folder = Path(tempfile.mkdtemp(prefix="balans-latency-"))
    timeout = 120 + appends * (pause[1] + 0.5)
    try:
        b = ctx.Process(target=watcher_main, args=(url, how, poll_ms / 1000, appends, ready,
                                                   str(folder / "b.json"), timeout))
        a = ctx.Process(target=appender_main, args=(url, appends, pause, ready,
                                                    str(folder / "a.json"), seed))
        b.start()
        a.start()
        a.join(timeout)
        b.join(60)
        for p in (a, b):
            if p.is_alive():
                p.kill()
        sent = json.loads((folder / "a.json").read_text())
        got = json.loads((folder / "b.json").read_text())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    errors = [x for x in (sent["error"], got["error"]) if x]
    seen = {int(k): v for k, v in got["seen"].items()}
    stamps = {int(k): v for k, v in sent["sent"].items()}
    acks = {int(k): v for k, v in sent["acked"].items()}
    e2e = [(seen[i] - stamps[i]) * 1000 for i in stamps if i in seen]
    commit = [(acks[i] - stamps[i]) * 1000 for i in stamps]
    return {"how": how, "poll_ms": poll_ms if how == "poll" else None, "appends": appends,
            "seen": len(e2e), "missing": len(stamps) - len(e2e), "errors": errors,
            "wakeups": got["wakeups"], "e2e": e2e, "commit": commit}


def describe(label: str, r: dict[str, Any]) -> str:
    if not r["e2e"]:
        return f"{label}: nothing seen; errors: {r['errors']}"
    e2e, commit = r["e2e"], r["commit"]
    ok = _pct(e2e, 0.99) < TARGET_MS and not r["missing"] and not r["errors"]
    line = (f"{label:<34} median {statistics.median(e2e):6.1f} ms   p99 {_pct(e2e, 0.99):6.1f} ms"
            f"   max {max(e2e):6.1f} ms   (A's commit alone: median "
            f"{statistics.median(commit):.1f} ms, p99 {_pct(commit, 0.99):.1f} ms)   "
            f"seen {r['seen']}/{r['appends']}   p99 {'<' if ok else '>='} {TARGET_MS:.0f} ms")
    if r["poll_ms"]:
        line += (f"\n{'':<34} polling every {r['poll_ms']} ms adds ~{r['poll_ms'] / 2:.0f} ms "
                 f"(median) / ~{0.99 * r['poll_ms']:.0f} ms (p99) by itself")
    for error in r["errors"]:
        line += "\n  ! " + error.strip().splitlines()[-1]
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--appends", type=int, default=200)
    parser.add_argument("--only", choices=("pg", "sqlite"))
    parser.add_argument("--poll-ms", default=f"50,{DESKTOP_POLL_MS}",
                        help="SQLite poll intervals to measure, comma-separated (default 50,500)")
    parser.add_argument("--pause-ms", default="20,80",
                        help="A's random pause between appends, min,max ms (default 20,80)")
    args = parser.parse_args(argv)
    lo, hi = (float(x) / 1000 for x in args.pause_ms.split(","))
    lines: list[str] = []
    results: list[dict[str, Any]] = []
    if args.only in (None, "pg"):
        from load_test import _start_cluster  # same folder

        cluster, base = _start_cluster()
        try:
            cluster.create_database("balans_latency")
            r = measure(cluster.url("balans_latency"), "listen", appends=args.appends,
                        pause=(lo, hi))
            results.append(r)
            lines.append(describe("PostgreSQL, LISTEN/NOTIFY", r))
            print(lines[-1], flush=True)
        finally:
            cluster.stop()
            shutil.rmtree(base, ignore_errors=True)
    if args.only in (None, "sqlite"):
        for poll in (int(x) for x in args.poll_ms.split(",")):
            folder = Path(tempfile.mkdtemp(prefix="balans-latency-sqlite-"))
            try:
                r = measure(f"sqlite:///{folder / 'latency.db'}", "poll", poll_ms=poll,
                            appends=args.appends, pause=(lo, hi))
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            results.append(r)
            note = " (desktop)" if poll == DESKTOP_POLL_MS else ""
            lines.append(describe(f"SQLite WAL, poll {poll} ms{note}", r))
            print(lines[-1], flush=True)
    bad = [r for r in results if r["missing"] or r["errors"]]
    print("FAIL: some events never became visible" if bad else
          "OK: every appended event became visible in the other process")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
