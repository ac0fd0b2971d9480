"""One function per user action: the events it writes, what it reports, all or nothing."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from balans.core.journal import operations as ops
from balans.core.journal.journal import Journal, JournalError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture
def journal(store):
    journal = Journal(store)
    ops.add_employee(journal, "anna", "Anna", NOW)
    return journal


def test_switching_tasks_is_one_transaction(journal):
    first = ops.create_task(journal, "Check permit file", NOW, start_as="anna").created[0]
    second = ops.create_task(journal, "Call back", NOW).created[0]
    ops.finish_task(journal, second, "anna", NOW)
    before = journal.count()
    with pytest.raises(JournalError, match="already finished"):
        ops.start_task(journal, second, "anna", NOW, pause_first=first)
    assert journal.count() == before  # the pause was not stored on its own
    third = ops.create_task(journal, "Scan mail", NOW, start_as="anna",
                            pause_first=first).created[0]
    tail = [(e.type, e["task"]) for e in journal.events() if "task" in e.fields][-3:]
    assert tail == [("task.paused", first), ("task.created", third), ("task.started", third)]


def test_operations_report_areas_and_created_ids(journal):
    changes = ops.register_contact(journal, "anna", "counter", NOW, follow_up_title="Send form")
    contact, task = changes.created
    assert contact.startswith("c-") and task.startswith("t-")
    assert {"queues", "tasks"} <= changes.areas and changes.stored == 4
    ended = [e for e in journal.events() if e.type == "contact.ended"][0]
    assert ended["outcome"] == "follow_up" and ended["task"] == task
    with pytest.raises(ValueError, match="describe the obstacle"):
        ops.log_obstacle(journal, "anna", "   ", NOW)
