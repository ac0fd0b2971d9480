"""Roster CSV import: column mapping, row-level errors, idempotence; and the CLI around it."""
from __future__ import annotations

from datetime import datetime

import pytest

from balans.core.journal.journal import Journal
from balans.core.roster import actions
from balans.core.roster import csv_import as ci
from balans.core.roster.read import team, week
from tests.core.builders import DAY, TZ

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=TZ)
DUTCH = ("\ufeffNaam;Datum;Van;Tot;Opmerking\n"
         "Anna de Vries;23-11-2026;08:00;16:30;\n"
         "bram;2026-11-24;9.00;17.00;late\n"
         "\n"
         "Cees;24-11-2026;09:00;17:00;\n"
         "anna;25-11-2026;17:00;09:00;\n"
         "anna;31-11-2026;08:00;12:00;\n"
         "bram;2026-11-26;;12:00;\n"
         "anna;2026-11-27;8:00;24:00;\n")


@pytest.fixture
def crew(store):
    journal = Journal(store)
    actions.add_member(journal, "anna", "Anna de Vries", ["phone"], NOW)
    actions.add_member(journal, "bram", "Bram", ["phone"], NOW)
    actions.add_member(journal, "cees", "Cees", ["phone"], NOW)
    actions.deactivate_member(journal, "cees", NOW, TZ)
    return journal


def test_mapping_is_guessed_from_dutch_or_english_names():
    assert ci.guess_mapping(["Naam", "Datum", "Van", "Tot"]) == {
        "employee": 0, "date": 1, "start": 2, "end": 3}
    assert ci.guess_mapping(["start", "End", "who", "remark"]) == {
        "employee": 2, "date": None, "start": 0, "end": 1}


def test_each_row_is_a_shift_or_says_what_is_wrong(crew):
    table = ci.read_csv(DUTCH)
    assert table.header[:4] == ("Naam", "Datum", "Van", "Tot")  # BOM and ';' handled
    rows = ci.parse_rows(table, ci.guess_mapping(table.header), team(crew), TZ)
    by_line = {r.line: r for r in rows}
    assert [r.line for r in rows] == [2, 3, 5, 6, 7, 8, 9]  # the blank line is no row
    assert by_line[2].employee == "anna" and by_line[2].start.isoformat() == \
        "2026-11-23T08:00:00+01:00"
    assert by_line[3].end.hour == 17
    assert by_line[5].error == "Cees has left the team"
    assert by_line[6].error == "the shift ends before it starts"
    assert "is not a date" in by_line[7].error
    assert by_line[8].error == "no start"
    assert by_line[9].end.isoformat() == "2026-11-28T00:00:00+01:00"  # 24:00 is midnight


def test_a_unique_first_name_is_enough(crew):
    actions.add_member(crew, "bram2", "Bram de Boer", ["phone"], NOW)
    table = ci.read_csv("who,date,start,end\nanna,2026-11-23,08:00,12:00\n"
                        "Anna,2026-11-23,13:00,17:00\nBram,2026-11-24,08:00,12:00\n")
    rows = ci.parse_rows(table, ci.guess_mapping(table.header), team(crew), TZ)
    assert [r.employee for r in rows] == ["anna", "anna", "bram"]  # 'Bram' is a full name
    table = ci.read_csv("who,date,start,end\nCees,2026-11-23,08:00,12:00\n")
    assert ci.parse_rows(table, ci.guess_mapping(table.header), team(crew), TZ)[0].error == \
        "Cees has left the team"


def test_importing_twice_stores_once(crew):
    table = ci.read_csv(DUTCH)
    rows = ci.parse_rows(table, ci.guess_mapping(table.header), team(crew), TZ)
    seen = []
    first = ci.import_rows(crew, rows, NOW, progress=lambda done, total: seen.append(
        (done, total)))
    assert (first.stored, first.skipped, first.rejected) == (3, 0, 4)
    assert seen and seen[-1] == (3, 3)
    again = ci.import_rows(crew, rows, datetime(2026, 11, 21, 9, 0, tzinfo=TZ))
    assert (again.stored, again.skipped) == (0, 3)
    assert len(week(crew, DAY, TZ).shifts) == 3


def test_a_file_that_is_no_roster_is_refused_whole(crew):
    with pytest.raises(ci.CsvError, match="empty"):
        ci.read_csv("")
    table = ci.read_csv("who,when\nanna,today\n")
    with pytest.raises(ci.CsvError, match="choose the column that holds start"):
        ci.parse_rows(table, ci.guess_mapping(table.header), team(crew), TZ)
    mapping = {"employee": 0, "date": None, "start": 1, "end": 1}
    rows = ci.parse_rows(table, mapping, team(crew), TZ)
    assert rows[0].error == "start 'today' is not a time (like 08:30)"
    with pytest.raises(ci.CsvError, match="no row"):
        ci.import_rows(crew, rows, NOW)


def test_cli_roster_and_team(tmp_path, capsys):
    from balans.cli import main

    db = ["--db", f"sqlite:///{tmp_path / 'r.db'}"]
    assert main(db + ["team", "add", "anna", "Anna de Vries", "--channels", "phone,counter"]) == 0
    assert main(db + ["team", "add", "bram", "Bram"]) == 0
    assert main(db + ["team", "add", "Bad Id", "X"]) == 1
    assert main(db + ["team", "edit", "zed", "--name", "Z"]) == 1
    assert main(db + ["team", "edit", "bram", "--channels", "chat"]) == 0
    capsys.readouterr()
    assert main(db + ["team", "list"]) == 0
    out = capsys.readouterr().out
    assert "Anna de Vries  phone, counter" in out and "bram" in out and "chat" in out
    path = tmp_path / "roster.csv"
    path.write_text(DUTCH.replace("Cees", "Zed"), encoding="utf-8")
    assert main(db + ["roster", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing stored" in err and "line 5: 'Zed' is not on the team" in err
    assert main(db + ["roster", "import", str(path), "--skip-errors"]) == 0
    assert "imported 3 shifts" in capsys.readouterr().err
    assert main(db + ["roster", "import", str(path), "--skip-errors"]) == 0
    assert "imported 0 shifts, 3 already stored" in capsys.readouterr().err
    assert main(db + ["roster", "import", str(path), "--map", "start=Nope"]) == 1
    assert "no column 'Nope'" in capsys.readouterr().err
    assert main(db + ["roster", "--week", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "Week of Mon 23 Nov – Sun 29 Nov 2026" in out
    assert "Anna de Vries  08:00–16:30" in out and "24.5" in out  # 8.5 + 16 hours
    assert main(db + ["roster", "copy", "--from", "2026-11-23", "--to", "2026-11-30"]) == 0
    assert main(db + ["roster", "--week", "2026-12-01", "--json"]) == 0
    import json
    shown = json.loads(capsys.readouterr().out)
    assert shown["week"] == "2026-11-30" and len(shown["shifts"]) == 3
    assert main(db + ["team", "deactivate", "bram"]) == 0
    assert main(db + ["roster"]) == 2
