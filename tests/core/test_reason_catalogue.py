"""The reason catalogue: journal events, validation, state, the CSV file and its idempotent import."""
from __future__ import annotations

import json

import pytest

from balans.cli import main
from balans.core.journal.journal import Journal, JournalError
from balans.core.journal.validation import parse_event
from balans.core.reasons.catalogue import (ReasonEntry, catalogue_changes, define_reason,
                                           import_catalogue, read_catalogue, retire_reason)
from balans.core.reasons.files import (CatalogueFileError, catalogue_to_csv,
                                       parse_catalogue_csv)
from tests.core.builders import at

PERMIT = ReasonEntry("permit", "Where is my permit?", "failure",
                     "Look up the case and give the date.", "resolved")
MOVE = ReasonEntry("move", "I'm moving house", "value")


def test_contract_reason_defined_stays_valid_and_new_fields_are_checked():
    base = {"ts": "2026-11-23T08:00:00+01:00", "type": "reason.defined", "reason": "r",
            "label": "R", "demand": "value"}
    assert parse_event(base).fields == {"reason": "r", "label": "R", "demand": "value"}
    full = parse_event({**base, "agreement": "Do X", "usual_outcome": "referred"})
    assert full["usual_outcome"] == "referred"
    with pytest.raises(ValueError, match="usual_outcome 'done' is not one of"):
        parse_event({**base, "usual_outcome": "done"})
    with pytest.raises(ValueError, match="agreement is longer than 2000"):
        parse_event({**base, "agreement": "x" * 2001})
    with pytest.raises(ValueError, match="reason.retired needs field 'reason'"):
        parse_event({"ts": base["ts"], "type": "reason.retired"})


def test_define_edit_retire_and_redefine(store):
    journal = Journal(store)
    define_reason(journal, PERMIT, at("08:00"))
    define_reason(journal, MOVE, at("08:00"))
    assert read_catalogue(journal) == [MOVE, PERMIT]  # by label
    retire_reason(journal, "permit", at("09:00"))
    assert [e.id for e in read_catalogue(journal, include_retired=False)] == ["move"]
    with pytest.raises(JournalError, match="reason 'permit' is already retired"):
        retire_reason(journal, "permit", at("09:01"))
    with pytest.raises(JournalError, match="unknown reason 'nope'"):
        retire_reason(journal, "nope", at("09:01"))
    edited = ReasonEntry("permit", "Where is my permit?", "failure", None, "follow_up")
    define_reason(journal, edited, at("10:00"))  # a whole definition: the agreement is gone
    assert read_catalogue(journal)[1] == edited


def test_catalogue_file_round_trip_and_idempotent_import(store):
    journal = Journal(store)
    define_reason(journal, PERMIT, at("08:00"))
    retire_reason(journal, "permit", at("08:01"))
    text = catalogue_to_csv(read_catalogue(journal))
    assert parse_catalogue_csv(text) == read_catalogue(journal)
    before = journal.count()
    assert import_catalogue(journal, parse_catalogue_csv(text), at("09:00")).stored == 0
    assert journal.count() == before
    wanted = [MOVE, PERMIT]  # permit back in service, move new
    events = catalogue_changes(read_catalogue(journal), wanted, at("09:00"))
    assert [(e.type, e["reason"]) for e in events] == [("reason.defined", "move"),
                                                      ("reason.defined", "permit")]
    import_catalogue(journal, wanted, at("09:00"))
    assert read_catalogue(journal) == [MOVE, PERMIT]
    again = catalogue_changes(read_catalogue(journal), [MOVE, PERMIT], at("09:30"))
    assert again == []


def test_catalogue_file_errors_name_each_line():
    text = ("\ufeffReason;Label;Demand;usual_outcome\n"
            "a;A;value;resolved\n"
            "b;;value;\n"
            "c;C;value;done\n"
            "a;A again;failure;\n")
    with pytest.raises(CatalogueFileError) as err:
        parse_catalogue_csv(text)
    assert err.value.errors == [(3, "label is empty"),
                                (4, "usual_outcome 'done' is not one of resolved, "
                                    "follow_up, referred"),
                                (5, "reason 'a' is already on line 2")]
    with pytest.raises(CatalogueFileError, match="no column demand"):
        parse_catalogue_csv("reason,label\na,A\n")


def test_reason_events_export_and_reimport(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert main(["--db", db, "reasons", "add", "permit", "--label", "Where is my permit?",
                 "--demand", "failure", "--agreement", "Give the date", "--usual-outcome",
                 "resolved"]) == 0
    assert main(["--db", db, "reasons", "edit", "permit", "--agreement", ""]) == 0
    assert main(["--db", db, "reasons", "retire", "permit"]) == 0
    assert main(["--db", db, "reasons", "add", "permit", "--label", "x",
                 "--demand", "value"]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["--db", db, "export"]) == 0
    exported = capsys.readouterr().out
    types = [json.loads(line)["type"] for line in exported.splitlines()]
    assert types == ["reason.defined", "reason.defined", "reason.retired"]
    copy = tmp_path / "j.jsonl"
    copy.write_text(exported)
    other = f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["--db", other, "import", str(copy)]) == 0
    assert main(["--db", other, "reasons", "list", "--all", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"reason": "permit", "label": "Where is my permit?", "demand": "failure",
                       "usual_outcome": "resolved", "retired": True}]
    csv_path = tmp_path / "cat.csv"
    assert main(["--db", other, "reasons", "export", str(csv_path)]) == 0
    assert csv_path.read_text().splitlines()[1] == \
        "permit,Where is my permit?,failure,,resolved,yes"
    bad = tmp_path / "bad.csv"
    bad.write_text("reason,label,demand\nx,X,maybe\n")
    assert main(["--db", other, "reasons", "import", str(bad)]) == 1
    assert "line 2: demand 'maybe'" in capsys.readouterr().err
