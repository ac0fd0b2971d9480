"""End of day, offscreen: the models, the panel against `balans summary --json`, the exports."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from tests.desktop.conftest import TZ

DAY = date(2026, 11, 23)  # the demo's last day (a Monday)


@pytest.fixture
def panel(qtbot, demo_ctx):
    from balans.desktop.panels.summary import SummaryPanel

    # The morning after the demo's last day: that day is complete (today would be cut at now).
    demo_ctx.clock.frozen = datetime(2026, 11, 24, 7, 0, tzinfo=TZ)
    widget = SummaryPanel(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 860)
    widget.date.blockSignals(True)
    widget.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    widget.date.blockSignals(False)
    widget.forward.setEnabled(True)
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.show()
    return widget


def test_today_is_the_day_so_far(qtbot, demo_ctx):
    """At 11:00 on the demo's last day the tab shows that day up to 11:00: no minute after
    now, charts that stop at now, and it says so."""
    from balans.desktop.panels.summary import SummaryPanel

    widget = SummaryPanel(demo_ctx)  # the clock stands at 11:00 on DAY
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=30_000):
        widget.show()
    summary = widget.view.summary
    assert summary.date == DAY
    elapsed = 4 * 60  # the demo office opens at 07:30: at most 3.5 hours so far
    for e in summary.employees:
        assert e.actual_minutes.total <= elapsed, e
        assert e.planned_minutes.total <= elapsed, e
    assert summary.extra.intervals[-1].start.hour == 10  # the last quarter is 10:45
    assert "as of 11:00" in widget.status.text()
    # The backlog line holds each quarter's count to that quarter's end and stops there: it
    # does not plunge to zero at now, as if the backlog had been cleared.
    from balans.desktop.charts.summary_charts import BacklogChart

    chart = next(c for c in widget.charts if isinstance(c, BacklogChart))
    drawn = chart.line.curve.getPath().boundingRect()
    counts = [i.backlog_open_end for i in summary.extra.intervals]
    assert drawn.top() == pytest.approx(min(counts)) and drawn.bottom() == pytest.approx(
        max(counts))
    assert drawn.right() == pytest.approx(len(counts) * 0.25)  # 11:00, the end of 10:45-11:00
    # A quarter in which nobody was answered in time sits at 0%: its point is drawn whole,
    # above the axis' edge, not cut in half by it.
    from balans.desktop.charts.summary_charts import ServiceLevelChart

    levels = next(c for c in widget.charts if isinstance(c, ServiceLevelChart))
    low, high = levels.plot.getPlotItem().viewRange()[1]
    assert low < -2 and high > 102


def cli_json(capsys, ctx) -> dict:
    from balans.cli import main

    capsys.readouterr()
    assert main(["summary", "--db", ctx.store.url, "--date", DAY.isoformat(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def table_cells(panel) -> dict[str, dict[str, str]]:
    """What the table shows, per employee id, by column header."""
    from balans.desktop.models.summary_table import COLUMNS, EmployeeIdRole

    proxy, out = panel.table_proxy, {}
    for row in range(proxy.rowCount()):
        ident = proxy.index(row, 0).data(EmployeeIdRole)
        out[ident] = {c.title(): proxy.index(row, i).data() for i, c in enumerate(COLUMNS)}
    return out


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; CI has it")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_pages(path) -> int:
    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


# ---------------------------------------------------------------------- models
def test_table_models_pass_the_model_tester(qtmodeltester, demo_ctx):
    from balans.desktop.models.routine_list import RoutineFilter, RoutineListModel
    from balans.desktop.models.summary_table import (SummaryTableModel, employee_rows,
                                                     sorted_view)
    from balans.core.summary.view import load_summary_view
    from balans.desktop.panels.summary import summary_settings

    view = load_summary_view(demo_ctx.journal, DAY, TZ, summary_settings(demo_ctx.settings))
    table = SummaryTableModel()
    table.set_rows(employee_rows(view.summary, view.names))
    qtmodeltester.check(table)
    qtmodeltester.check(sorted_view(table))
    routine = RoutineListModel()
    routine.set_routine(view.routine, view.names)
    qtmodeltester.check(routine)
    proxy = RoutineFilter()
    proxy.setSourceModel(routine)
    qtmodeltester.check(proxy)


def test_table_model_updates_rows_by_id(qtbot, demo_ctx):
    from balans.desktop.models.summary_table import SummaryTableModel, employee_rows
    from balans.core.summary.view import load_summary_view
    from balans.desktop.panels.summary import summary_settings

    view = load_summary_view(demo_ctx.journal, DAY, TZ, summary_settings(demo_ctx.settings))
    rows = employee_rows(view.summary, view.names)
    model = SummaryTableModel()
    model.set_rows(rows)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        model.set_rows(rows[1:])
    assert model.rowCount() == len(rows) - 1
    assert model.row_of(rows[0].id) is None and model.row_of(rows[1].id) == rows[1]


# ---------------------------------------------------------------------- the panel
def test_panel_shows_the_same_numbers_as_the_cli(panel, demo_ctx, capsys):
    from balans.desktop.models.summary_table import pct

    expected = cli_json(capsys, demo_ctx)
    assert panel.view.summary.to_json()["employees"] == expected["employees"]
    assert panel.view.summary.to_json()["team"] == expected["team"]

    cells = table_cells(panel)
    assert sorted(cells) == [e["employee"] for e in expected["employees"]]
    for e in expected["employees"]:
        shown = cells[e["employee"]]
        assert shown["Switches"] == str(e["switches"])
        assert shown["Contacts\nhandled"] == str(e["contacts_handled"])
        assert shown["Tasks\nfinished"] == str(e["tasks_finished"])
        assert shown["Tasks\nleft open"] == str(len(e["unfinished_tasks"]))
        assert shown["Contacts\nduring a task"] == str(e["interruptions"])
        assert shown["Back office\nrealised"] == pct(e["backoffice_realized"])
        planned, actual = e["planned_minutes"]["contact"], e["actual_minutes"]["contact"]
        assert shown["Contact\nplanned → actual"] == f"{planned:.0f} → {actual:.0f} min"

    tiles = {t.caption.text(): t for t in panel.tiles}
    team = expected["team"]
    fcr = tiles["FIRST-CONTACT RESOLUTION"]._labels[0][1].text()
    assert fcr == f"{team['first_contact_resolution'] * 100:.0f}%"
    assert tiles["FAILURE DEMAND"]._labels[0][1].text() == pct(team["failure_demand_share"])
    assert tiles["BACKLOG IN"]._labels[0][1].text() == f"{team['backlog']['created']} tasks"
    assert tiles["BACKLOG OUT"]._labels[0][1].text() == f"{team['backlog']['finished']} tasks"
    abandoned = sum(c["abandoned"] for c in team["channels"].values())
    assert tiles["ABANDONED"]._labels[0][1].text() == f"{abandoned} contacts"
    levels = [value.text() for _word, value in tiles["SERVICE LEVEL"]._labels]
    assert levels == [pct(c["service_level"]) for c in team["channels"].values()]


def test_the_table_is_by_name_and_flags_are_kind_sentences(panel):
    from balans.desktop.models.summary_table import NAME, NOTES, FlagsRole

    proxy = panel.table_proxy
    names = [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)  # by name, never by a score
    notes = {proxy.index(r, NAME).data(): proxy.index(r, NOTES).data()
             for r in range(proxy.rowCount())}
    flagged = [proxy.index(r, NAME).data() for r in range(proxy.rowCount())
               if proxy.index(r, NAME).data(FlagsRole)]
    assert flagged and all(notes[name] for name in flagged)
    assert any(re.fullmatch(r"pulled into contacts \d+ times", line)
               for text in notes.values() for line in text.split("\n"))
    assert any(re.fullmatch(r"\d+ tasks? left open", line)
               for text in notes.values() for line in text.split("\n"))


def test_the_routine_counts_served_contacts_and_lists_the_rest(panel):
    from balans.desktop.models.routine_list import ActedRole, KindRole

    routine = panel.view.routine
    proxy = panel.routine_proxy
    served = sum(1 for i in routine.items if i.kind == "contact.arrived" and i.acted_upon)
    assert served > 0
    assert proxy.rowCount() == len(routine.items) - served
    assert "not picked up yet" in panel.routine_head.text()
    panel.only_open.setChecked(True)
    assert proxy.rowCount() == len(routine.not_acted_upon)
    assert all(proxy.index(r, 0).data(ActedRole) is False for r in range(proxy.rowCount()))
    panel.only_open.setChecked(False)
    panel.show_served.setChecked(True)
    assert proxy.rowCount() == len(routine.items)
    kinds = {proxy.index(r, 0).data(KindRole) for r in range(proxy.rowCount())}
    assert "contact.arrived" in kinds and "task.created" in kinds
    assert "Knowledge base" in panel.obstacles.text()


def test_the_date_picker_moves_a_day_and_reads_it_on_the_worker(qtbot, panel):
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.back.click()
    assert panel.day() == date(2026, 11, 22)
    assert panel.view.summary.date == date(2026, 11, 22)  # a Sunday: nobody planned
    assert panel.table_proxy.rowCount() == 0
    assert "Nobody" in panel.status.text()
    assert panel.tiles[2]._labels[0][1].text() == "—"


# ---------------------------------------------------------------------- export
def test_pdf_export_has_the_team_figures_as_text(panel, tmp_path, qtbot):
    path = tmp_path / "summary.pdf"
    panel.ask_save_path = lambda *_args: str(path)
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.pdf_button.click()
    assert path.stat().st_size > 10_000
    assert pdf_pages(path) >= 4
    text = pdf_text(path)
    team = panel.view.summary.to_json()["team"]
    assert "End-of-day summary" in text
    assert f"{team['first_contact_resolution'] * 100:.0f}%" in text
    assert f"{team['failure_demand_share'] * 100:.0f}%" in text
    assert f"{team['backlog']['created']} tasks" in text
    for channel in team["channels"].values():
        assert f"{channel['service_level'] * 100:.0f}%" in text
    assert "Bram" in text and "pulled into contacts" in text  # names, kind notes
    assert "Contact reasons" in text and "Obstacles of the day" in text
    assert "Routine" in text


def test_csv_export_is_written_on_the_worker(panel, tmp_path, qtbot):
    path = tmp_path / "summary.csv"
    panel.ask_save_path = lambda *_args: str(path)
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.csv_button.click()
    rows = csv_rows(tmp_path / "summary-people.csv")
    names = sorted((panel.view.names[e.employee] for e in panel.view.summary.employees),
                   key=str.casefold)
    assert [r["Name"] for r in rows] == names


def test_a_cancelled_dialog_writes_nothing(panel, qtbot):
    panel.ask_save_path = lambda *_args: ""
    with qtbot.assertNotEmitted(panel.exported, wait=200):
        panel.csv_button.click()
        panel.pdf_button.click()


def csv_rows(path, delimiter: str = ",") -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def test_cli_writes_pdf_and_csv(qapp, demo_ctx, tmp_path, capsys):
    from balans.launch import main

    pdf, table = tmp_path / "day.pdf", tmp_path / "day.csv"
    code = main(["summary", "--db", demo_ctx.store.url, "--date", DAY.isoformat(),
                 "--pdf", str(pdf), "--csv", str(table)])
    assert code == 0, capsys.readouterr().err
    expected = cli_json(capsys, demo_ctx)
    rows = csv_rows(tmp_path / "day-people.csv")
    assert len(rows) == len(expected["employees"])  # one row per employee
    by_name = {r["Name"]: r for r in rows}
    names = {e.fields["employee"]: e.fields["name"]
             for e in demo_ctx.journal.events("type = 'employee.added'")}
    for e in expected["employees"]:
        row = by_name[names[e["employee"]]]
        assert int(row["Switches between contact and back office"]) == e["switches"]
        assert int(row["Contacts handled"]) == e["contacts_handled"]
    assert pdf_pages(pdf) >= 4
    text = pdf_text(pdf)
    assert f"{expected['team']['first_contact_resolution'] * 100:.0f}%" in text
    assert "Anna" in text  # the report names people, as the panel does
    assert "Routine" in text or "routine" in text  # and carries the day's routine


def test_cli_pdf_to_a_missing_folder_fails_cleanly(qapp, demo_ctx, tmp_path, capsys):
    from balans.launch import main

    code = main(["summary", "--db", demo_ctx.store.url, "--date", DAY.isoformat(),
                 "--pdf", str(tmp_path / "nowhere" / "day.pdf")])
    assert code == 1
    assert "cannot write" in capsys.readouterr().err


def test_no_figure_tile_is_squeezed_below_what_its_text_needs(qtbot, demo_ctx):
    """The six tiles go to two rows when the figures need more room than one row has, judged
    once the figures are in (a tile's new labels count only once shown): 'E-mail 100%' is
    never cut off at the tile's edge."""
    from PySide6.QtWidgets import QApplication

    from balans.desktop.panels.summary import SummaryPanel

    demo_ctx.clock.frozen = datetime(2026, 11, 24, 7, 0, tzinfo=TZ)

    def shown(width: int) -> SummaryPanel:
        widget = SummaryPanel(demo_ctx)
        qtbot.addWidget(widget)
        widget.resize(width, 800)
        widget.date.blockSignals(True)
        widget.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
        widget.date.blockSignals(False)
        with qtbot.waitSignal(widget.loaded, timeout=30_000):
            widget.show()
        qtbot.wait(50)
        return widget

    from PySide6.QtGui import QFont

    qapp = QApplication.instance()
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.25)
    qapp.setFont(large)
    try:
        wide = shown(1600)
    finally:
        qapp.setFont(normal)
    row = wide.figures
    needed = sum(t.minimumSizeHint().width() for t in wide.tiles) + 5 * row.grid.spacing()
    qapp.setFont(large)
    try:
        narrow = shown(needed - 10 + wide.width() - row.width())  # just too narrow for one row
    finally:
        qapp.setFont(normal)
    assert narrow.figures.width() == needed - 10
    for tile in narrow.tiles:
        assert tile.width() >= tile.minimumSizeHint().width(), tile.caption.text()
    assert narrow.figures.columns == 3
