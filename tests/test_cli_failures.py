"""Hostile or unlucky input on both databases: every case is one clear line and exit status 1,
never a traceback, and nothing half stored."""
from __future__ import annotations

import json

import pytest

from balans.cli import main
from tests.test_cli import GOOD


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("balans: ") and "Traceback" not in err


def write(path, objects, raw: str = "") -> str:
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objects) + "\n" + raw,
                    encoding="utf-8")
    return str(path)


def test_export_escapes_line_separators_so_it_always_re_imports(db_url, tmp_path, capsys):
    title = "line\u2028separator\u2029paragraph\x85next"
    events = GOOD + [{"id": "e7", "ts": "2026-11-23T09:06:00+01:00", "type": "task.created",
                      "task": "t1", "title": title}]
    source = write(tmp_path / "in.jsonl", events)
    assert "\u2028" in (tmp_path / "in.jsonl").read_text()  # raw in the file imported
    assert run(capsys, "--db", db_url, "import", source)[0] == 0
    code, exported, _ = run(capsys, "--db", db_url, "export")
    assert code == 0 and "\\u2028" in exported and "\\u0085" in exported
    assert not any(ch in exported for ch in "\u2028\u2029\x85")
    assert len(exported.splitlines()) == len(events)  # even splitlines sees one event a line
    (tmp_path / "out.jsonl").write_text(exported, encoding="utf-8")
    again = f"sqlite:///{tmp_path / 'again.db'}"
    assert run(capsys, "--db", again, "import", str(tmp_path / "out.jsonl"))[0] == 0
    assert run(capsys, "--db", again, "export")[1] == exported
    assert json.loads(exported.splitlines()[-1])["title"] == title


@pytest.mark.parametrize("bad, reason", [
    ({"id": "x1", "ts": "2026-11-23T08:59:00+01:00", "type": "contact.answered", "contact": "c1",
      "employee": "anna"}, "cannot be answered before it arrived"),
    ({"id": "x2", "ts": "2026-11-23T09:00:05+01:00", "type": "contact.ended", "contact": "c1",
      "employee": "anna", "outcome": "resolved"}, "cannot end before it was answered"),
    ({"id": " ", "ts": "2026-11-23T09:00:00+01:00", "type": "mode.changed", "employee": "anna",
      "mode": "break"}, "id must not be blank"),
    ({"ts": "2026-11-23T09:00:00+01:00", "type": "mode.changed", "employee": "an\x01na",
      "mode": "break"}, "control character"),
    ({"ts": "2026-11-23T09:00:00+01:00", "type": "task.created", "task": "t\u2028",
      "title": "x"}, "control character"),
    ({"ts": "2026-11-23T09:00:00+01:00", "type": "task.created", "task": "t9",
      "title": "nul\x00"}, "NUL"),
    ({"ts": "0001-01-01T00:00:00+01:00", "type": "mode.changed", "employee": "anna",
      "mode": "break"}, "out of range"),
], ids=["answered-before-arrived", "ended-before-answered", "blank-id", "control-id",
        "separator-id", "nul-text", "year-1"])
def test_import_refuses_contradictions_and_bad_ids(db_url, tmp_path, capsys, bad, reason):
    events = GOOD[:4] + [GOOD[4], bad] if bad["type"] == "contact.ended" else GOOD[:4] + [bad]
    code, _, err = run(capsys, "--db", db_url, "import", write(tmp_path / "f.jsonl", events))
    assert code == 1 and one_line(err) and reason in err, err
    assert run(capsys, "--db", db_url, "export")[1] == ""


def test_import_refuses_a_key_given_twice(db_url, tmp_path, capsys):
    raw = ('{"ts": "2026-11-23T09:00:00+01:00", "type": "mode.changed", "employee": "anna", '
           '"mode": "contact", "mode": "break"}\n')
    code, _, err = run(capsys, "--db", db_url, "import", write(tmp_path / "d.jsonl", GOOD, raw))
    assert code == 1 and one_line(err) and "line 7: field 'mode' is given twice" in err
    # a key-like text inside a value is no duplicate
    fine = [{"ts": "2026-11-23T09:00:00+01:00", "type": "task.created", "task": "t1",
             "title": 'says "mode": twice "mode":'}]
    assert run(capsys, "--db", db_url, "import", write(tmp_path / "e.jsonl", fine))[0] == 0


