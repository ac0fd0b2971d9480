"""A process killed in the middle of a large import leaves all or none of that file stored."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.storage.store import open_store


def write_big_journal(path: Path, contacts: int) -> int:
    """Employees plus `contacts` served contacts: 3 events each."""
    lines = [json.dumps({"id": f"emp-{e}", "ts": "2026-11-23T07:00:00+01:00",
                         "type": "employee.added", "employee": f"e{e}", "name": f"E {e}"})
             for e in range(10)]
    for i in range(contacts):
        minute, second = divmod(i % 3600, 60)
        ts = f"2026-11-23T09:{minute % 60:02d}:{second:02d}+01:00"
        emp = f"e{i % 10}"
        lines.append(json.dumps({"id": f"a{i}", "ts": ts, "type": "contact.arrived",
                                 "contact": f"c{i}", "channel": "phone"}))
        lines.append(json.dumps({"id": f"b{i}", "ts": ts, "type": "contact.answered",
                                 "contact": f"c{i}", "employee": emp}))
        lines.append(json.dumps({"id": f"c{i}", "ts": ts, "type": "contact.ended",
                                 "contact": f"c{i}", "employee": emp, "outcome": "resolved"}))
    path.write_text("\n".join(lines) + "\n")
    return len(lines)


def consistent(url: str) -> tuple[int, int]:
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            if store.dialect == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            events = conn.execute(sa.text("SELECT COUNT(*) FROM events")).scalar()
            arrived = conn.execute(sa.text(
                "SELECT COUNT(*) FROM events WHERE type = 'contact.arrived'")).scalar()
            contacts = conn.execute(sa.text("SELECT COUNT(*) FROM contacts")).scalar()
            ended = conn.execute(sa.text(
                "SELECT COUNT(*) FROM contacts WHERE status = 'ended'")).scalar()
        assert contacts == arrived == ended  # state tables agree with the journal
        return events, contacts
    finally:
        store.dispose()


@pytest.mark.slow
def test_sigkill_during_import_leaves_all_or_nothing(db_url, tmp_path):
    base = tmp_path / "base.jsonl"
    base.write_text(json.dumps({"id": "first", "ts": "2026-11-23T07:00:00+01:00",
                                "type": "employee.added", "employee": "boss", "name": "B"}) + "\n")
    Journal(open_store(db_url)).import_lines(base.read_text().splitlines())
    big = tmp_path / "big.jsonl"
    total = write_big_journal(big, 60_000)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    outcomes = set()
    for delay in (0.8, 1.6, 2.4, 3.5):
        proc = subprocess.Popen([sys.executable, "-m", "balans", "--db", db_url, "import",
                                 str(big)], env=env, stderr=subprocess.PIPE)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            outcomes.add("killed")
        proc.wait(timeout=60)
        events, contacts = consistent(db_url)
        assert events in (1, 1 + total), events
        assert contacts in (0, 60_000)
        if events == 1 + total:
            outcomes.add("complete")
            break
    assert "killed" in outcomes
    # After the kills, a normal import stores the file exactly once.
    result = subprocess.run([sys.executable, "-m", "balans", "--db", db_url, "import", str(big)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert consistent(db_url) == (1 + total, 60_000)
