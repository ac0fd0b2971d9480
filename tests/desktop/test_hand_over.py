"""Handing a task over: who is available now comes first, said in words, and a note goes with
the task to the colleague, who sees it on their My task card."""
from __future__ import annotations

from dataclasses import replace

from tests.desktop.test_myshift import T0, act, loaded_panel, new_events, seed


def test_the_dialog_lists_who_is_available_now_first(qtbot):
    from balans.core.live.myshift import Person
    from balans.desktop.panels.myshift_dialogs import HandOverDialog

    people = [Person("anna", "Anna", (), "offline"), Person("bram", "Bram", (), "contact"),
              Person("dirk", "Dirk", (), "backoffice"), Person("eva", "Eva", (), "break")]
    dialog = HandOverDialog(people, "Check permit file")
    qtbot.addWidget(dialog)
    shown = [dialog.who.itemText(i) for i in range(dialog.who.count())]
    assert shown == ["Dirk — in back office now", "Bram — in contact now", "Eva — on a break",
                     "Anna — offline"]
    dialog.note.setText("  waiting for the scan from Mr Bos ")
    assert dialog.values().colleague == "dirk"
    assert dialog.values().note == "waiting for the scan from Mr Bos"


def test_the_note_goes_with_the_task(qtbot, make_ctx):
    from balans.desktop.panels.myshift_dialogs import HandOver
    from balans.desktop.settings import ME

    ctx = make_ctx(now=T0)
    seed(ctx)
    panel = loaded_panel(qtbot, ctx)
    before = ctx.journal.max_seq()
    panel.choose_colleague = lambda people, title: HandOver("bram", "customer calls back at 3")
    act(qtbot, panel, panel.hand.click)
    (handed,) = new_events(ctx, before)
    assert (handed.type, handed["employee"], handed["note"]) == (
        "task.started", "bram", "customer calls back at 3")
    ctx.settings.set(ME, "bram")  # Bram's own screen
    act(qtbot, panel, panel.refresh)
    assert panel.snapshot.current_task.id == "t1"
    assert panel.snapshot.handed_over == ("Cees Bakker", "customer calls back at 3")
    assert "from Cees Bakker: “customer calls back at 3”" in panel.task.small.text()
