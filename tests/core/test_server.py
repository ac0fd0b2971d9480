"""Team mode on a real PostgreSQL cluster: roles, row-level security, append-only journal,
passwords only in the keyring."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import re

import keyring
import pytest
import sqlalchemy as sa

from balans.core.journal import operations
from balans.core.journal.journal import Journal, NotAllowed
from balans.core.storage.server import ServerError, add_user, init_server
from balans.core.storage.store import StoreError, open_store
from tests.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.postgres
TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)


@pytest.fixture
def team_server(pg_url):
    admin = open_store(pg_url)
    journal = Journal(admin)
    operations.add_employee(journal, "anna", "Anna", NOW, channels=["phone"])
    operations.add_employee(journal, "bram", "Bram", NOW)
    init_server(admin)
    add_user(admin, "anna_login", "employee", "anna-secret-1", employee="anna", replace=True)
    add_user(admin, "plan_login", "planner", "planner-secret-1", replace=True)
    yield admin, pg_url
    admin.dispose()


def login_url(pg_url: str, user: str) -> str:
    return pg_url.replace("postgres@", f"{user}@", 1)


def test_employee_login_records_own_work_only(team_server):
    admin, url = team_server
    anna = open_store(login_url(url, "anna_login"), "anna-secret-1")
    try:
        journal = Journal(anna)
        operations.set_mode(journal, "anna", "contact", NOW)  # her own event: allowed
        operations.contact_arrived(journal, "phone", NOW)      # no employee: allowed
        with pytest.raises(NotAllowed):
            operations.set_mode(journal, "bram", "contact", NOW)
        with pytest.raises(NotAllowed):
            operations.plan_roles(journal, [("anna", NOW, NOW.replace(hour=12), "backoffice")],
                                  NOW)
        with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError):
            conn.execute(sa.text("UPDATE events SET type = 'x'"))
        with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError):
            conn.execute(sa.text("DELETE FROM events"))
        with anna.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError):
            conn.execute(sa.text("UPDATE employees SET mode = 'break' WHERE id = 'bram'"))
            if conn.execute(sa.text("SELECT mode FROM employees WHERE id='bram'")).scalar() \
                    == "offline":  # RLS filtered the row silently: make the test fail loudly
                raise sa.exc.ProgrammingError("filtered", {}, Exception("row-level security"))
    finally:
        anna.dispose()
    types = [e.type for e in Journal(admin).events()]
    assert types.count("mode.changed") == 1 and "role.planned" not in types


def test_employee_may_hand_over_her_own_task_only(team_server):
    admin, url = team_server
    operations.add_employee(Journal(admin), "cees", "Cees", NOW)
    anna = open_store(login_url(url, "anna_login"), "anna-secret-1")
    try:
        journal = Journal(anna)
        mine = operations.create_task(journal, "Check permit file", NOW, start_as="anna")
        operations.hand_over_task(journal, mine.created[0], "bram", NOW)  # hers: allowed
        others = operations.create_task(Journal(admin), "Bram's case", NOW, start_as="bram")
        with pytest.raises(NotAllowed):  # not hers to hand over
            operations.hand_over_task(journal, others.created[0], "cees", NOW)
        with pytest.raises(NotAllowed):  # and now that Bram has it, not hers any more either
            operations.hand_over_task(journal, mine.created[0], "cees", NOW)
    finally:
        anna.dispose()
    holders = {e["task"]: e["employee"] for e in Journal(admin).events()
               if e.type == "task.started"}
    assert holders[mine.created[0]] == "bram" and holders[others.created[0]] == "bram"


def test_planner_plans_and_even_the_owner_cannot_rewrite_the_journal(team_server):
    admin, url = team_server
    planner = open_store(login_url(url, "plan_login"), "planner-secret-1")
    try:
        operations.plan_roles(Journal(planner), [("bram", NOW, NOW.replace(hour=12), "contact")],
                              NOW)
        with planner.engine.begin() as conn, pytest.raises(sa.exc.ProgrammingError):
            conn.execute(sa.text("DELETE FROM events"))
    finally:
        planner.dispose()
    with admin.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="append-only"):
        conn.execute(sa.text("DELETE FROM events"))
    with admin.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="append-only"):
        conn.execute(sa.text("UPDATE events SET actor = 'me'"))
    assert Journal(admin).count() == 3


def test_connection_errors_are_one_plain_sentence(team_server):
    _, url = team_server
    with pytest.raises(StoreError) as wrong:
        open_store(login_url(url, "anna_login"), "not-her-password")
    assert str(wrong.value) == "the server refused the user name or password"
    assert "not-her-password" not in str(wrong.value)
    with pytest.raises(StoreError, match="database does not exist"):
        open_store(re.sub(r"@/[^?]+\?", "@/nope?", url))
    with pytest.raises(StoreError, match="not reachable"):
        open_store("postgresql+psycopg://x@/db?host=/nonexistent-socket-dir&port=1")


def test_add_user_validates(team_server):
    admin, _ = team_server
    with pytest.raises(ServerError, match="at least 8"):
        add_user(admin, "cees", "employee", "short", employee="anna")
    with pytest.raises(ServerError, match="no employee 'zoe'"):
        add_user(admin, "zoe_login", "employee", "long-enough-1", employee="zoe")
    with pytest.raises(ServerError, match="lower-case"):
        add_user(admin, "Robert'); DROP", "planner", "long-enough-1")


def test_password_comes_from_the_keyring_and_nowhere_else(team_server, tmp_path, monkeypatch):
    from balans.core.storage.credentials import password_for_url, set_password

    _, url = team_server
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("BALANS_DB_PASSWORD", raising=False)
    try:
        anna_url = login_url(url, "anna_login")
        set_password(anna_url, "anna-secret-1")
        assert password_for_url(anna_url) == "anna-secret-1"
        store = open_store(anna_url, password_for_url(anna_url))
        Journal(store).count()
        store.dispose()
        assert list(backend.items.values()) == ["anna-secret-1"]
        assert "anna-secret-1" not in anna_url
    finally:
        keyring.set_keyring(previous)


def test_init_refuses_sqlite(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(ServerError, match="PostgreSQL"):
        init_server(store)
    store.dispose()
