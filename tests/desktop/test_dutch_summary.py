"""The end of day in Dutch, on real demo data: the panel, its PDF and its CSV; the reason and
import words the core writes; and English (with English plurals) when no translator is
installed, as on the command line."""
from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from itertools import islice

import pytest
from PySide6.QtCore import QDate, Qt

from tests.desktop.conftest import TZ
from tests.desktop.test_summary_panel import pdf_text

DAY = date(2026, 11, 23)  # the demo's last day, a Monday
NBSP = "\u00a0"


@pytest.fixture
def panel(qtbot, demo_ctx, dutch):
    from balans.desktop.panels.summary import SummaryPanel

    demo_ctx.clock.frozen = datetime(2026, 11, 24, 7, 0, tzinfo=TZ)
    widget = SummaryPanel(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 860)
    widget.date.blockSignals(True)
    widget.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    widget.date.blockSignals(False)
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.show()
    return widget


def test_the_end_of_day_panel_speaks_dutch(panel):
    from balans.desktop.models.summary_table import NOTES

    summary = panel.view.summary
    people = len(summary.employees)
    assert panel.status.text() == f"{people} personen op deze dag"
    assert panel.csv_button.text() == "CSV exporteren…"
    assert panel.date.text().startswith("ma 23 nov")  # the date in Dutch too
    tiles = {t.caption.text(): t for t in panel.tiles}
    assert set(tiles) == {"SERVICELEVEL", "AFGEHAAKT", "DIRECT OPGELOST", "FAALVRAAG",
                          "WERKVOORRAAD IN", "WERKVOORRAAD UIT"}
    created = summary.team.backlog.created
    assert tiles["WERKVOORRAAD IN"]._labels[0][1].text() == (
        f"{created} taken" if created != 1 else "1 taak")
    assert [w.text() for w, _v in tiles["SERVICELEVEL"]._labels[:3]] == [
        "Telefoon", "Balie", "Chat"]
    assert "telefoon 20\u00a0s" in tiles["SERVICELEVEL"].detail.text()
    assert "binnen de norm beantwoord" in tiles["SERVICELEVEL"].detail.text()

    model = panel.table_proxy
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[:3] == ["Naam", "Notities", "Klantcontact\ngepland → werkelijk"]
    assert "Wissels" in heads and "Backoffice\ngerealiseerd" in heads
    notes = [line for r in range(model.rowCount())
             for line in (model.index(r, NOTES).data() or "").split("\n") if line]
    assert any(re.fullmatch(r"\d+ keer naar klantcontact gehaald", n) for n in notes)
    assert any(re.fullmatch(r"(1 taak|\d+ taken) open gebleven", n) for n in notes)
    # The tooltip holds the core's flag sentences, in Dutch with Dutch plurals.
    tips = "\n".join(model.index(r, NOTES).data(Qt.ItemDataRole.ToolTipRole) or ""
                     for r in range(model.rowCount()))
    assert "keer naar klantcontact gehaald - lange blokken in de planning zouden helpen" in tips
    assert re.search(r"(1 taak|\d+ taken) open gebleven \(.+\) - overdragen loont", tips)

    titles = [chart.title.text() for chart in panel.charts]
    assert titles == ["Geplande en werkelijke tijd per persoon", "Contactredenen (Pareto)",
                      "Servicelevel per 15 minuten", "Werkvoorraad over de dag"]
    assert "bovenste balk: gepland" in panel.charts[0].legend.text()
    assert "Backoffice" in panel.charts[0].legend.text()
    assert "Consistentie per reden" in panel.consistency.text()


def test_the_pdf_is_dutch(panel, tmp_path, qtbot):
    path = tmp_path / "dag.pdf"
    panel.ask_save_path = lambda *_args: str(path)
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.pdf_button.click()
    text = re.sub(r"\s+", " ", pdf_text(path))
    assert "Overzicht einde van de dag — maandag 23 november 2026" in text
    assert "Einde van de dag · maandag 23 november 2026" in text  # the running head
    for words in ("SERVICELEVEL", "WERKVOORRAAD IN", "Kanalen", "Medewerkers", "Afgehaakt",
                  "Gemiddelde wachttijd", "Contactredenen en hun kosten", "Obstakels van de dag",
                  "Routine: nieuw of gewijzigd sinds de vorige werkdag", "pagina 2",
                  "klantcontact gehaald", "faalvraag", "Consistentie per reden"):
        assert words in text, words
    assert re.search(r"\d+ taken", text)  # a plural
    assert "End of day" not in text and "People" not in text


