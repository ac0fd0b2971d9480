"""Registering and ending contacts the way the desk works: any channel (a walk-in by default),
a contact about an open case counts as a repeat contact, a follow-up is mine unless handed
over, nothing is served while offline without asking, the first field has the focus, a problem
shown clears once fixed, and dates follow the user's locale."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tests.desktop.test_myshift import T0, loaded_panel, new_events, seed


@pytest.fixture
def ctx(make_ctx):
    context = make_ctx(now=T0)
    seed(context)
    return context


@pytest.fixture
def panel(qtbot, ctx):
    return loaded_panel(qtbot, ctx)


def dialog_of(panel, fill):
    """Open the register dialog through the panel, fill it with ``fill`` and accept it."""
    seen = []

    def run(dialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog._accept()
        return bool(dialog.result())

    panel.exec_dialog = run
    return seen


def test_any_channel_with_the_counter_first_and_the_focus_on_it(qtbot, ctx):
    from balans.core.journal.events import make
    from balans.desktop.panels.myshift_dialogs import ContactDialog

    # Bram takes only the phone, yet a walk-in at the counter can be registered
    ctx.journal.append([make("mode.changed", T0, employee="bram", mode="contact")])
    dialog = ContactDialog((), T0.date(), T0.tzinfo, register=True, channels=("phone",))
    qtbot.addWidget(dialog)
    offered = [dialog.channel.itemData(i) for i in range(dialog.channel.count())]
    assert offered == ["phone", "counter", "chat", "email"]
    assert dialog.channel.currentData() == "counter"
    dialog.show()
    qtbot.waitUntil(lambda: dialog.channel.hasFocus() or dialog.focusWidget() is dialog.channel)
    assert dialog.focusWidget() is dialog.channel


def test_a_contact_about_an_open_case_is_a_repeat_contact(qtbot, panel, ctx):
    from balans.core.summary.compute import summarize
    from tests.desktop.test_myshift import act

    def fill(d):
        d.reason.setCurrentIndex(d.reason.findData("lost"))
        d.case.setCurrentIndex(d.case.findData("t2"))  # "Answer Mr Bos's e-mail", open
        assert not d.title.isEnabled()  # the case goes on: no new follow-up

    dialog_of(panel, fill)
    before = ctx.journal.max_seq()
    act(qtbot, panel, panel.open_register_dialog)
    ended = [e for e in new_events(ctx, before) if e.type == "contact.ended"]
    assert [e.get("task") for e in ended] == ["t2"]
    summary = summarize(ctx.journal.events(), T0.date(), T0.tzinfo)
    assert [r.task for r in summary.extra.repeat_contacts] == ["t2"]


def test_a_follow_up_is_mine_unless_handed_over(qtbot, panel, ctx):
    from tests.desktop.test_myshift import act

    def mine(d):
        d.reason.setCurrentIndex(d.reason.findData("permit"))
        d.outcome.setCurrentIndex(d.outcome.findData("follow_up"))
        d.title.setText("Send the permit form")

    dialog_of(panel, mine)
    act(qtbot, panel, panel.open_register_dialog)
    assert "Send the permit form" in [t.title for t in panel.snapshot.my_tasks]

    def theirs(d):
        mine(d)
        d.title.setText("Check the zoning plan")
        d.owner.setCurrentIndex(d.owner.findData("bram"))

    dialog_of(panel, theirs)
    before = ctx.journal.max_seq()
    act(qtbot, panel, panel.open_register_dialog)
    assert "Check the zoning plan" not in [t.title for t in panel.snapshot.my_tasks]
    task = next(t for t in panel.snapshot.backlog if t.title == "Check the zoning plan")
    assert task.holder == "bram"
    kinds = [(e.type, e.get("employee")) for e in new_events(ctx, before)
             if e.type.startswith("task.")]
    assert kinds == [("task.created", None), ("task.started", "bram"), ("task.paused", "bram")]


def test_no_answering_or_registering_while_offline_without_asking(qtbot, panel, ctx):
    from balans.desktop.panels.myshift_dialogs import TaskChoice
    from tests.desktop.test_myshift import act

    panel.ask_task_action = lambda title, people: TaskChoice("pause")
    act(qtbot, panel, lambda: panel.request_mode("offline"))
    assert panel.snapshot.mode == "offline"
    asked = []
    panel.confirm = lambda text: asked.append(text) or False
    before = ctx.journal.max_seq()
    panel.answer_next()
    panel.open_register_dialog()
    assert len(asked) == 2 and "offline" in asked[0]
    assert new_events(ctx, before) == []  # declined: nothing written
    panel.confirm = lambda text: True
    act(qtbot, panel, panel.answer_next)
    kinds = [(e.type, e.get("mode")) for e in new_events(ctx, before)]
    assert kinds == [("mode.changed", "contact"), ("contact.answered", None)]


def test_a_problem_clears_once_fixed(qtbot):
    from balans.core.live.myshift import Reason
    from balans.desktop.panels.myshift_dialogs import ContactDialog

    dialog = ContactDialog((Reason("permit", "Permit question", "value"),), T0.date(),
                           T0.tzinfo, register=True)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert "reason" in dialog.problem.text()
    dialog.reason.setCurrentIndex(1)
    assert dialog.problem.text() == ""  # fixed: the sentence goes
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("follow_up"))
    dialog._accept()
    assert "title" in dialog.problem.text()
    dialog.title.setText("Call back")
    assert dialog.problem.text() == ""


def test_dates_in_the_users_locale(qtbot):
    from datetime import datetime

    from balans.desktop.models.tasks import due_text
    from balans.desktop.panels.myshift_dialogs import TaskDialog

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        dialog = TaskDialog(T0.date(), T0.tzinfo)
        qtbot.addWidget(dialog)
        assert dialog.due.displayFormat() == "dd-MM-yyyy"
        assert dialog.due.text() == "23-11-2026"
        later = datetime(2026, 11, 25, 17, 0, tzinfo=T0.tzinfo)
        assert due_text(later, T0) == "wo 25 nov"
    finally:
        QLocale.setDefault(previous)
