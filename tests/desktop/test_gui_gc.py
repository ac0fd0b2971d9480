"""Cyclic garbage is collected on the GUI thread, never on a worker (balans.desktop.gui_gc)."""
from __future__ import annotations

import gc
import threading
import weakref

from balans.desktop.gui_gc import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_the_collector_switches_automatic_collection_off_and_collects_on_its_thread(qapp, qtbot):
    collector = GuiThreadCollector(qapp, interval_ms=10)
    assert not gc.isenabled()
    collector._thresholds = (1, 1, 1)  # any garbage at all is enough
    threads: list[str] = []
    node = _Node()
    gone = weakref.ref(node, lambda _ref: threads.append(threading.current_thread().name))
    del node
    assert gone() is not None  # not freed by reference counting
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    assert threads == [threading.main_thread().name]
    collector.deleteLater()


def test_nothing_is_collected_below_the_thresholds(qapp):
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    collector._thresholds = (10**9, 10**9, 10**9)
    assert collector.collect() is None
    collector.deleteLater()
