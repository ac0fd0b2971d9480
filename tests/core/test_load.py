"""A short run of bench/load_test.py: concurrent writer processes on one journal.

Same checks as the full bench (nothing acknowledged is lost, no id stored twice, no contact
answered twice, racers' outcomes agree with the stored winner, no writer stuck past its deadline,
no unexpected exception), with fewer writers for a few seconds.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

LOAD_TEST = Path(__file__).resolve().parents[2] / "bench" / "load_test.py"


def _load_test_module():
    # bench/ is not a package. The module is registered as "load_test" and run_load puts its
    # folder on sys.path, so the spawned writer processes can import it by that name too.
    module = sys.modules.get("load_test")
    if module is None or Path(module.__file__).resolve() != LOAD_TEST:
        spec = importlib.util.spec_from_file_location("load_test", LOAD_TEST)
        module = importlib.util.module_from_spec(spec)
        sys.modules["load_test"] = module
        spec.loader.exec_module(module)
    return module


def _check(report) -> None:  # noqa: ANN001
    text = report.text()
    print(text)
    assert report.appends > 0, text
    assert report.errors == [], text
    assert report.late_writers == [], text
    assert report.lost == 0, text
    assert report.duplicate_ids == 0, text
    assert report.double_answered == 0, text
    assert report.stored_vs_acked == 0, text
    assert report.state_mismatches == 0, text
    assert report.seq_regressions == 0, text
    assert report.race_violations == [], text
    # The race really happened: contacts tried by two or more writers, the losers refused.
    assert report.contested > 0 and report.refusals > 0, text
    assert report.ok, text


@pytest.mark.postgres
def test_concurrent_writers_postgres(pg_url):
    lt = _load_test_module()
    _check(lt.run_load(pg_url, writers=6, seconds=5, label="PostgreSQL", verbose=False))


def test_concurrent_writers_sqlite(sqlite_url):
    lt = _load_test_module()
    report = lt.run_load(sqlite_url, writers=3, seconds=4, label="SQLite (WAL)", verbose=False)
    assert report.journal_mode == "wal"
    _check(report)
