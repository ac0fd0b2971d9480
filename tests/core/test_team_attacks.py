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
        conn.execute(sa.text(
            "INSERT INTO pg_temp.logins VALUES (session_user, 'employee', 'bram')"))
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
                    type="contact.arrived", contact="c-x",
                    data='{"contact": "c-x", "channel": "phone"}')
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
    admin, url = team_server
    before = Journal(admin).count()
    # An unknown type is refused twice over for an employee (not on its list, and unknown);
    # a planner login, whom row-level security lets record any type, meets the constraint.
    planner = open_store(login_url(url, "plan_login"), "planner-secret-1")
    try:
        for login, refused in ((anna, "check constraint|row-level security"),
                               (planner, "check constraint")):
            with login.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match=refused):
                _insert(conn, **{**ROW, **row})
    finally:
        planner.dispose()
    assert Journal(admin).count() == before


def test_the_database_knows_every_type_the_program_knows():
    import importlib

    from balans.core.journal.events import SCHEMA

    from pathlib import Path

    from balans.core.storage.store import MIGRATIONS

    # The newest revision that (re)defines the guards is the one the database runs with.
    latest = sorted(p.stem for p in (Path(MIGRATIONS) / "versions").glob("0*.py")
                    if "REQUIRED =" in p.read_text(encoding="utf-8"))[-1]
    guards = importlib.import_module(f"balans.core.storage.migrations.versions.{latest}")
    assert guards.REQUIRED == {t: required for t, (required, _) in SCHEMA.items()}, (
        "a new event type needs a migration that widens the events_known_type and "
        "events_required_fields constraints")


def _state(store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {name} ORDER BY 1"))]
                for name in ("employees", "reasons", "contacts", "tasks", "shifts", "role_blocks")}


def test_employees_cannot_write_state_tables_and_the_database_derives_them(anna, team_server):
    from balans.core.storage.rebuild import rebuild_state

    admin, _ = team_server
    journal, later = Journal(anna), NOW.replace(minute=5)
    operations.set_mode(journal, "anna", "contact", NOW)
    waiting = operations.contact_arrived(journal, "phone", NOW).created[0]
    served = operations.register_contact(journal, "anna", "counter", NOW, reason=None)
    task = operations.create_task(journal, "Call back", NOW, start_as="anna").created[0]
    operations.pause_task(journal, task, "anna", later)
    followed = operations.register_contact(journal, "anna", "phone", later, reason="permit",
                                           follow_up_title="Send form",
                                           follow_up_due=NOW.replace(day=25))
    extra = operations.create_task(journal, "Archive", later, kind="admin", estimate_min=12.5,
                                   due=NOW.replace(day=24)).created[0]
    done = operations.create_task(journal, "Stock", later, start_as="anna").created[0]
    operations.finish_task(journal, done, "anna", later)
    operations.cancel_task(journal, extra, later)
    colleague = operations.contact_arrived(Journal(admin), "chat", NOW).created[0]
    for sql in ("UPDATE contacts SET status = 'ended' WHERE id = :c",
                "UPDATE tasks SET status = 'finished'",
                "UPDATE employees SET mode = 'break'",
                "DELETE FROM contacts",
                "INSERT INTO contacts (id, channel, status, arrived) VALUES ('x', 'phone', "
                "'ended', 0)"):
        with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError,
                                                        match="permission denied"):
            conn.execute(sa.text(sql), {"c": colleague})
    derived = _state(admin)
    contact_of = {r[0]: r[3] for r in derived["contacts"]}
    assert contact_of == {waiting: "waiting", served.created[0]: "ended", colleague: "waiting",
                          followed.created[0]: "ended"}
    status_of = {r[0]: (r[6], r[7]) for r in derived["tasks"]}
    assert status_of == {task: ("paused", "anna"), extra: ("cancelled", None),
                         done: ("finished", "anna"), followed.created[1]: ("open", None)}
    assert [r[3] for r in derived["employees"] if r[0] == "anna"] == ["contact"]
    result = rebuild_state(admin)
    assert result.refused == [] and _state(admin) == derived  # the database agrees with the app


