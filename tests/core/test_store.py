"""Opening databases: pragmas, migrations, a newer schema refused, clear errors."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from balans.core.simulation.demo import run_live
from balans.core.journal.journal import Journal
from balans.core.storage.store import StoreError, open_store, resolve_url


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_url):
    store = open_store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.dispose()


def test_a_newer_schema_is_refused(db_url):
    store = open_store(db_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    with pytest.raises(StoreError, match="newer than this program"):
        open_store(db_url)


def test_opening_twice_migrates_once_and_keeps_data(db_url):
    from balans.core.journal import operations

    store = open_store(db_url)
    operations.add_employee(Journal(store), "anna", "Anna", datetime.now(ZoneInfo("UTC")))
    store.dispose()
    again = open_store(db_url)
    assert Journal(again).count() == 1
    with again.engine.connect() as conn:
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        from balans.core.storage.store import MIGRATIONS

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == head
    again.dispose()


def test_journal_rows_cannot_be_changed_even_on_sqlite(sqlite_url):
    from balans.core.journal import operations

    store = open_store(sqlite_url)
    operations.add_employee(Journal(store), "anna", "Anna", datetime.now(ZoneInfo("UTC")))
    with store.engine.begin() as conn, pytest.raises(sa.exc.DatabaseError, match="append-only"):
        conn.execute(sa.text("DELETE FROM events"))
    with store.engine.begin() as conn, pytest.raises(sa.exc.DatabaseError, match="append-only"):
        conn.execute(sa.text("UPDATE events SET type = 'x'"))
    store.dispose()


def test_not_a_database_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a Balans"):
        open_store(f"sqlite:///{junk}")
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("::::")


def test_default_url_is_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("BALANS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'balans' / 'balans.db'}"
    monkeypatch.setenv("BALANS_DB", "sqlite:///elsewhere.db")
    assert resolve_url(None) == "sqlite:///elsewhere.db"
    assert resolve_url("sqlite:///given.db") == "sqlite:///given.db"


def test_live_feed_appends_events_as_they_come_due(sqlite_url):
    tz = ZoneInfo("Europe/Amsterdam")
    store = open_store(sqlite_url)
    journal = Journal(store)
    slept: list[float] = []
    clock = {"n": 0}

    def stop() -> bool:
        clock["n"] += 1
        return clock["n"] > 600

    stored = run_live(journal, datetime(2026, 11, 23, 7, 45, tzinfo=tz), seed=3, speed=5.0,
                      stop=stop, sleep=slept.append)
    assert stored == journal.count() >= 300
    assert slept and all(s > 0 for s in slept)
    types = {e.type for e in journal.events()}
    assert {"employee.added", "contact.arrived", "mode.changed"} <= types
    store.dispose()


def test_heads_read_from_the_scripts_match_alembics():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from balans.core.storage.store import MIGRATIONS, heads_from_files

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert heads_from_files() == set(ScriptDirectory.from_config(config).get_heads())


def test_an_up_to_date_database_opens_without_alembic(sqlite_url):
    import subprocess
    import sys

    open_store(sqlite_url).dispose()
    code = ("import sys; from balans.core.storage.store import open_store;"
            f"open_store({sqlite_url!r}).dispose(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_a_database_behind_is_still_migrated(sqlite_url):
    from alembic import command

    from balans.core.storage.store import _alembic_config, heads_from_files

    store = open_store(sqlite_url)
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "-1")
        behind = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert {behind} != heads_from_files()
    store.dispose()
    store = open_store(sqlite_url)
    with store.engine.connect() as conn:
        assert {conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()} == \
            heads_from_files()
    store.dispose()
