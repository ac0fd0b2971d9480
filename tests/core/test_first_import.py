"""A first import takes the one-pass lane (``first_import``) and ends in the database the general
path (``decode_lines`` + ``Journal.append``) makes; a file the lane is not certain of gets the
general path's errors, and nothing of it is kept."""
from __future__ import annotations

import itertools

import pytest
import sqlalchemy as sa

from balans.core.journal import first_import, journal
from balans.core.journal.journal import Journal, JournalError
from balans.core.storage import bulk
from balans.core.storage.store import open_store
from tests.core.test_journal import BAD, T, base_lines, line

_numbers = itertools.count(1)
TABLES = ("events", "employees", "reasons", "contacts", "tasks", "shifts", "role_blocks",
          "queue_intervals")


def every_type_lines() -> list[str]:
    """The journal tests' day, and the event types it leaves out."""
    return base_lines() + [
        line("employee.changed", "10:11", id_="f1", employee="bram", name="Bram B.",
             channels=["phone", "chat"]),
        line("shift.planned", "10:12", id_="f2", employee="bram", start=T.format("12:00"),
             end=T.format("17:00")),
        line("shift.cancelled", "10:13", id_="f3", employee="bram", start=T.format("12:00"),
             end=T.format("17:00")),
        line("reason.defined", "10:14", id_="f4", reason="move", label="Moving house",
             demand="value", agreement="Send the form", usual_outcome="resolved"),
        line("reason.retired", "10:15", id_="f5", reason="move"),
        line("contact.imported", "10:16", id_="f6", contact="acd-1", channel="phone",
             source="acd", answered_at=T.format("10:17"), ended_at=T.format("10:20"),
             employee="anna"),
        line("contact.imported", "10:21", contact="acd-2", channel="phone", source="acd",
             abandoned_at=T.format("10:22")),
        line("queue.interval", "10:30", id_="f7", source="acd", channel="phone",
             start=T.format("10:00"), end=T.format("10:30"), offered=12, answered=10,
             abandoned=2, handle_s=240.5),
        line("contact.arrived", "10:40", id_="f8", contact="c9", channel="counter"),
        line("contact.answered", "10:41", id_="f9", contact="c9", employee="bram"),
        line("contact.ended", "10:45", id_="f10", contact="c9", employee="bram",
             outcome="resolved", reason="where"),
        line("mode.changed", "10:46", employee="bram", mode="backoffice", actor="bram"),
        line("employee.deactivated", "10:50", id_="f11", employee="bram"),
        line("obstacle.logged", "10:51", id_="f12", employee="anna", text="Scanner \u2028 off"),
    ]


def content(store) -> dict[str, set[tuple]]:
    with store.engine.connect() as conn:
        return {table: {tuple(int(v) if isinstance(v, bool) else v for v in row)
                        for row in conn.execute(sa.text(f"SELECT * FROM {table}"))}
                for table in TABLES}


def general_path(url: str, lines: list[str]):
    """What the general path does with ``lines`` on a fresh database: its content or errors."""
    store = open_store(url)
    try:
        Journal(store).append(journal.decode_lines(lines))
    except JournalError as exc:
        return exc.errors
    finally:
        store.dispose()
    store = open_store(url)
    try:
        return content(store)
    finally:
        store.dispose()


@pytest.fixture
def lane_only(monkeypatch):
    """Fail the test if the import leaves the lane for the general path."""
    def general(*_args):
        raise AssertionError("the general path was taken")

    monkeypatch.setattr(journal, "decode_lines", general)


def second_url(store, request, tmp_path) -> str:
    """Another fresh database of the same kind as ``store``'s."""
    if store.engine.dialect.name == "sqlite":
        return f"sqlite:///{tmp_path / 'general.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    name = f"balans_general_{next(_numbers)}_{id(store)}"
    cluster.create_database(name)
    return cluster.url(name)


def test_every_type_ends_in_the_database_the_general_path_makes(store, tmp_path, lane_only,
                                                                monkeypatch, request):
    lines = every_type_lines()
    result = Journal(store).import_lines(lines)
    assert (result.stored, result.skipped) == (len(lines), 0)
    ours = content(store)
    monkeypatch.undo()
    assert ours == general_path(second_url(store, request, tmp_path), lines)
    assert len(ours["events"]) == len(lines) and ours["queue_intervals"]


