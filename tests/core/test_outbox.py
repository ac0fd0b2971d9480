"""Offline without loss: a server stopped and restarted in the middle of a stream of actions."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from balans.core.journal import operations
from balans.core.journal.journal import Journal
from balans.core.storage.outbox import Outbox, OutboxJournal
from balans.core.storage.store import open_store

TZ = ZoneInfo("Europe/Amsterdam")
START = datetime(2026, 11, 23, 8, 0, tzinfo=TZ)


def action(journal, i: int) -> None:
    now = START + timedelta(minutes=i)
    if i % 3 == 0:
        operations.set_mode(journal, "anna", ("contact", "backoffice")[i % 2], now)
    elif i % 3 == 1:
        operations.register_contact(journal, "anna", "counter", now, reason=None)
    else:
        operations.create_task(journal, f"Task {i}", now)


@pytest.mark.postgres
def test_server_restart_mid_stream_loses_and_duplicates_nothing(pg_cluster, pg_url, tmp_path):
    store = open_store(pg_url)
    base = Journal(store)
    operations.add_employee(base, "anna", "Anna", START)
    outbox_path = tmp_path / "outbox.db"
    journal = OutboxJournal(base, Outbox(outbox_path))
    for i in range(30):
        action(journal, i)
    assert journal.queued == 0
    pg_cluster.pause()
    try:
        for i in range(30, 45):
            action(journal, i)  # acknowledged locally, kept in the outbox
        assert journal.queued > 0
        # The app restarts while offline: a new outbox object on the same file keeps them.
        journal = OutboxJournal(base, Outbox(outbox_path))
        assert journal.queued > 0
    finally:
        pg_cluster.resume()
    for i in range(45, 60):
        action(journal, i)  # the first of these replays the outbox, in order
    assert journal.queued == 0 and journal.rejected == []
    journal.flush()  # a second replay changes nothing
    events = base.events()
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    # 1 employee + 20 mode changes + 20 contacts x 3 events + 20 tasks
    assert len(events) == 1 + 20 + 60 + 20
    times = [e.ts for e in events if e.type == "mode.changed"]
    assert times == sorted(times)  # replayed in the order they were made
    store.dispose()


def test_outbox_refuses_events_without_ids(tmp_path):
    from balans.core.journal.events import make

    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    journal = OutboxJournal(Journal(store), Outbox(tmp_path / "o.db"))
    with pytest.raises(ValueError, match="need ids"):
        journal.append([make("employee.added", START, employee="a", name="A")])
    store.dispose()


@pytest.mark.postgres
def test_a_refused_action_is_reported_and_dropped_not_queued(pg_cluster, pg_url, tmp_path):
    from balans.core.journal.journal import NotAllowed
    from balans.core.storage.server import add_user, init_server

    admin = open_store(pg_url)
    operations.add_employee(Journal(admin), "anna", "Anna", START)
    operations.add_employee(Journal(admin), "bram", "Bram", START)
    init_server(admin)
    add_user(admin, "anna_login", "employee", "anna-secret-1", employee="anna", replace=True)
    anna = open_store(pg_url.replace("postgres@", "anna_login@", 1), "anna-secret-1")
    journal = OutboxJournal(Journal(anna), Outbox(tmp_path / "outbox.db"))
    try:
        with pytest.raises(NotAllowed):  # online: refused at once, told, not queued
            operations.set_mode(journal, "bram", "break", START)
        assert journal.queued == 0
        pg_cluster.pause()
        try:
            operations.set_mode(journal, "anna", "contact", START)           # waits
            operations.set_mode(journal, "bram", "break", START)             # will be refused
            operations.set_mode(journal, "anna", "backoffice", START + timedelta(minutes=1))
            assert journal.queued == 3
        finally:
            pg_cluster.resume()
        operations.set_mode(journal, "anna", "break", START + timedelta(minutes=2))
        assert journal.queued == 0
        rejected = journal.take_rejected()
        assert len(rejected) == 1 and '"bram"' in rejected[0].line
        assert "only record its own work" in rejected[0].reason
        assert journal.take_rejected() == []
    finally:
        anna.dispose()
    modes = [(e.employee, e["mode"]) for e in Journal(admin).events() if e.type == "mode.changed"]
    assert modes == [("anna", "contact"), ("anna", "backoffice"), ("anna", "break")]
    admin.dispose()
