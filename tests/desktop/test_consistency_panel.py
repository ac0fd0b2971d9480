"""Consistency per reason on the end-of-day panel and in its PDF, as `balans reasons
consistency` computes it."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date

import pytest

DAY = date(2026, 11, 23)  # the demo's last day


def test_panel_and_pdf_show_consistency_per_reason(qtbot, demo_ctx, tmp_path, capsys):
    from balans.cli import main
    from balans.desktop.panels.summary import SummaryPanel

    panel = SummaryPanel(demo_ctx)
    qtbot.addWidget(panel)
    panel.resize(1366, 860)
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.show()
    report = panel.view.consistency
    assert report is not None and report.last == DAY and report.days_observed == 5
    capsys.readouterr()
    assert main(["--db", demo_ctx.store.url, "reasons", "consistency", "--date", str(DAY),
                 "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli == json.loads(json.dumps(report.to_json()))  # the same figures as the CLI
    text = panel.consistency.text()
    assert "Consistency per reason" in text
    top = report.reasons[0]
    assert f"€ {top.cost_per_year:,.0f}" in text and f">{top.count}<" in text
    assert f"€ {report.failure_saving_per_year:,.0f} a year" in text
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "summary.pdf"
    panel.ask_save_path = lambda *_args: str(path)
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.pdf_button.click()
    pdf = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Consistency per reason" in pdf and top.label in pdf
    assert f"{report.failure_saving_per_year:,.0f} a year" in pdf
