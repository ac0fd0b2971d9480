"""Team mode, attacked as a hostile employee would: each attack is refused by the database itself.

Every test logs in as an employee (``anna_login``) on a real PostgreSQL cluster and tries one hole
by hand, with plain SQL where the app would never go.
"""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from balans.core.journal import operations
from balans.core.journal.journal import Journal
from balans.core.storage.store import open_store
from tests.core.test_server import NOW, login_url, team_server  # noqa: F401 - fixture

pytestmark = pytest.mark.postgres


@pytest.fixture
def anna(team_server):  # noqa: F811
    _, url = team_server
    store = open_store(login_url(url, "anna_login"), "anna-secret-1")
    yield store
    store.dispose()


def _insert(conn, **row) -> None:
    cols = ", ".join(row)
    conn.execute(sa.text(f"INSERT INTO events ({cols}) VALUES ({', '.join(':' + c for c in row)})"),
                 row)


def test_a_temp_table_named_logins_does_not_make_anna_someone_else(anna, team_server):
    admin, _ = team_server
    with anna.engine.connect() as conn:
        conn.execute(sa.text("CREATE TEMP TABLE logins (login text, role text, employee text)"))
        conn.execute(sa.text("INSERT INTO pg_temp.logins VALUES (session_user, 'employee', 'bram')"))
        assert conn.execute(sa.text("SELECT balans_login_employee()")).scalar() == "anna"
        with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
            _insert(conn, id="fake-1", t=0, ts="2026-11-23T09:00:00+01:00", type="mode.changed",
                    employee="bram", data='{"employee": "bram", "mode": "break"}')
    assert not [e for e in Journal(admin).events() if e.id == "fake-1"]


def test_no_client_chooses_seq_and_appends_go_on(anna, team_server):
    admin, url = team_server
    big = 9223372036854775807
    with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError,
                                                    match="permission denied"):
        _insert(conn, seq=big, id="huge", t=0, ts="2026-11-23T09:00:00+01:00",
                type="mode.changed", employee="anna", data='{"employee": "anna", "mode": "break"}')
    planner = open_store(login_url(url, "plan_login"), "planner-secret-1")
    try:
        with planner.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError,
                                                           match="permission denied"):
            _insert(conn, seq=big, id="huge", t=0, ts="2026-11-23T09:00:00+01:00",
                    type="contact.arrived", contact="c-x", data='{"contact": "c-x", "channel": "phone"}')
    finally:
        planner.dispose()
    operations.set_mode(Journal(anna), "anna", "contact", NOW)
    seqs = [e.seq for e in Journal(admin).events()]
    assert max(seqs) < 100 and seqs == sorted(seqs) and len(seqs) == len(set(seqs))


ROW = dict(id=None, t=1795420800000000, ts="2026-11-23T09:00:00+01:00")


@pytest.mark.parametrize("row", [
    # RLS sees no employee, the app reads bram from data
    dict(type="mode.changed", employee=None, data='{"employee": "bram", "mode": "break"}'),
    # RLS sees anna, the app reads bram
    dict(type="mode.changed", employee="anna", data='{"employee": "bram", "mode": "break"}'),
    # a type no program knows (and the planning check compares exact names)
    dict(type="Shift.planned", employee="anna",
         data='{"employee": "anna", "start": "x", "end": "y"}'),
    # a required field missing, and fields hidden in the envelope
    dict(type="mode.changed", employee="anna", data='{"employee": "anna"}'),
    dict(type="contact.arrived", employee=None, data='{"contact": "c9", "channel": "phone", '
                                                     '"type": "shift.planned"}'),
    dict(type="contact.arrived", employee=None, data='["not", "an", "object"]'),
], ids=["null-employee", "other-employee", "unknown-type", "missing-field", "envelope", "array"])
def test_columns_and_data_must_agree(anna, team_server, row):
    admin, _ = team_server
    before = Journal(admin).count()
    with anna.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="check constraint"):
        _insert(conn, **{**ROW, **row})
    assert Journal(admin).count() == before


def test_the_database_knows_every_type_the_program_knows():
    import importlib

    from balans.core.journal.events import SCHEMA

    guards = importlib.import_module(
        "balans.core.storage.migrations.versions.0004_database_guards")
    assert guards.REQUIRED == {t: required for t, (required, _) in SCHEMA.items()}, (
        "a new event type needs a migration that widens the events_known_type and "
        "events_required_fields constraints")


def test_sqlite_refuses_unknown_types_and_disagreeing_columns(sqlite_url):
    store = open_store(sqlite_url)
    try:
        for row in ({"type": "Shift.planned", "employee": None, "data": "{}"},
                    {"type": "mode.changed", "employee": "anna",
                     "data": '{"employee": "bram", "mode": "break"}'}):
            with store.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="agree"):
                _insert(conn, **{**ROW, **row})
    finally:
        store.dispose()
