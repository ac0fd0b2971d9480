"""Slow jobs (the optimiser, an evaluation, the demo fill) run on their own worker: the database
worker keeps serving polls and toggles meanwhile."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from tests.desktop.test_myshift import T0, loaded_panel, new_events, seed


def test_a_toggle_completes_while_a_slow_job_runs(qtbot, make_ctx):
    ctx = make_ctx(now=T0)
    seed(ctx, task_in_progress=False)
    panel = loaded_panel(qtbot, ctx)
    started, release = threading.Event(), threading.Event()
    finished = []

    def slow_job() -> str:
        started.set()
        release.wait(30)  # a minute of solving, as far as the worker can tell
        return "solved"

    ctx.slow.submit(slow_job, finished.append)
    assert started.wait(5)
    try:
        before = ctx.journal.max_seq()
        with qtbot.waitSignal(panel.loaded, timeout=5000):
            panel.request_mode("break")
        assert [(e.type, e["mode"]) for e in new_events(ctx, before)] == [("mode.changed", "break")]
        assert panel.snapshot.mode == "break"
        assert ctx.slow.pending() == 1 and finished == []  # the slow job is still running
    finally:
        release.set()
    qtbot.waitUntil(lambda: finished == ["solved"], timeout=5000)


def test_the_optimiser_and_the_evaluation_run_on_the_slow_worker(qtbot, demo_ctx, monkeypatch):
    from tests.desktop.test_planner import loaded_panel as planner_panel

    threads = []

    def record(*_args, **_kwargs):
        threads.append(QThread.currentThread().objectName())
        raise ValueError("recorded")

    monkeypatch.setattr("balans.core.planning.day.propose_day", record)
    monkeypatch.setattr("balans.core.planning.evaluate.evaluate_roles", record)
    panel = planner_panel(qtbot, demo_ctx)
    for job in (panel.propose, panel.evaluate):
        job()
        qtbot.waitUntil(lambda: not panel._busy_with, timeout=10_000)
    assert threads == ["balans-slow", "balans-slow"]


def test_the_demo_fill_runs_on_the_slow_worker(qtbot, make_ctx, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from balans.desktop.welcome import load_demo

    ctx = make_ctx()
    threads = []

    def fill(*_args, **_kwargs) -> int:
        threads.append(QThread.currentThread().objectName())
        return 0

    class Window(QWidget):  # what load_demo uses of the main window
        def __init__(self):
            super().__init__()
            self.ctx, self.refreshed = ctx, 0

        def refresh_current(self):
            self.refreshed += 1

    monkeypatch.setattr("balans.core.simulation.demo.fill_demo", fill)
    window = Window()
    qtbot.addWidget(window)
    load_demo(window, days=1)
    qtbot.waitUntil(lambda: window.refreshed == 1, timeout=5000)
    assert threads == ["balans-slow"]
