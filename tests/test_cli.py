"""The command line as users and scripts see it: exit codes, messages, round trips."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from balans.cli import main

GOOD = [
    {"id": "e1", "ts": "2026-11-23T08:00:00+01:00", "type": "employee.added", "employee": "anna",
     "name": "Anna"},
    {"id": "e2", "ts": "2026-11-23T08:00:00+01:00", "type": "shift.planned", "employee": "anna",
     "start": "2026-11-23T08:00:00+01:00", "end": "2026-11-23T12:00:00+01:00"},
    {"id": "e3", "ts": "2026-11-23T08:00:00+01:00", "type": "mode.changed", "employee": "anna",
     "mode": "contact"},
    {"id": "e4", "ts": "2026-11-23T09:00:00+01:00", "type": "contact.arrived", "contact": "c1",
     "channel": "phone"},
    {"id": "e5", "ts": "2026-11-23T09:00:10+01:00", "type": "contact.answered", "contact": "c1",
     "employee": "anna"},
    {"id": "e6", "ts": "2026-11-23T09:05:10+01:00", "type": "contact.ended", "contact": "c1",
     "employee": "anna", "outcome": "resolved"},
]


@pytest.fixture
def journal_file(tmp_path):
    path = tmp_path / "good.jsonl"
    path.write_text("\n".join(json.dumps(e) for e in GOOD) + "\n")
    return path


def test_import_export_round_trip_and_idempotence(tmp_path, journal_file, capsys):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert main(["--db", db, "import", str(journal_file)]) == 0
    assert main(["import", "--db", db, str(journal_file)]) == 0  # --db after the command too
    assert "6 already stored" in capsys.readouterr().err
    assert main(["--db", db, "export"]) == 0
    exported = capsys.readouterr().out
    assert [json.loads(line)["id"] for line in exported.splitlines()] == [e["id"] for e in GOOD]
    copy = tmp_path / "copy.jsonl"
    copy.write_text(exported)
    other = f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["--db", other, "import", str(copy)]) == 0
    capsys.readouterr()
    assert main(["--db", other, "export", "--from", "2026-11-23", "--to", "2026-11-23"]) == 0
    assert capsys.readouterr().out == exported
    assert main(["--db", other, "export", "--from", "2026-11-24"]) == 0
    assert capsys.readouterr().out == ""


def test_rejected_file_names_the_line_and_stores_nothing(tmp_path, journal_file, capsys):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    bad = tmp_path / "bad.jsonl"
    lines = journal_file.read_text().splitlines()
    lines.insert(4, json.dumps({"ts": "2026-11-23T09:00:05+01:00", "type": "contact.abandoned",
                                "contact": "c1"}))
    bad.write_text("\n".join(lines))
    assert main(["--db", db, "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 6" in err and "abandoned and cannot be answered" in err
    assert "Traceback" not in err
    assert main(["--db", db, "export"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("argv,status", [
    (["import"], 2), (["nonsense"], 2), (["export", "--from", "23-11-2026"], 2),
    (["summary"], 2), (["import", "/does/not/exist.jsonl"], 1),
    (["demo", "--days", "-3"], 1), (["--db", "mysql://x/y", "export"], 1),
])
def test_exit_codes(tmp_path, argv, status, monkeypatch, capsys):
    monkeypatch.setenv("BALANS_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with pytest.raises(SystemExit) if status == 2 else _nothing() as raised:
        result = main(argv)
    code = raised.value.code if status == 2 else result
    assert code == status
    assert "Traceback" not in capsys.readouterr().err


class _nothing:
    value = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_summary_json_follows_the_contract(tmp_path, journal_file, capsys):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    main(["--db", db, "import", str(journal_file)])
    capsys.readouterr()
    assert main(["--db", db, "summary", "--date", "2026-11-23", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    anna = data["employees"][0]
    assert anna["employee"] == "anna"
    assert anna["actual_minutes"]["contact"] == 240.0  # 08:00 until the shift ends at 12:00
    assert anna["contacts_handled"] == 1
    assert data["team"]["first_contact_resolution"] == 1.0


def test_demo_is_deterministic_and_uses_balans_db(tmp_path):
    outputs = []
    for name in ("one", "two"):
        env_db = f"sqlite:///{tmp_path / name}.db"
        run = subprocess.run([sys.executable, "-m", "balans", "demo", "--date", "2026-11-20",
                              "--days", "2", "--seed", "5"], capture_output=True, text=True,
                             env={**__import__("os").environ, "BALANS_DB": env_db})
        assert run.returncode == 0, run.stderr
        out = subprocess.run([sys.executable, "-m", "balans", "--db", env_db, "export"],
                             capture_output=True, text=True)
        outputs.append(out.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0].splitlines()) > 1000