@pytest.mark.parametrize("row, reason", [
    (dict(type="contact.ended", employee="anna", contact="WAIT",
          data='{"contact": "WAIT", "employee": "anna", "outcome": "resolved"}'), "cannot end"),
    (dict(type="contact.answered", employee="anna", contact="WAIT", t=1795420800000000 - 1,
          ts="2026-11-23T08:59:59.999999+01:00",
          data='{"contact": "WAIT", "employee": "anna"}'), "before it arrived"),
    (dict(type="mode.changed", employee="anna", data='{"employee": "anna", "mode": "dancing"}'),
     "not one of"),
    (dict(type="mode.changed", employee="anna", ts="yesterday",
          data='{"employee": "anna", "mode": "break"}'), "ISO 8601"),
    (dict(type="mode.changed", employee="anna", t=5,
          data='{"employee": "anna", "mode": "break"}'), "does not match"),
    (dict(type="obstacle.logged", employee="anna",
          data='{"employee": "anna", "text": "x", "colour": "red"}'), "no field colour"),
    (dict(type="task.created", task=" ", data='{"task": " ", "title": "x"}'), "control"),
    (dict(type="task.started", employee="anna", task="nope",
          data='{"task": "nope", "employee": "anna"}'), "unknown task"),
], ids=["end-unanswered", "answer-before-arrival", "bad-mode", "bad-ts", "t-mismatch",
        "extra-field", "blank-id", "unknown-task"])
def test_the_database_refuses_events_the_app_would_refuse(anna, team_server, row, reason):
    admin, _ = team_server
    contact = operations.contact_arrived(Journal(admin), "phone", NOW).created[0]
    row = {**ROW, **row}
    if row.get("contact") == "WAIT":
        row["contact"], row["data"] = contact, row["data"].replace("WAIT", contact)
    before = _state(admin)
    with anna.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match=reason):
        _insert(conn, **row)
    assert _state(admin) == before


def test_rebuild_state_from_the_command_line(team_server, capsys, monkeypatch):
    from balans.cli import main

    admin, url = team_server
    operations.register_contact(Journal(admin), "anna", "phone", NOW, reason=None)
    before = _state(admin)
    with admin.engine.begin() as conn:  # the owner damages the cache behind the journal
        conn.execute(sa.text("UPDATE contacts SET status = 'waiting', closed = NULL"))
        conn.execute(sa.text("UPDATE employees SET mode = 'break'"))
    assert main(["server", "rebuild-state", "--db", url]) == 0
    assert _state(admin) == before
    assert "state rebuilt from 5 events" in capsys.readouterr().err
    monkeypatch.setenv("BALANS_DB_PASSWORD", "anna-secret-1")
    assert main(["server", "rebuild-state", "--db", login_url(url, "anna_login")]) == 1
    assert "needs the database owner" in capsys.readouterr().err


def test_a_login_holding_the_write_lock_makes_writers_stop_and_say_so(anna, team_server,
                                                                       monkeypatch):
    import time

    from balans.core.journal.journal import APPEND_LOCK, ServerBusy
    from balans.core.storage import store as store_module

    admin, url = team_server
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT_MS", 300)
    writer = open_store(url)
    try:
        with anna.engine.connect() as hostile:
            hostile.execute(sa.text(f"SELECT pg_advisory_lock({APPEND_LOCK})"))
            started = time.monotonic()
            with pytest.raises(ServerBusy, match="locked by anna_login.*nothing was stored"):
                operations.set_mode(Journal(writer), "bram", "contact", NOW)
            assert time.monotonic() - started < 5
            hostile.execute(sa.text("SELECT pg_advisory_unlock_all()"))
        operations.set_mode(Journal(writer), "bram", "contact", NOW)  # released: works again
    finally:
        writer.dispose()
    assert [e.employee for e in Journal(admin).events() if e.type == "mode.changed"] == ["bram"]


def _cli(capsys, monkeypatch, argv, stdin=None):
    import io

    from balans.cli import main

    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_balans_db_takes_the_password_from_the_keyring_like_db(team_server, capsys,
                                                               monkeypatch):
    import keyring

    from balans.core.storage.credentials import set_password
    from tests.memory_keyring import MemoryKeyring

    _, url = team_server
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.delenv("BALANS_DB_PASSWORD", raising=False)
    try:
        anna_url = login_url(url, "anna_login")
        set_password(anna_url, "anna-secret-1")
        monkeypatch.setenv("BALANS_DB", anna_url)
        code, out, err = _cli(capsys, monkeypatch, ["export"])
        assert (code, err) == (0, "") and '"employee.added"' in out
    finally:
        keyring.set_keyring(previous)


