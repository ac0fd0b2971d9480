"""The summary's CSV: one table per file, names and plain words (no ids, no flag codes, no
adherence score), and ';' with a decimal comma."""
from __future__ import annotations

import csv
import io

from balans.core.summary.compute import summarize
from balans.core.summary.export import summary_tables, table_csv, write_tables
from tests.core.builders import DAY, TZ, Journal, at


def day() -> Journal:
    j = Journal()
    j.add("employee.added", at("06:00"), employee="e17", name="Anna de Vries")
    j.add("reason.defined", at("06:00"), reason="r-lost", label="Letter never arrived",
          demand="failure")
    j.add("shift.planned", at("06:00"), employee="e17", start=at("08:00"), end=at("12:00"))
    j.add("role.planned", at("06:00"), employee="e17", start=at("08:00"), end=at("10:00"),
          role="backoffice")
    j.add("role.planned", at("06:00"), employee="e17", start=at("10:00"), end=at("12:00"),
          role="contact")
    for k in range(6):  # back and forth every 20 minutes
        j.add("mode.changed", at(f"{8 + k // 3:02d}:{(k % 3) * 20:02d}"), employee="e17",
              mode="contact" if k % 2 else "backoffice")
    j.add("task.created", at("08:05"), task="t-991", title="Permit file")
    j.add("task.started", at("08:06"), task="t-991", employee="e17")
    j.add("contact.arrived", at("09:00"), contact="c-1", channel="phone", reason="r-lost")
    j.add("contact.answered", at("09:00:30"), contact="c-1", employee="e17")
    j.add("contact.ended", at("09:05:30"), contact="c-1", employee="e17", outcome="resolved")
    return j


def test_one_table_a_file_with_names_and_plain_words(tmp_path):
    summary = summarize(day(), DAY, TZ)
    names = {"e17": "Anna de Vries"}
    written = write_tables(tmp_path / "day.csv", summary, names)
    assert [p.name for p in written] == ["day-people.csv", "day-channels.csv",
                                         "day-reasons.csv"]
    texts = [p.read_text(encoding="utf-8-sig") for p in written]
    for text in texts:
        assert "\n\n" not in text.replace("\r\n", "\n")  # one table, no second section
        for code in ("e17", "t-991", "c-1", "r-lost", "CONTEXT_SWITCHING", "UNFINISHED_TASKS",
                     "dherence"):
            assert code not in text
    people = list(csv.DictReader(io.StringIO(texts[0])))
    assert people[0]["Name"] == "Anna de Vries"
    assert "pulled into contacts" in people[0]["Notes"] and "left open" in people[0]["Notes"]
    channels = list(csv.DictReader(io.StringIO(texts[1])))
    assert channels[0]["Channel"] == "Phone"
    reasons = list(csv.DictReader(io.StringIO(texts[2])))
    assert (reasons[0]["Contact reason"], reasons[0]["Kind of demand"]) == (
        "Letter never arrived", "failure demand")


def test_a_decimal_comma_gets_semicolons():
    summary = summarize(day(), DAY, TZ)
    reasons = next(t for t in summary_tables(summary) if t.name == "reasons")
    text = table_csv(reasons, decimal=",")
    header, row = text.splitlines()
    assert header.startswith("Contact reason;Kind of demand;Contacts;")
    assert row.split(";")[3] == "5"  # 5 handling minutes
    assert row.split(";")[4] == "3,33"  # EUR 3.33 with a decimal comma
    assert table_csv(reasons, decimal=".").splitlines()[1].split(",")[4] == "3.33"
