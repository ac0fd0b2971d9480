"""The whole window in Dutch, as a front-desk employee sees it: every tab shown on a demo
database, every visible word collected (labels, buttons, tabs, menus, table headers and cells,
tooltips, chart axes and legends) and checked for English words left behind. The team's own
data (names, task titles, reason labels) is taken out first: that is what people typed."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

# Words that are English and never Dutch (so "in", "is", "week", "open", "team" stay allowed).
ENGLISH = {
    "the", "and", "with", "without", "waiting", "today", "planned", "actual", "switches",
    "switch", "task", "tasks", "customer", "customers", "people", "person", "queue", "queues",
    "minutes", "hours", "shift", "shifts", "left", "none", "nobody", "answered", "within",
    "add", "change", "save", "to", "for", "from", "by", "your", "my", "this",
    "that", "not", "no", "yes", "day", "days", "back", "office", "phone", "counter", "after",
    "before", "now", "late", "due", "work", "who", "what", "when", "where", "here", "there",
    "reason", "reasons", "outcome", "interruptions", "obstacles", "realised", "planner",
    "roster", "summary", "board", "live", "cost", "year", "share", "target", "proposal",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
TAGS = re.compile(r"<[^<>]*>|&\w+;")
KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+")  # key names stay as printed on the key


def _texts_of(window) -> list[tuple[str, str]]:  # noqa: ANN001
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                                   QHeaderView, QLabel, QTabWidget, QWidget)

    out: list[tuple[str, str]] = []
    for w in window.findChildren(QWidget):
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.toolTip():
            out.append((where + " tooltip", w.toolTip()))
        if isinstance(w, QLabel) and w.isVisibleTo(window):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton) and w.isVisibleTo(window):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(where + " tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(where + " item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) \
                and w.model() is not None:
            out += _model_texts(where, w.model())
    for action in window.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
        out += [("action", action.text()), ("action tip", action.toolTip())]
    out += _chart_texts(window)
    return out


def _model_texts(where: str, model) -> list[tuple[str, str]]:  # noqa: ANN001
    out = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(model.columnCount()):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                out.append((where + " header", value))
    for row in range(min(model.rowCount(), 40)):
        for column in range(model.columnCount()):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    out.append((f"{where} [{row},{column}]", value))
    return out


def _chart_texts(window) -> list[tuple[str, str]]:  # noqa: ANN001
    import pyqtgraph as pg

    out = []
    for plot in window.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        out.append(("chart title", item.titleLabel.text or ""))
        for side in ("left", "bottom", "right"):
            axis = item.getAxis(side)
            out.append((f"chart {side} axis", axis.labelText or ""))
        legend = item.legend
        if legend is not None:
            out += [("chart legend", label.text) for _sample, label in legend.items]
    return out


def _team_data(ctx) -> list[str]:  # noqa: ANN001
    with ctx.store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM employees UNION SELECT title FROM tasks "
            "UNION SELECT label FROM reasons UNION SELECT id FROM employees").fetchall()
    return sorted((r[0] for r in rows if r[0]), key=len, reverse=True)


def english_words(text: str, own: list[str]) -> list[str]:
    text = KEYS.sub(" ", TAGS.sub(" ", text))
    for typed in own:
        text = text.replace(typed, " ")
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH]


def test_the_check_sees_english():
    assert english_words("3 tasks left open · <b>Anna</b> waiting", ["Anna"]) == [
        "tasks", "left", "waiting"]
    assert english_words("3 taken open gebleven · Anna wacht", ["Anna"]) == []
    assert english_words("Opnieuw (Ctrl+Shift+Z) · 2,0 per uur", []) == []


@pytest.mark.slow
def test_every_tab_of_the_window_is_dutch(qtbot, demo_ctx, tmp_path, dutch):
    from balans.desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(demo_ctx)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        panel = window.tabs.widget(index)
        qtbot.waitUntil(lambda p=panel: not getattr(p, "_loading", False), timeout=20_000)
        qtbot.wait(1500)  # its reads arrive from the worker
        shots = Path(os.environ.get("BALANS_SHOTS") or tmp_path)  # to look at them
        window.grab().save(str(shots / f"dutch-tab{index}.png"))
    own = _team_data(demo_ctx)
    found = [f"{where}: {text!r} {left}" for where, text in _texts_of(window)
             if (left := english_words(text, own))]
    window.watcher.stop()
    left = sorted(set(found))
    assert not left, f"{len(left)} English texts:\n" + "\n".join(left)


@pytest.mark.slow
def test_every_dialog_is_dutch(qtbot, demo_ctx, dutch):
    from datetime import date

    from balans.desktop.about import AboutDialog
    from balans.desktop.contact_import_dialog import ContactImportDialog
    from balans.desktop.dialogs import MemberDialog
    from balans.desktop.mailbox_dialog import MailboxDialog
    from balans.desktop.panels.myshift_dialogs import (ContactDialog, HandOverDialog,
                                                       ObstacleDialog, TaskDialog)
    from balans.desktop.reasons_dialog import ReasonsDialog
    from balans.desktop.settings_dialog import SettingsDialog
    from balans.desktop.shift_dialog import ShiftDialog
    from balans.desktop.team_dialog import TeamDialog

    tz, today = demo_ctx.clock.tz, date(2026, 11, 23)
    dialogs = [
        ContactImportDialog(demo_ctx), TeamDialog(demo_ctx), ReasonsDialog(demo_ctx),
        MailboxDialog(demo_ctx), MemberDialog(demo_ctx),
        SettingsDialog(demo_ctx.settings, demo_ctx.worker),
        ShiftDialog([], tz, day=today), AboutDialog("sqlite:///x.db", "/tmp/balans.log"),
        TaskDialog(today, tz), ObstacleDialog(), HandOverDialog([], "Brief"),
        ContactDialog([], today, tz, register=True)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.wait(1500)  # what they read arrives from the worker
    own = _team_data(demo_ctx)
    found = [f"{type(d).__name__} · {where}: {text!r} {left}" for d in dialogs
             for where, text in _texts_of(d) if (left := english_words(text, own))]
    left = sorted(set(found))
    assert not left, f"{len(left)} English texts:\n" + "\n".join(left)
    titles = [d.windowTitle() for d in dialogs]
    assert all(t and not english_words(t, own) for t in titles), titles
