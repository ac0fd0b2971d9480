"""The journal on SQLite and PostgreSQL: every event type, validation, round trips."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from balans.core.journal.journal import Journal, JournalError

T = "2026-11-23T{}:00+01:00"


def line(type_, time="08:00", id_=None, **fields):
    obj = {"ts": T.format(time), "type": type_, **fields}
    if id_:
        obj = {"id": id_, **obj}
    return json.dumps(obj)


def base_lines():
    return [
        line("employee.added", id_="e1", employee="anna", name="Anna", channels=["phone"]),
        line("employee.added", id_="e2", employee="bram", name="Bram"),
        line("reason.defined", id_="e3", reason="where", label="Where is my permit?",
             demand="failure"),
        line("shift.planned", id_="e4", employee="anna", start=T.format("08:00"),
             end=T.format("16:30")),
        line("role.planned", id_="e5", employee="anna", start=T.format("08:00"),
             end=T.format("12:00"), role="contact"),
        line("mode.changed", "08:01", id_="e6", employee="anna", mode="contact"),
        line("contact.arrived", "08:02", id_="e7", contact="c1", channel="phone",
             reason="where"),
        line("contact.answered", "08:03", id_="e8", contact="c1", employee="anna"),
        line("contact.ended", "08:08", id_="e9", contact="c1", employee="anna",
             outcome="follow_up", task="t1"),
        line("task.created", "08:08", id_="e10", task="t1", title="Check permit file",
             kind="permit", due=T.format("17:00"), estimate_min=20, contact="c1"),
        line("task.changed", "08:09", id_="e11", task="t1", title="Check permit file 118"),
        line("task.started", "09:00", id_="e12", task="t1", employee="bram"),
        line("task.paused", "09:10", id_="e13", task="t1", employee="bram"),
        line("task.started", "09:20", id_="e14", task="t1", employee="anna"),
        line("task.finished", "09:30", id_="e15", task="t1", employee="anna"),
        line("contact.arrived", "10:00", id_="e16", contact="c2", channel="chat"),
        line("contact.abandoned", "10:02", id_="e17", contact="c2"),
        line("task.created", "10:05", id_="e18", task="t2", title="Scan mail"),
        line("task.cancelled", "10:06", id_="e19", task="t2"),
        line("obstacle.logged", "10:10", id_="e20", employee="anna", text="Printer jams",
             actor="anna"),
    ]


def state(store, sql):
    with store.engine.connect() as conn:
        return conn.execute(sa.text(sql)).all()


def test_every_event_type_is_stored_and_derives_state(store):
    journal = Journal(store)
    result = journal.import_lines(base_lines())
    assert (result.stored, result.skipped, result.last_seq) == (20, 0, 20)
    assert state(store, "SELECT id, mode FROM employees ORDER BY id") == [
        ("anna", "contact"), ("bram", "offline")]
    assert state(store, "SELECT id, status, employee, outcome, task FROM contacts ORDER BY id") == [
        ("c1", "ended", "anna", "follow_up", "t1"), ("c2", "abandoned", None, None, None)]
    assert state(store, "SELECT id, title, status, holder FROM tasks ORDER BY id") == [
        ("t1", "Check permit file 118", "finished", "anna"), ("t2", "Scan mail", "cancelled", None)]
    assert state(store, "SELECT employee, role FROM role_blocks") == [("anna", "contact")]
    assert state(store, "SELECT COUNT(*) FROM shifts") == [(1,)]
    assert [e.type for e in journal.events()][-1] == "obstacle.logged"


def test_reimport_is_idempotent_and_export_round_trips(store, tmp_path):
    from balans.core.storage.store import open_store

    journal = Journal(store)
    journal.import_lines(base_lines())
    assert journal.import_lines(base_lines()).skipped == 20
    assert journal.count() == 20
    exported = list(journal.export_lines())
    other = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        Journal(other).import_lines(exported)
        assert list(Journal(other).export_lines()) == exported
    finally:
        other.dispose()
    assert json.loads(exported[-1])["actor"] == "anna"


BAD = [
    ('{"ts": "2026-11-23T08:00:00+01:00", "type": "coffee.made"}', "unknown event type"),
    ('{"ts": "2026-11-23T08:00:00+01:00", "type": "employee.added", "employee": "x"}',
     "needs field 'name'"),
    ('{"ts": "2026-11-23 08:00", "type": "employee.added", "employee": "x", "name": "X"}',
     "no UTC offset"),
    ('{"ts": "yesterday", "type": "employee.added", "employee": "x", "name": "X"}',
     "not an ISO 8601"),
    ('{"ts": "2026-11-23T08:00:00+01:00", "type": "mode.changed", "employee": "zoe", '
     '"mode": "contact"}', "unknown employee 'zoe'"),
    ('{"ts": "2026-11-23T08:00:00+01:00", "type": "mode.changed", "employee": "anna", '
     '"mode": "napping"}', "mode 'napping' is not one of"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "contact.answered", "contact": "c2", '
     '"employee": "anna"}', "abandoned and cannot be answered"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "task.started", "task": "t9", '
     '"employee": "anna"}', "unknown task 't9'"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "task.started", "task": "t1", '
     '"employee": "anna"}', "already finished"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "contact.ended", "contact": "c1", '
     '"employee": "anna", "outcome": "resolved"}', "already ended"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "shift.planned", "employee": "anna", '
     '"start": "2026-11-23T12:00:00+01:00", "end": "2026-11-23T09:00:00+01:00"}',
     "end must be after start"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "task.created", "task": "t1", '
     '"title": "again"}', "already exists"),
    ('{"ts": "2026-11-23T11:00:00+01:00", "type": "contact.ended", "contact": "c3", '
     '"employee": "anna", "outcome": "resolved"}', "unknown contact 'c3'"),
    ('not json', "not valid JSON"),
    ('[1, 2]', "must be a JSON object"),
]


@pytest.mark.parametrize("bad,reason", BAD)
def test_a_bad_line_rejects_the_file_and_stores_nothing(store, bad, reason):
    journal = Journal(store)
    journal.import_lines(base_lines())
    before = list(journal.export_lines())
    good = line("mode.changed", "11:00", id_="ok1", employee="bram", mode="backoffice")
    with pytest.raises(JournalError) as info:
        journal.import_lines([good, bad, good.replace("ok1", "ok2")])
    assert info.value.errors[0].line == 2
    assert reason in info.value.errors[0].reason
    assert list(journal.export_lines()) == before
    assert state(store, "SELECT mode FROM employees WHERE id = 'bram'") == [("offline",)]


def test_forward_reference_to_a_follow_up_task_in_the_same_file(store):
    journal = Journal(store)
    lines = base_lines()[:8] + [
        line("contact.ended", "08:08", contact="c1", employee="anna", outcome="follow_up",
             task="t7"),
        line("task.created", "08:09", task="t7", title="Call back", contact="c1")]
    assert journal.import_lines(lines).stored == 10
    dangling = [
        line("contact.arrived", "09:02", contact="c5", channel="counter"),
        line("contact.answered", "09:03", contact="c5", employee="anna"),
        line("contact.ended", "09:08", contact="c5", employee="anna", outcome="follow_up",
             task="t8")]
    with pytest.raises(JournalError, match="line 3: unknown task 't8'"):
        journal.import_lines(dangling)
    assert journal.count() == 10


def test_same_id_for_different_events_in_one_file_is_rejected(store):
    a = line("employee.added", id_="dup", employee="anna", name="Anna")
    b = line("employee.added", id_="dup", employee="bram", name="Bram")
    with pytest.raises(JournalError, match="used twice"):
        Journal(store).import_lines([a, b])


def test_seq_is_monotonic_across_appends(store):
    journal = Journal(store)
    lines = base_lines()
    journal.import_lines(lines[:5])
    journal.import_lines(lines[5:])
    seqs = [e.seq for e in journal.events()]
    assert seqs == sorted(seqs) == list(range(1, 21))
    assert [e.seq for e in journal.events_after(18)] == [19, 20]