def test_add_user_refuses_existing_logins_and_server_roles(team_server, capsys, monkeypatch):
    admin, url = team_server
    base = ["server", "add-user", "--db", url, "--password-stdin"]
    code, _, err = _cli(capsys, monkeypatch, base + ["--login", "anna_login", "--role",
                                                     "planner"], "taken-over-1\n")
    assert code == 1 and "exists already; add --replace" in err
    assert open_store(login_url(url, "anna_login"), "anna-secret-1").dispose() is None
    for name in ("postgres", "balans_planner", "pg_monitor"):
        code, _, err = _cli(capsys, monkeypatch, base + ["--login", name, "--role", "planner",
                                                         "--replace"], "long-enough-1\n")
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    with admin.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres'"
                                    )).scalar() is True
        assert conn.execute(sa.text("SELECT count(*) FROM logins")).scalar() == 2
    code, _, err = _cli(capsys, monkeypatch, base + ["--login", "anna_login", "--role",
                                                     "planner", "--replace"], "new-secret-12\n")
    assert code == 0
    planner = open_store(login_url(url, "anna_login"), "new-secret-12")
    try:  # now a planner: may plan, and is no longer tied to anna
        operations.plan_roles(Journal(planner), [("bram", NOW, NOW.replace(hour=12), "contact")],
                              NOW)
    finally:
        planner.dispose()


def test_every_event_records_the_login_that_stored_it(anna, team_server):
    admin, _ = team_server
    operations.contact_arrived(Journal(anna), "phone", NOW)  # names no employee
    with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError,
                                                    match="permission denied"):
        _insert(conn, **{**ROW, "login": "plan_login", "type": "contact.arrived",
                         "contact": "c-forged", "data": '{"contact": "c-forged", '
                                                        '"channel": "phone"}'})
    with admin.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT type, login FROM events ORDER BY seq")).all()
    assert rows[-1] == ("contact.arrived", "anna_login")
    assert rows[0] == ("employee.added", "postgres")


def test_an_employee_cannot_upgrade_the_schema_and_is_told_who_can(team_server):
    from balans.core.storage.store import StoreError

    admin, url = team_server
    with admin.engine.begin() as conn:  # as if this server still had the previous schema
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0003'"))
    with pytest.raises(StoreError, match="needs updating by its owner: run 'balans server init'"):
        open_store(login_url(url, "anna_login"), "anna-secret-1")


def test_employees_may_record_only_the_types_named_for_them(anna, team_server):
    import json as _json

    from balans.core.journal.events import SCHEMA
    from balans.core.storage.server import EMPLOYEE_TYPES

    admin, _ = team_server
    before = Journal(admin).count()
    for kind, (required, _optional) in SCHEMA.items():
        if kind in EMPLOYEE_TYPES:
            continue
        data = {name: "2026-11-23T09:00:00+01:00" if name in ("start", "end") else "anna"
                for name in required}
        row = {**ROW, "type": kind, "data": _json.dumps(data),
               **{c: data.get(c) for c in ("employee", "contact", "task")}}
        with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError,
                                                        match="row-level security"):
            _insert(conn, **row)
    assert Journal(admin).count() == before


def test_a_server_attacked_before_the_guards_is_told_how_to_repair(pg_url):
    from alembic import command

    from balans.core.storage.store import StoreError, _alembic_config

    store = open_store(pg_url)
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0003")
    with store.engine.begin() as conn:  # what an employee could do before revision 0004
        conn.execute(sa.text("INSERT INTO events (seq, t, ts, type, data) VALUES "
                             "(9223372036854775807, 0, 'x', 'mode.changed', '{}')"))
    store.dispose()
    with pytest.raises(StoreError, match="numbered 9223372036854775807 by a client.*Repairing"):
        open_store(pg_url)
    # The repair docs/team.md gives, then the upgrade goes through and numbering goes on.
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        for statement in ("ALTER TABLE events DISABLE TRIGGER events_append_only",
                          "DELETE FROM events WHERE seq > 4611686018427387904",
                          "ALTER TABLE events ENABLE TRIGGER events_append_only"):
            conn.exec_driver_sql(statement)
    engine.dispose()
    store = open_store(pg_url)
    try:
        operations.add_employee(Journal(store), "anna", "Anna", NOW)
        assert [e.seq for e in Journal(store).events()] == [1]
    finally:
        store.dispose()


def test_server_init_can_run_again_after_an_update(anna, team_server):
    from balans.core.storage.server import init_server

    admin, _ = team_server
    init_server(admin)  # the same statements again: functions, grants, policies, trigger
    operations.set_mode(Journal(anna), "anna", "break", NOW)
    with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError,
                                                    match="permission denied"):
        conn.execute(sa.text("UPDATE employees SET mode = 'contact'"))
    assert _state(admin)["employees"][0][3] == "break"
