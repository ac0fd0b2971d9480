"""What the database's own guards cost: imports with and without them, and an employee's action.

    python bench/bench_guards.py [--events 200000] [--actions 200]

In the same run, on fresh databases:

- SQLite import of N events with a row trigger holding the same checks as PostgreSQL's
  constraints, and without (why SQLite has none: see migration 0004);
- PostgreSQL (a throwaway cluster, as the tests start one) import with the CHECK constraints and the
  lock trigger, and with them dropped;
- PostgreSQL, one action at a time (mode change, contact served start to end): as the owner (the
  app writes the state rows) and as an employee login (the server checks the events and derives
  the state rows itself).

Ratios are guarded / unguarded time (1.0 = free).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from balans.core.journal import operations  # noqa: E402
from balans.core.journal.journal import Journal  # noqa: E402
from balans.core.storage.store import open_store  # noqa: E402
from bench.bench_import import journal_lines  # noqa: E402
from tests.pgcluster import PgCluster, find_pg_bin  # noqa: E402

PG_CHECKS = ("events_known_type", "events_data_agrees", "events_required_fields")
_TYPES = "', '".join(__import__("balans.core.journal.events", fromlist=["SCHEMA"]).SCHEMA)
SQLITE_TRIGGER = f"""CREATE TRIGGER events_guard BEFORE INSERT ON events
    WHEN NEW.type NOT IN ('{_TYPES}') OR json_type(NEW.data) IS NOT 'object'
      OR json_extract(NEW.data, '$.employee') IS NOT NEW.employee
      OR json_extract(NEW.data, '$.contact') IS NOT NEW.contact
      OR json_extract(NEW.data, '$.task') IS NOT NEW.task
    BEGIN SELECT RAISE(ABORT, 'the event does not agree with its type or its fields'); END"""


def timed_import(url: str, lines: list[str], unguard: list[str]) -> float:
    store = open_store(url)
    with store.engine.begin() as conn:
        for statement in unguard:
            conn.exec_driver_sql(statement)
    start = time.perf_counter()
    Journal(store).import_lines(lines)
    elapsed = time.perf_counter() - start
    store.dispose()
    return elapsed


def actions(journal: Journal, employee: str, n: int) -> float:
    now = datetime(2026, 11, 23, 8, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    start = time.perf_counter()
    for i in range(n):
        at = now + timedelta(seconds=i)
        if i % 2:
            operations.set_mode(journal, employee, ("contact", "backoffice")[i % 4 // 2], at)
        else:
            operations.register_contact(journal, employee, "phone", at)
    return (time.perf_counter() - start) / n * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--actions", type=int, default=200)
    args = parser.parse_args()
    lines = journal_lines(args.events)
    n = len(lines)
    with tempfile.TemporaryDirectory() as folder:
        plain = timed_import(f"sqlite:///{folder}/a.db", lines, [])
        guarded = timed_import(f"sqlite:///{folder}/b.db", lines, [SQLITE_TRIGGER])
    print(f"SQLite import of {n:,} events: without a trigger {plain:.2f} s, with one "
          f"{guarded:.2f} s, ratio {guarded / plain:.3f}")
    bindir = find_pg_bin()
    if bindir is None:
        print("PostgreSQL binaries not found: PostgreSQL part skipped")
        return
    base = Path(tempfile.mkdtemp(prefix="balans-bench-"))
    cluster = PgCluster(bindir, base)
    cluster.start()
    try:
        for name in ("plain", "guarded", "actions"):
            cluster.create_database(name)
        unguard = [f"ALTER TABLE events DROP CONSTRAINT {c}" for c in PG_CHECKS]
        unguard.append("DROP TRIGGER events_lock ON events")
        plain = timed_import(cluster.url("plain"), lines, unguard)
        guarded = timed_import(cluster.url("guarded"), lines, [])
        print(f"PostgreSQL import of {n:,} events: without guards {plain:.2f} s, with guards "
              f"{guarded:.2f} s, ratio {guarded / plain:.3f}")
        from balans.core.storage.server import add_user, init_server

        admin = open_store(cluster.url("actions"))
        now = datetime(2026, 11, 23, 7, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
        operations.add_employee(Journal(admin), "anna", "Anna", now)
        operations.add_employee(Journal(admin), "bram", "Bram", now)
        init_server(admin)
        add_user(admin, "anna_login", "employee", "anna-secret-1", employee="anna", replace=True)
        anna = open_store(cluster.url("actions", "anna_login"), "anna-secret-1")
        actions(Journal(anna), "anna", 10)  # warm up both connections
        actions(Journal(admin), "bram", 10)
        owner_ms = actions(Journal(admin), "bram", args.actions)
        employee_ms = actions(Journal(anna), "anna", args.actions)
        print(f"PostgreSQL action ({args.actions} each): owner {owner_ms:.2f} ms, employee "
              f"login (server-derived state) {employee_ms:.2f} ms, ratio "
              f"{employee_ms / owner_ms:.3f}")
        with admin.engine.connect() as conn:
            print("employee rows checked:", conn.execute(sa.text(
                "SELECT count(*) FROM events WHERE login = 'anna_login'")).scalar())
        anna.dispose()
        admin.dispose()
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
