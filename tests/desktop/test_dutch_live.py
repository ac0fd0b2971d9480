"""The live board, My shift and the daily routine in Dutch, on the demo's real data.

Set BALANS_SHOTS to a folder to also save what was rendered (PNG), for a look by eye.
"""
from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

from tests.desktop.conftest import TZ, assert_labels_fit
from tests.desktop.test_board import T0, live, seed as seed_board, shown_board


def shot(widget, name: str) -> None:
    folder = os.environ.get("BALANS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def headers(model) -> list[str]:
    from PySide6.QtCore import Qt

    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_board_in_dutch(qtbot, demo_ctx, dutch):
    from PySide6.QtCore import Qt

    from balans.desktop.models.team_now import TODAY, today_text

    panel = shown_board(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: panel.chart.stack.currentIndex() == 1, timeout=10_000)
    shot(panel, "board_nl")
    assert panel.cards["phone"].title.text() == "TELEFOON"
    assert panel.cards["counter"].title.text() == "BALIE"
    assert panel.backlog.title.text() == "WERKVOORRAAD"
    assert panel.cards["phone"].line1.text().startswith("langste ")
    assert panel.backlog.line2.text().startswith("deadline vandaag ")
    assert panel.team_note.text() == "stand 11:00 · op naam gesorteerd"
    assert headers(panel.model) == ["Naam", "Gepland", "Hierna", "Werkelijk", "Bezig met",
                                    "Vandaag"]
    tips = [panel.model.index(r, TODAY).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(panel.model.rowCount())]
    assert tips and all(re.match(r"\d+ wissels? tussen klantcontact en backoffice, "
                                 r"\d+ contact(en)? tijdens een taak", t) for t in tips)
    legend = panel.chart.top_legend.text().replace("&nbsp;", " ")
    assert "wachtende contacten, ook e-mail (links)" in legend
    # The plural's two Dutch forms
    assert today_text(live("a", "A", switches=1))[0] == "1 wissel"
    assert today_text(live("a", "A", switches=3))[0] == "3 wissels"


def test_a_suggestion_in_dutch(qtbot, make_ctx, dutch):
    ctx = make_ctx(now=T0)
    seed_board(ctx, waiting=6)
    panel = shown_board(qtbot, ctx)
    shot(panel, "board_suggestion_nl")
    assert panel.bar.isVisible()
    text = " ".join(label.text() for label in (panel.bar.headline, panel.bar.detail,
                                                panel.bar.small)).replace("\u00a0", " ")
    assert "De wachtrij voor telefoon loopt op (6 wachtend, 1 in klantcontact" in text
    assert "Vraag Bram om bij te springen — backoffice, geen taak bezig, 0 wissels vandaag." \
        in text
    assert "Dit kost: de geplande backoffice van Bram tot 12:00." in text
    assert panel.bar.accept_button.text() == "Inzetten…"
    assert panel.bar.later_button.text() == "Niet nu"
    # the core's reason, worded through the same translator
    assert panel.bar.toolTip().startswith("wachtrij telefoon loopt op: 6 wachtend")
    assert panel.bar.toolTip().endswith("; geen taak bezig; 0 wissels vandaag")


def test_my_shift_in_dutch(qtbot, demo_ctx, dutch):
    from balans.core.live.myday import MyDay
    from balans.core.live.myshift import WaitingContact
    from balans.desktop.models.tasks import STATUS, TITLE
    from balans.desktop.panels.myshift_text import flag_lines, waiting_line
    from balans.desktop.settings import ME
    from tests.desktop.test_myshift import loaded_panel

    demo_ctx.settings.set(ME, "anna")
    panel = loaded_panel(qtbot, demo_ctx)
    shot(panel, "myshift_nl")
    snap = panel.snapshot
    assert [b.text().lstrip("● ") for b in panel.toggle.buttons.values()] == [
        "KLANTCONTACT", "BACKOFFICE", "PAUZE", "OFFLINE"]
    assert panel.tasks.tabs.tabText(0) == f"Mijn taken ({len(snap.my_tasks)})"
    assert panel.tasks.tabs.tabText(1) == f"Werkvoorraad team ({snap.backlog_total})"
    day = panel.day.headline.text().replace("\u00a0", " ")
    assert re.match(r"Mijn dag: \d+ wissels? · (\d+ onderbrekingen? · )?\d+ (taak|taken) open "
                    r"gebleven · \d+ obstakels?$", day), day
    assert panel.obstacle.text() == "Obstakel melden…"
    assert headers(panel.tasks.backlog)[TITLE] == "Taak"
    statuses = {panel.tasks.backlog.index(r, STATUS).data()
                for r in range(panel.tasks.backlog.rowCount())}
    assert statuses and statuses <= {"Open", "Bezig", "Gepauzeerd"}
    # The plurals, both forms
    caller = WaitingContact("c1", "phone", T0 - timedelta(seconds=40))
    assert waiting_line(caller, 2, T0) == ("Volgende wachtende: telefoon, 40 s",
                                           "en nog 1 ander wacht in je wachtrijen")
    assert waiting_line(caller, 3, T0)[1] == "en nog 2 anderen wachten in je wachtrijen"
    day = MyDay(2, 0, 2, 0, 5, 1, None, None, ("UNFINISHED_TASKS",))
    assert flag_lines(day) == ["⚠ 2 taken die je vandaag opzij legde, staan nog open: draag "
                               "over wat niet af komt."]


def test_the_contact_dialog_in_dutch(qtbot, dutch):
    from datetime import date

    from balans.core.live.myshift import Reason
    from balans.desktop.panels.myshift_dialogs import ContactDialog

    reasons = (Reason("lost", "Brief niet ontvangen", "failure", "Stuur hem opnieuw.",
                      "resolved"),)
    dialog = ContactDialog(reasons, date(2026, 11, 23), TZ, register=True)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(1)
    dialog.show()
    shot(dialog, "contact_dialog_nl")
    assert dialog.windowTitle() == "Contact registreren"
    assert dialog.channel.currentText() == "Balie"
    assert [dialog.outcome.itemText(i) for i in range(dialog.outcome.count())] == [
        "Opgelost", "Vervolgtaak nodig", "Doorverwezen"]
    note = dialog.reason_note.text()
    assert "Zo pakken we dit aan:" in note and "meteen opgelost" in note and "Faalvraag" in note
    dialog.reason.setCurrentIndex(0)
    assert dialog.validate() == "Kies waarom de klant contact opnam."


def test_the_routine_in_dutch(demo_ctx, dutch):
    from datetime import date

    from balans.core.routine.compute import format_routine, routine
    from balans.desktop.models.routine_list import (ACTED, WHAT, RoutineListModel,
                                                    routine_headline)

    r = routine(demo_ctx.journal.events(), date(2026, 11, 23), TZ, now=T0)
    model = RoutineListModel()
    model.set_routine(r, {})
    assert headers(model) == ["Wanneer", "Nieuw of gewijzigd", "Opgepakt"]
    what = {model.index(i, WHAT).data() for i in range(model.rowCount())}
    assert any(w.startswith("Contact via telefoon") for w in what)
    acted = {model.index(i, ACTED).data() for i in range(model.rowCount())}
    assert "nog niet opgepakt" in acted or any(a.startswith("✓ ") for a in acted)
    assert routine_headline(r).startswith("Sinds het einde van vrijdag 20 november: ")
    # The JSON keeps its English words, whatever the language
    assert all(not i["text"].startswith("Contact via") for i in r.to_json()["items"])
    assert "NIEUW OF GEWIJZIGD: " in format_routine(r)


def test_my_task_and_a_customer_in_dutch(qtbot, make_ctx, dutch):
    from tests.desktop.test_myshift import TASK_TITLE, act, loaded_panel, seed

    ctx = make_ctx(now=T0)
    seed(ctx)
    panel = loaded_panel(qtbot, ctx)
    assert panel.planned.text().startswith("nu gepland: ")
    assert panel.task.headline.text() == f"Mijn taak: “{TASK_TITLE}”"
    assert panel.task.small.text() == "begonnen 10:06"
    assert panel.contact.headline.text() == "Volgende wachtende: telefoon, 40 s"
    assert panel.contact.small.text() == "en nog 1 ander wacht in je wachtrijen"
    shot(panel, "myshift_task_nl")
    panel.ask_task_action = lambda title, people: None  # stay in back office
    panel.confirm = lambda text: True
    act(qtbot, panel, panel.answer_next)
    assert panel.contact.headline.text() == "Bezig met een klant (telefoon) sinds 11:00"
    assert panel.contact.small.text() == "0 s tot nu toe"
    assert panel.end.text() == "Afronden…"
    shot(panel, "myshift_serving_nl")


def test_the_board_in_dutch_fits_at_150_percent(qtbot, make_ctx, dutch, larger_font):
    """The longer Dutch words wrap or fit; no card line, button or column is cut off."""
    from tests.desktop import test_board

    test_board.test_nothing_clipped_at_150_percent(qtbot, make_ctx(now=T0), larger_font)


def test_a_colleague_was_quicker_in_dutch(qtbot, make_ctx, dutch):
    from balans.core.journal import operations as ops
    from balans.core.journal.journal import Journal
    from balans.core.storage.store import open_store
    from tests.desktop.test_myshift import act, loaded_panel, seed

    ctx = make_ctx(now=T0)
    seed(ctx)
    panel = loaded_panel(qtbot, ctx)
    other = open_store(str(ctx.store.engine.url))  # another desktop on the same database
    try:
        ops.answer_contact(Journal(other), "c1", "bram", T0)
    finally:
        other.dispose()
    act(qtbot, panel, panel.answer_next)
    assert panel.notice.text() == "Bram heeft dat contact al opgepakt."


def test_my_shift_in_dutch_fits_at_150_percent(qtbot, make_ctx, dutch, larger_font):
    """Every button shows its whole Dutch text, every label its whole height."""
    from PySide6.QtWidgets import QPushButton

    from tests.desktop.test_myshift import loaded_panel, seed

    ctx = make_ctx(now=T0)
    seed(ctx)
    panel = loaded_panel(qtbot, ctx)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitUntil(lambda: panel.toggle.buttons["contact"].width() > 0)
    shot(panel, "myshift150_nl")
    for button in panel.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    assert_labels_fit([panel])


def test_a_suggestions_waits_in_the_cards_words(dutch):
    """The suggestion bar says a wait as the cards do: whole units in the app's language."""
    from balans.core.live.model import ChannelLive
    from balans.core.live.suggest import _queue_reason

    email = ChannelLive("email", 3, 3 * 86400 + 5, 3, 0, 0, None, 1, None, True)
    phone = ChannelLive("phone", 6, 26 * 3600 + 5, 9, 3, 0, 0.5, 1, 2, True)
    assert _queue_reason(email, 2 * 86400.0) == (
        "wachtrij e-mail loopt op: 3 wachtend, langste 3 d (norm 2 d); 1 in klantcontact")
    assert "langste 26 u (norm 20 s)" in _queue_reason(phone, 20.0)
