"""On a team server: a planner login keeps the reason catalogue and imports contacts; an employee
login can do neither, and the database itself refuses a malformed new-type event."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from balans.core.imports.convert import convert, read_csv
from balans.core.imports.mapping import SourceMapping
from balans.core.imports.run import import_converted
from balans.core.journal.journal import Journal, JournalError, NotAllowed
from balans.core.reasons.catalogue import (ReasonEntry, define_reason, read_catalogue,
                                           retire_reason)
from balans.core.storage.store import open_store
from tests.core.builders import TZ
from tests.core.test_server import NOW, login_url, team_server  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgres
CALLS = "Start;Wait;Talk\n23-11-2026 09:00:00;10;120\n23-11-2026 09:01:00;30;\n"
MAPPING = SourceMapping("acd", "calls", {"arrived": "Start", "wait_s": "Wait", "talk_s": "Talk"})


def test_planner_keeps_the_catalogue_and_imports_contacts(team_server):  # noqa: F811
    _admin, url = team_server
    planner = open_store(login_url(url, "plan_login"), "planner-secret-1")
    try:
        journal = Journal(planner)
        define_reason(journal, ReasonEntry("permit", "Where is my permit?", "failure",
                                           "Give the date.", "resolved"), NOW)
        retire_reason(journal, "permit", NOW)
        assert read_catalogue(journal)[0].retired
        stored = import_converted(journal, convert(read_csv(CALLS), MAPPING, TZ))
        assert stored.stored == 2
        with planner.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT COUNT(*) FROM contacts")).scalar() == 2
    finally:
        planner.dispose()


def test_employee_login_cannot_change_the_catalogue_or_import(team_server):  # noqa: F811
    _admin, url = team_server
    anna = open_store(login_url(url, "anna_login"), "anna-secret-1")
    try:
        journal = Journal(anna)
        with pytest.raises((NotAllowed, JournalError)):
            define_reason(journal, ReasonEntry("x", "X", "value"), NOW)
        with pytest.raises((NotAllowed, JournalError)):
            import_converted(journal, convert(read_csv(CALLS), MAPPING, TZ))
        assert Journal(anna).count() == 2  # the two employees added by the fixture
    finally:
        anna.dispose()


def test_the_database_refuses_a_new_type_event_without_its_fields(team_server):  # noqa: F811
    admin, _url = team_server
    with admin.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="check"):
        conn.execute(sa.text(
            "INSERT INTO events (id, t, ts, type, data) VALUES ('x1', 0, "
            "'1970-01-01T00:00:00+00:00', 'queue.interval', '{\"source\": \"s\"}')"))