def test_the_csv_is_dutch(panel, tmp_path, qtbot):
    path = tmp_path / "dag.csv"
    panel.ask_save_path = lambda *_args: str(path)
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.csv_button.click()
    people = (tmp_path / "dag-people.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(people), delimiter=";"))  # decimal comma: semicolons
    assert rows[0][:3] == ["Naam", "Klantcontact gepland (min)", "Klantcontact werkelijk (min)"]
    assert "Wissels tussen klantcontact en backoffice" in rows[0]
    assert rows[0][-1] == "Notities"
    assert any("keer naar klantcontact gehaald" in row[-1] for row in rows[1:])
    channels = (tmp_path / "dag-channels.csv").read_text(encoding="utf-8-sig")
    assert channels.startswith("Kanaal;Aangeboden;Beantwoord;Afgehaakt;")
    assert "\nTelefoon;" in channels.replace("\r\n", "\n")
    reasons = (tmp_path / "dag-reasons.csv").read_text(encoding="utf-8-sig")
    assert reasons.startswith("Contactreden;Soort vraag;Contacten;")
    assert ";faalvraag;" in reasons and ";waardevraag;" in reasons


def test_reasons_and_imports_in_dutch(dutch):
    from balans.core.imports.values import parse_flag, parse_seconds
    from balans.core.simulation.generate import generate_demo, team_events
    from balans.core.simulation.office import default_team

    events = team_events(default_team(), datetime(2026, 11, 23, 7, tzinfo=TZ))
    labels = {e.fields["reason"]: e.fields["label"] for e in events
              if e.type == "reason.defined"}
    assert labels["permit-status"] == "Waar blijft mijn vergunning?"
    assert labels["move"] == "Verhuizing doorgeven"
    # The demo's task titles too, made in the app's language.
    first = list(islice(generate_demo(end=DAY, days=1, seed=1, tz=TZ), 300))
    titles = [e.fields["title"] for e in first if e.type == "task.created"]
    assert "Terugbellijst opschonen" in titles or any("terugbellen" in t for t in titles)
    with pytest.raises(ValueError, match=r"^'later' is geen duur \(seconden, m:ss of u:mm:ss\)$"):
        parse_seconds("later")
    with pytest.raises(ValueError, match="is geen ja of nee"):
        parse_flag("misschien")


def test_without_a_translator_the_words_are_english_with_english_plurals(qapp):
    """What the command line gets: no translator installed, English plurals from balans_en.ts."""
    from balans.core import i18n as core_i18n
    from balans.core.summary.export import notes
    from balans.core.summary.model import EmployeeDay, RoleMinutes
    from balans.core.simulation.generate import team_events
    from balans.core.simulation.office import default_team
    from balans.core.vocabulary import Flag

    one = EmployeeDay("anna", RoleMinutes(), RoleMinutes(), adherence=None,
                      backoffice_realized=None, switches=1, interruptions=0,
                      context_switches_per_hour=None, contacts_handled=0, tasks_finished=0,
                      unfinished_tasks=("t1",),
                      flags=(Flag.CONTEXT_SWITCHING, Flag.UNFINISHED_TASKS))
    core_i18n.set_translator(None)
    try:
        assert notes(one) == ["pulled into contacts 1 time", "1 task left open"]
        events = team_events(default_team(), datetime(2026, 11, 23, 7, tzinfo=TZ))
        assert "Where is my permit?" in [e.fields.get("label") for e in events]
    finally:
        from balans.desktop import i18n

        assert i18n.install(qapp, "en")


def test_the_contact_import_dialog_speaks_dutch(qtbot, make_ctx, tmp_path, monkeypatch, dutch):
    from balans.desktop.contact_import_dialog import ContactImportDialog

    monkeypatch.setenv("BALANS_CONFIG_DIR", str(tmp_path / "cfg"))
    path = tmp_path / "export.csv"
    path.write_text("Datum;Tijd;Wachttijd;Gespreksduur\n23-11-2026;09:00:00;10;2:00\n"
                    "23-11-2026;09:07:00;later;60\n", encoding="utf-8")
    dialog = ContactImportDialog(make_ctx())
    qtbot.addWidget(dialog)
    dialog.source.setCurrentText("kcc")
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    assert "Nog nodig: geen kolom gekozen voor binnengekomen (in de wachtrij)" in (
        dialog.status.text())
    dialog.columns.choose("arrived", "Datum+Tijd")
    qtbot.waitUntil(lambda: dialog.converted is not None, timeout=10_000)
    status = dialog.status.text()
    assert "2 rijen in het bestand, 1 klaar om te importeren." in status
    assert "1 rij is niet te lezen" in status
    assert dialog.converted.errors == [
        (3, "wachttijd: 'later' is geen duur (seconden, m:ss of u:mm:ss)")]
    dialog.skip_bad.setChecked(True)
    assert dialog.go.text() == "1 rij importeren"
    assert dialog.model.index(0, 2).data() == "telefoon"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Regel"
