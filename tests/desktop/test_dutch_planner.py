"""The planner, its PDF, the roster, the team and the roster import in Dutch, on real data: the
words come from balans_nl.qm, plurals pick their form, dates and figures follow the locale."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.desktop.conftest import TZ

DAY = date(2026, 11, 23)  # the demo's last day: a Monday with 17 people on shift
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=TZ)  # a Wednesday, for the roster
NEXT_MONDAY = date(2026, 11, 30)
SHOTS = Path("/tmp/balans-dutch-shots")


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; CI has it")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the font's "ﬃ" ligature as "ffi"


def test_the_planner_and_its_pdf_in_dutch(dutch, qtbot, demo_ctx, tmp_path):
    from tests.desktop.test_planner import loaded_panel

    panel = loaded_panel(qtbot, demo_ctx)
    assert panel.propose_button.text() == "Voorstel maken"
    assert panel.undo_button.text() == "Ongedaan maken"
    assert panel.role_buttons["contact"].text() == "Klantcontact (C)"
    assert panel.role_buttons["break"].text() == "Pauze (P)"
    assert panel.copy_button.text() == "Vorige maandag kopiëren"
    summary = panel.summary.text()
    assert summary.startswith("17 medewerkers in dienst · ")
    assert " wissels" in summary and "switch" not in summary
    grid = panel.grid
    lay = grid.layout_for(grid.width())
    first = panel.model.employees[0]
    start, _end = panel.model.grid.shifts[first]
    tip = grid.tooltip_at(lay.cells(0, start, start).center().toPoint())
    assert tip.split(" · ")[-1] in ("Klantcontact", "Backoffice", "Pauze", "nog niet gepland")
    below = lay.cells(0, start, start).center()
    below.setY(lay.cov_y(0) + lay.cov_h / 2)
    assert "nodig in klantcontact" in grid.tooltip_at(below.toPoint())
    shot(panel, "planner")

    target = tmp_path / "planning.pdf"
    panel.ask_save_path = lambda suggested: str(target)
    panel.export_pdf()
    assert "Planning opgeslagen" in panel.notice.text() or "opgeslagen in" in panel.notice.text()
    text = pdf_text(target)
    assert "Planning voor maandag 23 november 2026" in text
    assert "17 in dienst" in text and "wissels in totaal" in text
    for word in ("Nodig", "Gepland", "Klantcontact (C)", "Backoffice (B)", "Pauze (P)",
                 "te weinig in klantcontact", "planregel overtreden"):
        assert word in text, word
    assert "switch" not in text and "Needed" not in text


def test_a_proposal_and_an_evaluation_in_dutch(dutch, qtbot, demo_ctx):
    from tests.desktop.test_planner import loaded_panel

    panel = loaded_panel(qtbot, demo_ctx)
    panel.evaluate()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=60_000)
    text = panel.evaluation.text()
    for words in ("<b>Gesimuleerd</b>, gemiddelde van", "deze planning", "iedereen doet alles",
                  "servicelevel", "wissels gepland / op de dag", " u</td>"):
        assert words in text, words
    assert "this plan" not in text and " h</td>" not in text
    shot(panel, "planner-evaluated")
    panel.propose()
    qtbot.waitUntil(lambda: not panel._busy_with, timeout=60_000)
    assert panel.banner.isVisible() and "<b>Voorstel</b>" in panel.banner.text()
    assert "vakjes wijzigen" in panel.banner.text() or "vakje wijzigt" in panel.banner.text()
    assert "u werk vandaag" in panel.tradeoff_label.text()
    assert panel.apply_button.text() == "Toepassen"
    shot(panel, "planner-proposal")


def test_plurals_and_undo_labels_in_dutch(dutch):
    from balans.core.planning.editor import Edit
    from balans.desktop.panels.planner_text import PLAN_NAMES, PlannerText, plan_name
    from balans.desktop.plan_pdf import PlanPdf
    from balans.desktop.widgets.plan_layout import PlanPaint
    from balans.core.planning.evaluate import EVERYONE

    words = PlannerText()
    assert words.people(1) == "1 medewerker in dienst"
    assert words.people(3) == "3 medewerkers in dienst"
    assert (PlanPaint().switches(1), PlanPaint().switches(0)) == ("1 wissel", "0 wissels")
    assert PlanPdf().switches(2) == "2 wissels in totaal"
    assert EVERYONE in PLAN_NAMES and plan_name(EVERYONE) == "iedereen doet alles"
    assert Edit("Klantcontact plannen", ()).inverse().label == "klantcontact plannen ongedaan maken"


def test_the_same_plurals_in_english():
    from balans.core.planning.editor import Edit
    from balans.desktop.panels.planner_text import PlannerText
    from balans.desktop.widgets.plan_layout import PlanPaint

    assert PlannerText().people(1) == "1 person on shift"
    assert PlannerText().people(17) == "17 people on shift"
    assert PlanPaint().switches(1) == "1 switch"
    assert Edit("Paint contact", ()).inverse().label == "Undo paint contact"


def test_the_roster_team_and_import_in_dutch(dutch, make_ctx, qtbot, tmp_path):
    from balans.core.roster import actions
    from balans.desktop.roster_import import RosterImportDialog
    from balans.desktop.shift_dialog import ShiftDialog
    from balans.desktop.team_dialog import TeamDialog
    from tests.desktop.test_roster import CSV, roster_panel, seed, wait_loaded

    ctx = make_ctx(now=NOW)
    seed(ctx)
    monday = datetime.combine(NEXT_MONDAY, datetime.min.time(), tzinfo=TZ)
    for who, day, hours in (("anna", 0, (8, 16.5)), ("bram", 0, (12, 19.5)),
                            ("anna", 1, (8, 16.5))):
        start = monday + timedelta(days=day, hours=hours[0])
        actions.add_shift(ctx.journal, who, start,
                          monday + timedelta(days=day, hours=hours[1]), NOW)
    panel = roster_panel(qtbot, ctx)
    wait_loaded(qtbot, panel, panel.next.click)
    summary = panel.summary.text()
    assert summary.startswith("3 diensten · 24,5 uur · 2 van 3 medewerkers werken deze week")
    assert "niemand op wo, do, vr" in summary
    header = panel.model.headerData(0, panel.grid.horizontalHeader().orientation())
    assert header == "ma 30 nov\n2 in dienst"
    assert panel.model.headerData(7, panel.grid.horizontalHeader().orientation()) == "Uren"
    assert panel.model.data(panel.model.index(0, 7)) == "17,0 u"
    menu = panel.build_cell_menu(panel.model.index(0, 0))
    assert [a.text() for a in menu.actions()] == [
        "Dienst toevoegen op ma 30 nov…", "08:00–16:30 wijzigen…", "08:00–16:30 verwijderen"]
    assert panel.add_button.text() == "Dienst toevoegen…"
    panel.resize(1280, 420)
    shot(panel, "roster")
    wait_loaded(qtbot, panel, panel.prev.click)  # this week: nothing to copy from the last
    wait_loaded(qtbot, panel, panel.copy_previous_week)
    assert panel.notice.text() == "Niet opgeslagen: Niets te kopiëren uit de week van 16 november."
    wednesday = panel.model.headerData(2, panel.grid.horizontalHeader().orientation())
    assert wednesday == "wo 25 nov\n0 in dienst\nvandaag"
    shot(panel, "roster-this-week")
    wait_loaded(qtbot, panel, panel.next.click)

    dialog = ShiftDialog(panel.week.members, TZ, days=panel.week.days, day=NEXT_MONDAY,
                         parent=panel)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Dienst toevoegen"
    dialog.day_boxes[NEXT_MONDAY].setChecked(False)
    assert dialog.validate() == "Vink minstens één dag aan."
    dialog.show()
    shot(dialog, "shift-dialog")

    team = TeamDialog(ctx, panel)
    qtbot.addWidget(team)
    with qtbot.waitSignal(team.loaded, timeout=10_000):
        team.show()
    assert team.status.text() == "3 in het team."
    assert team.model.headerData(2, team.table.horizontalHeader().orientation()) == "Kanalen"
    assert team.model.data(team.model.index(0, 2)) == "Telefoon, Balie"
    shot(team, "team")

    path = tmp_path / "rooster.csv"
    path.write_text(CSV, encoding="utf-8")
    importer = RosterImportDialog(ctx, path=str(path))
    qtbot.addWidget(importer)
    importer.show()
    qtbot.waitUntil(lambda: importer.model.rowCount() == 5, timeout=10_000)
    problems = [importer.model.data(importer.model.index(r, 5)) for r in range(5)]
    assert "'Zed' zit niet in het team (voeg deze persoon eerst toe)" in problems
    assert "de dienst eindigt voordat hij begint" in problems
    assert importer.import_button.text() == "3 diensten importeren"
    assert "2 regels met een probleem overgeslagen" in importer.status.text()
    shot(importer, "roster-import")
