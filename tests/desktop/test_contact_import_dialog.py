"""The contact import dialog: mapping, preview with row errors, progress, idempotent import."""
from __future__ import annotations

from balans.core.imports.mapping import load_sources

CSV = """Datum;Tijd;Wachttijd;Gespreksduur;Medewerker
23-11-2026;09:00:00;10;2:00;anna
23-11-2026;09:05:00;30;
23-11-2026;09:07:00;later;60;anna
"""


def test_map_preview_import_and_import_again(qtbot, make_ctx, tmp_path, monkeypatch):
    from balans.desktop.contact_import_dialog import ContactImportDialog

    monkeypatch.setenv("BALANS_CONFIG_DIR", str(tmp_path / "cfg"))
    ctx = make_ctx()
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ContactImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.source.setCurrentText("kcc-phone")
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    assert "Still needed" in dialog.status.text()  # "Datum" + "Tijd" cannot be guessed
    assert not dialog.go.isEnabled()
    assert dialog.columns.mapping()["wait_s"] == "Wachttijd"  # guessed from the header
    dialog.columns.choose("arrived", "Datum+Tijd")
    qtbot.waitUntil(lambda: dialog.converted is not None, timeout=10_000)
    assert dialog.converted.good == 2 and dialog.converted.errors == [
        (4, "waiting time: 'later' is not a duration (seconds, m:ss or h:mm:ss)")]
    assert "1 row cannot be read" in dialog.status.text()
    rows = [[dialog.model.index(r, c).data() for c in range(3)]
            for r in range(dialog.model.rowCount())]
    assert rows[0] == ["2", "2026-11-23 09:00", "phone"]
    assert rows[2][:2] == ["4", "waiting time: 'later' is not a duration (seconds, m:ss or "
                                "h:mm:ss)"]
    assert dialog.view.columnSpan(2, 1) == dialog.model.columnCount() - 1
    assert not dialog.go.isEnabled()  # bad rows: only when the user says leave them out
    dialog.skip_bad.setChecked(True)
    assert dialog.go.isEnabled() and dialog.go.text() == "Import 2 rows"
    steps = []
    dialog.progress.step.connect(lambda n, total: steps.append((n, total)))
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as stored:
        dialog.run_import()
    assert stored.args == [2] and steps[-1] == (2, 2)
    assert dialog.bar.value() == dialog.bar.maximum()
    assert load_sources()["kcc-phone"].columns["arrived"] == "Datum+Tijd"
    with ctx.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM contacts").scalar() == 2
    # A second dialog knows the source's mapping; the same file again stores nothing.
    again = ContactImportDialog(ctx)
    qtbot.addWidget(again)
    again.source.setCurrentText("kcc-phone")
    again.open_file(str(path))
    qtbot.waitUntil(lambda: again.converted is not None, timeout=10_000)
    again.skip_bad.setChecked(True)
    with qtbot.waitSignal(again.imported, timeout=10_000) as stored:
        again.run_import()
    assert stored.args == [0] and "2 were imported before" in again.status.text()
    again.grab().save(str(tmp_path / "import.png"))
