"""Another process appends; this desktop's watcher notices within the promised time."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest


def _journal_file(tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"id": f"{name}-1", "ts": "2026-11-23T08:00:00+01:00",
                                "type": "employee.added", "employee": name,
                                "name": name.title()}) + "\n")
    return str(path)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql",
                                                            marks=pytest.mark.postgres)])
def test_events_from_another_process_reach_this_desktop(backend, make_ctx, qtbot, tmp_path,
                                                        request):
    from balans.desktop.watcher import JournalWatcher

    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    ctx = make_ctx(url)
    watcher = JournalWatcher(ctx)
    watcher.start(0)
    if backend == "postgresql":
        watcher._timer.stop()  # no safety-net poll: only LISTEN/NOTIFY can deliver now
        qtbot.wait(500)  # let the listener connect before the other process writes
    try:
        for name in ("anna", "bram"):
            with qtbot.waitSignal(watcher.changed, timeout=5000) as seen:
                started = time.monotonic()
                result = subprocess.run([sys.executable, "-m", "balans", "--db", url, "import",
                                         _journal_file(tmp_path, name)],
                                        capture_output=True, text=True, timeout=60)
                assert result.returncode == 0, result.stderr
                written = time.monotonic()
            assert seen.args[0] == watcher.last_seq
            # Within 2 seconds of the other process finishing its write.
            assert time.monotonic() - written < 2.0, time.monotonic() - started
        assert watcher.last_seq == 2
    finally:
        watcher.stop()
