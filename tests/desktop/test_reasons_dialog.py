"""The reason catalogue dialog and the agreement shown while registering a contact."""
from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from balans.core.journal.journal import Journal
from balans.core.reasons.catalogue import ReasonEntry, define_reason, read_catalogue


def test_catalogue_dialog_adds_edits_retires_and_round_trips_csv(qtbot, make_ctx, tmp_path):
    from balans.desktop.reasons_dialog import ReasonsDialog

    ctx = make_ctx()
    dialog = ReasonsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not ctx.worker.pending())
    dialog.ident.setText("Permit status")
    dialog.label.setText("Where is my permit?")
    dialog.save()
    assert "lower-case" in dialog.problem.text()
    dialog.ident.setText("permit-status")
    dialog.demand.setCurrentIndex(dialog.demand.findData("failure"))
    dialog.usual.setCurrentIndex(dialog.usual.findData("resolved"))
    dialog.agreement.setPlainText("Look up the case and give the date.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    journal = Journal(ctx.store)
    assert read_catalogue(journal) == [ReasonEntry(
        "permit-status", "Where is my permit?", "failure",
        "Look up the case and give the date.", "resolved")]
    assert dialog.ident.isReadOnly()  # the saved reason is selected
    dialog.retire()
    qtbot.waitUntil(lambda: dialog.model.entries and dialog.model.entries[0].retired)
    path = tmp_path / "reasons.csv"
    dialog.export_file(str(path))
    qtbot.waitUntil(lambda: path.exists() and "Exported" in dialog.problem.text())
    path.write_text(path.read_text().replace(",yes", ",no") + "move,I'm moving,value,,,\n")
    dialog.import_file(str(path))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert [(e.id, e.retired) for e in read_catalogue(journal)] == [
        ("move", False), ("permit-status", False)]
    dialog.resize(900, 600)
    dialog.grab().save(str(tmp_path / "reasons.png"))


def test_contact_dialog_shows_the_agreement_of_the_chosen_reason(qtbot):
    from balans.core.live.myshift import Reason
    from balans.desktop.panels.myshift_dialogs import ContactDialog

    reasons = [Reason("move", "I'm moving", "value"),
               Reason("permit", "Where is my permit?", "failure",
                      "Look up the case & give the date.", "resolved")]
    dialog = ContactDialog(reasons, date(2026, 11, 23), ZoneInfo("Europe/Amsterdam"),
                           register=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason_note.isHidden()
    dialog.reason.setCurrentIndex(dialog.reason.findData("permit"))
    assert not dialog.reason_note.isHidden()
    text = dialog.reason_note.text()
    assert "Look up the case &amp; give the date." in text and "resolved at once" in text
    dialog.reason.setCurrentIndex(dialog.reason.findData("move"))
    assert dialog.reason_note.isHidden()  # no agreement for this one: nothing to show


def test_retired_reasons_are_not_offered_when_registering(make_ctx):
    from datetime import datetime

    from balans.core.reasons.catalogue import retire_reason
    from balans.core.live.myshift import load_snapshot

    ctx = make_ctx()
    now = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Amsterdam"))
    define_reason(ctx.journal, ReasonEntry("a", "A", "value", "Do A"), now)
    define_reason(ctx.journal, ReasonEntry("b", "B", "value"), now)
    retire_reason(ctx.journal, "b", now)
    snap = load_snapshot(Journal(ctx.store), None, now, ctx.tz)
    assert [(r.id, r.agreement) for r in snap.reasons] == [("a", "Do A")]