def test_rows_are_stored_a_chunk_at_a_time_in_order(sqlite_url, tmp_path, lane_only,
                                                    monkeypatch):
    monkeypatch.setattr(first_import, "CHUNK", 3)
    store = open_store(sqlite_url)
    lines = every_type_lines()
    Journal(store).import_lines(lines)
    assert [e.id for e in Journal(store).events()] == [
        journal._decode_each([text])[0][1].id for text in lines]
    ours = content(store)
    monkeypatch.undo()
    assert ours == general_path(f"sqlite:///{tmp_path / 'general.db'}", lines)


@pytest.mark.parametrize("bad,reason", BAD)
def test_a_bad_first_import_gets_the_general_paths_errors_and_keeps_nothing(
        store, tmp_path, monkeypatch, bad, reason):
    monkeypatch.setattr(first_import, "CHUNK", 4)  # some rows are stored before the bad line
    lines = every_type_lines()[:-2] + [bad] + every_type_lines()[-2:]
    with pytest.raises(JournalError) as info:
        Journal(store).import_lines(lines)
    assert reason in info.value.errors[0].reason
    assert info.value.errors == general_path(f"sqlite:///{tmp_path / 'general.db'}", lines)
    assert all(not rows for rows in content(store).values())
    assert Journal(store).import_lines(base_lines()).last_seq == 20  # no numbers used up


def test_an_event_given_twice_is_stored_once_as_the_general_path_does(store, tmp_path,
                                                                      monkeypatch, request):
    monkeypatch.setattr(first_import, "CHUNK", 4)  # the repeat comes in a later chunk
    lines = base_lines()
    lines.insert(12, lines[2])
    result = Journal(store).import_lines(lines)
    assert (result.stored, result.skipped) == (20, 1)
    assert content(store) == general_path(second_url(store, request, tmp_path), lines)


@pytest.mark.parametrize("same", [True, False], ids=["same event", "different event"])
def test_an_id_given_twice_in_a_bulk_load_is_found_when_its_index_is_built(
        sqlite_url, tmp_path, monkeypatch, same):
    """With the indexes set aside the repeat goes in; building the id's unique index again
    refuses it, and the general path then does what it always does."""
    monkeypatch.setattr(bulk, "BULK_MIN", 1)
    monkeypatch.setattr(first_import, "CHUNK", 4)
    lines = base_lines()
    repeat = lines[2] if same else lines[2].replace('"Where is', '"Where was')
    lines.insert(12, repeat)
    store = open_store(sqlite_url)
    lane = []  # what the lane made of the file: a state, since it does not look for repeats
    real = journal.first_import
    monkeypatch.setattr(journal, "first_import", lambda *a: lane.append(real(*a)) or lane[-1])
    if same:
        assert Journal(store).import_lines(lines).skipped == 1
        assert content(store) == general_path(f"sqlite:///{tmp_path / 'general.db'}", lines)
    else:
        with pytest.raises(JournalError, match="line 13: id 'e3' is used twice"):
            Journal(store).import_lines(lines)
        assert all(not rows for rows in content(store).values())
    assert len(lane) == 1 and lane[0] is not None


def test_a_key_given_twice_is_refused_as_by_the_general_path(sqlite_url, tmp_path):
    lines = base_lines()
    lines[3] = lines[3].replace('"employee": "anna"', '"employee": "anna", "employee": "bram"')
    store = open_store(sqlite_url)
    with pytest.raises(JournalError, match="line 4: field 'employee' is given twice"):
        Journal(store).import_lines(lines)
    assert Journal(store).count() == 0


def test_an_import_into_a_journal_with_events_takes_the_general_path(sqlite_url, monkeypatch):
    store = open_store(sqlite_url)
    Journal(store).import_lines(base_lines()[:5])
    monkeypatch.setattr(first_import, "first_import", None)  # would fail if called
    monkeypatch.setattr(journal, "first_import", None)
    assert Journal(store).import_lines(base_lines()).stored == 15
