"""Contacts from telephony/ACD exports: mapping, row errors, idempotence, the forecast."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from balans.cli import main
from balans.core.imports.convert import convert, read_csv
from balans.core.imports.mapping import (SourceMapping, guess_mapping, load_sources,
                                         save_source)
from balans.core.imports.run import import_converted, lookup_tables
from balans.core.imports.values import parse_local_time, parse_seconds
from balans.core.journal.journal import Journal, JournalError
from balans.core.journal.validation import parse_event
from balans.core.staffing.forecast import forecast_day
from tests.core.builders import DAY, TZ

CALLS = """Call ID;Start time;Wait (s);Talk time;Agent;Result;Wrap-up
1001;23-11-2026 08:31:05;12;4:50;Anna;answered;Where is my permit?
1002;23-11-2026 08:33:40;95;;;abandoned;
1003;23-11-2026 08:40:00;20;0:03:10;zoe;answered;billing 12
1004;23-11-2026 08:41:00;xx;300;anna;answered;
1005;23-11-2026 8:45;5;;anna;answered;
"""


def _setup(store):
    journal = Journal(store)
    journal.import_lines([
        '{"ts": "2026-11-01T08:00:00+01:00", "type": "employee.added", "employee": "anna", '
        '"name": "Anna"}',
        '{"ts": "2026-11-01T08:00:00+01:00", "type": "reason.defined", "reason": "permit", '
        '"label": "Where is my permit?", "demand": "failure"}'])
    return journal


def test_values_as_exports_write_them():
    assert parse_seconds("4:50") == 290 and parse_seconds("0:04:50") == 290
    assert parse_seconds("290,5") == 290.5
    with pytest.raises(ValueError, match="not a duration"):
        parse_seconds("soon")
    assert parse_local_time("23-11-2026 8:45", TZ).isoformat() == "2026-11-23T08:45:00+01:00"
    assert parse_local_time("2026-11-23T07:45:00Z", TZ).isoformat() == \
        "2026-11-23T08:45:00+01:00"
    assert parse_local_time("2026-07-01 09:00", TZ).isoformat() == "2026-07-01T09:00:00+02:00"


def test_guess_then_convert_with_row_errors(store):
    journal = _setup(store)
    table = read_csv(CALLS)
    mapping = guess_mapping("acd", "calls", table.headers)
    assert dict(mapping.columns) == {"id": "Call ID", "arrived": "Start time",
                                     "wait_s": "Wait (s)", "talk_s": "Talk time",
                                     "agent": "Agent", "abandoned": "Result",
                                     "reason": "Wrap-up"}
    employees, reasons = lookup_tables(journal)
    done = convert(table, mapping, TZ, employees=employees, reasons=reasons)
    assert done.rows == 5 and done.good == 3
    assert done.errors == [
        (5, "waiting time: 'xx' is not a duration (seconds, m:ss or h:mm:ss)"),
        (6, "it was answered but has no end time or handling time")]
    first = done.events[0][1].to_json()
    assert first == {"id": "imp:acd:1001", "ts": "2026-11-23T08:31:05+01:00",
                     "type": "contact.imported", "contact": "acd:1001", "channel": "phone",
                     "source": "acd", "answered_at": "2026-11-23T08:31:17+01:00",
                     "ended_at": "2026-11-23T08:36:07+01:00", "employee": "anna",
                     "reason": "permit"}
    assert done.events[1][1]["abandoned_at"] == "2026-11-23T08:35:15+01:00"
    assert (done.unknown_agents, done.unknown_reasons) == (1, 1)  # zoe, "billing 12"
    assert import_converted(journal, done).stored == 3
    again = convert(table, mapping, TZ, employees=employees, reasons=reasons)
    assert import_converted(journal, again).stored == 0  # idempotent
    with journal.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, status, employee, outcome FROM contacts ORDER BY id").all()
    assert rows == [("acd:1001", "ended", "anna", None), ("acd:1002", "abandoned", None, None),
                    ("acd:1003", "ended", None, None)]
    # No outcome, so they say nothing about how a reason was handled.
    from balans.core.reasons.load import load_consistency

    assert load_consistency(journal, DAY, DAY, TZ).reasons == ()


def test_mapping_problems_and_saved_sources(tmp_path):
    table = read_csv("When,Count\n2026-11-23 08:00,3\n")
    mapping = SourceMapping("stats", "intervals", {"start": "When", "offered": "Calls"})
    with pytest.raises(ValueError, match="the file has no column 'Calls'"):
        convert(table, mapping, TZ)
    path = tmp_path / "sources.json"
    save_source(SourceMapping("stats", "intervals", {"start": "When", "offered": "Count"},
                              "chat", 30), path)
    save_source(SourceMapping("acd", "calls", {"arrived": "Date+Time"}), path)
    loaded = load_sources(path)
    assert loaded["stats"] == SourceMapping("stats", "intervals",
                                            {"start": "When", "offered": "Count"}, "chat", 30)
    done = convert(table, loaded["stats"], TZ)
    assert done.events[0][1].fields["end"] == "2026-11-23T08:30:00+01:00"
    joined = read_csv("Date,Time\n23-11-2026,08:00:05\n")
    call = convert(joined, loaded["acd"], TZ)
    assert call.events[0][1].ts.isoformat() == "2026-11-23T08:00:05+01:00"
    assert call.events[0][1]["abandoned_at"]  # never answered: it left the queue


def test_imported_contacts_are_validated_as_journal_events():
    base = {"ts": "2026-11-23T08:00:00+01:00", "type": "contact.imported", "contact": "x",
            "channel": "phone", "source": "acd"}
    with pytest.raises(ValueError, match="needs answered_at and ended_at, or abandoned_at"):
        parse_event(base)
    with pytest.raises(ValueError, match="ended_at is before the contact was answered"):
        parse_event({**base, "answered_at": "2026-11-23T08:01:00+01:00",
                     "ended_at": "2026-11-23T08:00:30+01:00"})
    with pytest.raises(ValueError, match="offered must be a whole number"):
        parse_event({"ts": base["ts"], "type": "queue.interval", "source": "s",
                     "channel": "phone", "start": base["ts"],
                     "end": "2026-11-23T08:15:00+01:00", "offered": -1})


def test_unknown_employee_rejects_the_whole_import(store):
    journal = Journal(store)
    with pytest.raises(JournalError, match="unknown employee 'nobody'"):
        journal.import_lines(['{"ts": "2026-11-23T08:00:00+01:00", "type": "contact.imported", '
                              '"contact": "x", "channel": "phone", "source": "acd", '
                              '"answered_at": "2026-11-23T08:00:10+01:00", '
                              '"ended_at": "2026-11-23T08:05:00+01:00", "employee": "nobody"}'])
    assert journal.count() == 0


def _intervals(days: list[date], offered: int, aht: str = "4:00") -> str:
    lines = ["Interval;Channel;Offered;Answered;AHT"]
    for day in days:
        for hour in (9, 10):
            lines.append(f"{day} {hour:02d}:00;telefoon;{offered};{offered - 2};{aht}")
    return "\n".join(lines) + "\n"


def test_forecast_uses_imported_interval_statistics(store):
    journal = Journal(store)
    target = date(2026, 11, 30)  # a Monday; history on the three Mondays before it
    weeks = [target - timedelta(weeks=k) for k in (1, 2, 3)]
    mapping = SourceMapping("stats", "intervals", {"start": "Interval", "channel": "Channel",
                                                   "offered": "Offered",
                                                   "answered": "Answered", "handle_s": "AHT"},
                            interval_minutes=60)
    import_converted(journal, convert(read_csv(_intervals(weeks, 40)), mapping, TZ))
    forecast = forecast_day(journal, target, TZ)
    assert forecast.source == "history" and forecast.weeks_used == 3
    # 40 calls in an hour: 10 in each quarter of 09:00-11:00, nothing else.
    assert forecast.arrivals["phone"][36:44] == pytest.approx([10.0] * 8)
    assert sum(forecast.arrivals["phone"]) == pytest.approx(80)
    assert forecast.aht_s["phone"] == pytest.approx(240)
    # A corrected export for the last Monday: the latest import of an interval wins.
    import_converted(journal, convert(read_csv(_intervals(weeks[:1], 80, "5:00")), mapping, TZ))
    corrected = forecast_day(journal, target, TZ)
    # weights 1, 0.8, 0.64: (80 x 1 + 40 x 0.8 + 40 x 0.64) / 2.44 calls per hour
    per_hour = (80 + 40 * 0.8 + 40 * 0.64) / 2.44
    assert corrected.arrivals["phone"][36] == pytest.approx(per_hour / 4)
    # 2 x 78 calls at 300 s and 4 x 38 calls at 240 s
    assert corrected.aht_s["phone"] == pytest.approx((156 * 300 + 152 * 240) / 308)


def test_cli_import_saves_the_mapping_and_is_idempotent(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BALANS_CONFIG_DIR", str(tmp_path / "cfg"))
    db = f"sqlite:///{tmp_path / 'a.db'}"
    path = tmp_path / "calls.csv"
    path.write_text("Datum,Tijd,Wachttijd,Gespreksduur\n23-11-2026,09:00,10,120\n"
                    "23-11-2026,09:05,30,\n")
    assert main(["--db", db, "contacts", "import", str(path), "--source", "tel"]) == 1
    assert "no column chosen for arrived" in capsys.readouterr().err
    args = ["--db", db, "contacts", "import", str(path), "--source", "tel",
            "--map", "arrived=Datum+Tijd"]
    assert main(args + ["--dry-run"]) == 0
    assert "2 row(s) would be imported" in capsys.readouterr().err
    assert main(args) == 0
    assert "imported 2 row(s) from tel" in capsys.readouterr().err
    # The mapping was saved: the next export of this source needs no --map.
    assert main(["--db", db, "contacts", "import", str(path), "--source", "tel"]) == 0
    assert "0 row(s) from tel (2 already imported)" in capsys.readouterr().err
    assert main(["--db", db, "contacts", "sources"]) == 0
    assert "arrived=Datum+Tijd" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("Datum,Tijd,Wachttijd,Gespreksduur\n31-02-2026,09:00,10,120\n")
    assert main(["--db", db, "contacts", "import", str(bad), "--source", "tel"]) == 1
    assert "line 2: arrival time: '31-02-2026 09:00' is not a date and time" in \
        capsys.readouterr().err


def test_the_summary_counts_imported_calls_in_the_channel_figures(store):
    from balans.core.storage.queries import day_events
    from balans.core.summary.compute import summarize

    journal = _setup(store)
    journal.import_lines([  # one registered phone call, resolved
        '{"ts": "2026-11-23T10:00:00+01:00", "type": "contact.arrived", "contact": "r1", '
        '"channel": "phone", "reason": "permit"}',
        '{"ts": "2026-11-23T10:00:30+01:00", "type": "contact.answered", "contact": "r1", '
        '"employee": "anna"}',
        '{"ts": "2026-11-23T10:04:30+01:00", "type": "contact.ended", "contact": "r1", '
        '"employee": "anna", "outcome": "resolved"}'])
    table = read_csv(CALLS)
    employees, reasons = lookup_tables(journal)
    import_converted(journal, convert(table, guess_mapping("acd", "calls", table.headers), TZ,
                                      employees=employees, reasons=reasons))
    summary = summarize(day_events(journal, DAY, TZ), DAY, TZ)
    phone = summary.team.channel("phone")
    # Registered: answered after 30 s, 240 s. Imported: 1001 after 12 s, 290 s; 1002 abandoned
    # after 95 s; 1003 after 20 s, 190 s. Targets: 20 s.
    assert (phone.offered, phone.answered, phone.abandoned) == (4, 3, 1)
    assert phone.service_level == pytest.approx(2 / 4)  # 1001 and 1003 within 20 s
    assert phone.avg_wait_s == pytest.approx((30 + 12 + 20) / 3)
    assert phone.aht_s == pytest.approx((240 + 290 + 190) / 3)
    # Outcomes and reasons come only from contacts registered in Balans.
    assert summary.team.first_contact_resolution == 1.0
    assert [(r.reason, r.count) for r in summary.team.reasons] == [("permit", 1)]
    assert summary.employee("anna").contacts_handled == 1
