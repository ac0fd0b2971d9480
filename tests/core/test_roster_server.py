"""Team mode: only a planner login changes the team and the roster; an employee login may not
move, cancel or deactivate anything (row-level security on the new event types)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from balans.core.journal.journal import Journal, NotAllowed
from balans.core.roster import actions
from balans.core.roster.read import shifts_between, team
from balans.core.storage.server import add_user, init_server
from balans.core.storage.store import open_store

pytestmark = pytest.mark.postgres
TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=TZ)
MON = datetime(2026, 11, 23, 8, 0, tzinfo=TZ)


def test_only_a_planner_changes_the_team_and_the_roster(pg_url):
    admin = open_store(pg_url)
    try:
        actions.add_member(Journal(admin), "anna", "Anna", ["phone"], NOW)
        actions.add_shift(Journal(admin), "anna", MON, MON.replace(hour=16), NOW)
        init_server(admin)
        add_user(admin, "roster_anna", "employee", "anna-secret-1", employee="anna",
                 replace=True)
        add_user(admin, "roster_plan", "planner", "planner-secret-1", replace=True)
        (shift,) = shifts_between(Journal(admin), MON, MON.replace(hour=23), TZ)
        anna = open_store(pg_url.replace("postgres@", "roster_anna@", 1), "anna-secret-1")
        try:
            mine = Journal(anna)
            with pytest.raises(NotAllowed):
                actions.delete_shift(mine, shift, NOW)
            with pytest.raises(NotAllowed):
                actions.edit_member(mine, "anna", NOW, channels=["phone", "chat"])
            with pytest.raises(NotAllowed):
                actions.deactivate_member(mine, "anna", NOW, TZ)
        finally:
            anna.dispose()
        planner = open_store(pg_url.replace("postgres@", "roster_plan@", 1), "planner-secret-1")
        try:
            journal = Journal(planner)
            actions.move_shift(journal, shift, "anna", MON.replace(hour=9),
                               MON.replace(hour=17), NOW)
            actions.deactivate_member(journal, "anna", NOW, TZ)
        finally:
            planner.dispose()
        assert shifts_between(Journal(admin), MON, MON.replace(hour=23), TZ) == []
        assert [m.active for m in team(Journal(admin))] == [False]
    finally:
        admin.dispose()