@pytest.mark.parametrize("argv", [
    ["summary", "--date", "9999-12-31"], ["plan", "--date", "9999-12-31"],
    ["export", "--from", "0001-01-01"], ["routine", "--date", "0001-01-01"],
])
def test_dates_out_of_range_are_one_line(sqlite_url, capsys, argv):
    code, _, err = run(capsys, "--db", sqlite_url, *argv)
    assert code == 1 and one_line(err), err


@pytest.mark.parametrize("url, says", [
    ("postgresql+psycopg://anna:secret@dbhost:abc/balans", "is not a database URL"),
    ("postgresql+psycopg://anna@dbhost:99999/balans", "port 99999"),
    ("postgresql+psycopg://anna@/balans?host=/tmp&port=0", "port '0'"),
])
def test_a_bad_port_is_one_line(capsys, url, says):
    code, _, err = run(capsys, "--db", url, "export")
    assert code == 1 and one_line(err) and says in err and "secret" not in err, err


def test_db_in_a_missing_folder_is_an_error_not_a_new_database(tmp_path, capsys):
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'typo' / 'balans.db'}", "export")
    assert code == 1 and one_line(err) and "does not exist" in err
    assert not (tmp_path / "typo").exists()


def test_a_damaged_database_is_one_line(tmp_path, capsys):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x13" * 8192)
    code, _, err = run(capsys, "--db", f"sqlite:///{garbage}", "export")
    assert code == 1 and one_line(err) and "damaged" in err
    db = tmp_path / "damaged.db"
    assert run(capsys, "--db", f"sqlite:///{db}", "demo", "--days", "2", "--date",
               "2026-11-24")[0] == 0
    data = bytearray(db.read_bytes())
    for page in range(3, len(data) // 4096 - 1, 2):  # wreck every other page past the schema
        data[page * 4096:page * 4096 + 4096] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    for argv in (["export"], ["summary", "--date", "2026-11-24"]):
        code, _, err = run(capsys, "--db", f"sqlite:///{db}", *argv)
        assert code == 1 and one_line(err) and "damaged" in err, err


def test_a_full_disk_is_one_line_and_stores_nothing(tmp_path, capsys, monkeypatch):
    from balans.core.storage import store as store_module

    db = tmp_path / "full.db"
    assert run(capsys, "--db", f"sqlite:///{db}", "export")[0] == 0  # created, migrated
    original = store_module._sqlite_engine

    def tiny(url):
        engine = original(url)

        @store_module.sa.event.listens_for(engine, "connect")
        def _limit(dbapi_connection, _record):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")
        return engine

    monkeypatch.setattr(store_module, "_sqlite_engine", tiny)
    big = [{"ts": "2026-11-23T08:00:00+01:00", "type": "employee.added", "employee": f"e{i}",
            "name": "x" * 300} for i in range(200)]
    code, _, err = run(capsys, "--db", f"sqlite:///{db}", "import", write(tmp_path / "b.jsonl",
                                                                          big))
    assert code == 1 and one_line(err) and "disk is full" in err, err
    monkeypatch.setattr(store_module, "_sqlite_engine", original)
    assert run(capsys, "--db", f"sqlite:///{db}", "export")[1] == ""


@pytest.mark.parametrize("message, says", [
    ("canceling statement due to statement timeout", "took too long"),
    ("canceling statement due to lock timeout", "locked by another session"),
    ("database is locked", "locked by another session"),
    ("database or disk is full", "disk is full"),
    ("database disk image is malformed", "damaged"),
])
def test_timeouts_and_locks_are_named_plainly(message, says):
    import sqlalchemy as sa

    from balans.core.storage.store import describe_connection_error

    error = sa.exc.OperationalError("SELECT 1", {}, Exception(message))
    assert says in describe_connection_error(error)
    assert "not reachable" not in describe_connection_error(error)


def test_export_to_a_full_disk_is_one_line(tmp_path):
    import os
    import subprocess
    import sys

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "PYTHONPATH": root}
    subprocess.run([sys.executable, "-m", "balans", "--db", db, "demo", "--days", "1"],
                   check=True, capture_output=True, env=env)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "balans", "--db", db, "export"],
                              stdout=full, stderr=subprocess.PIPE, text=True, env=env)
    assert done.returncode == 1 and one_line(done.stderr) and "disk is full" in done.stderr


def test_a_bar_left_unfinished_ends_its_line_before_the_error(capsys):
    from balans.cli.common import ProgressBar

    bar = ProgressBar("importing")
    bar.enabled = True  # as on a terminal
    bar(40, 100)
    bar.end()
    bar.end()  # once is enough
    assert capsys.readouterr().err == f"\rimporting [{'#' * 10}{'.' * 15}]  40%\n"
